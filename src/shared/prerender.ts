/**
 * A widget's rendered markup as a declarative shadow root, for a prerendered snippet: the
 * browser shows it as it parses the page, before the bundle arrives (and where no script runs),
 * so the widget takes its place at once and nothing moves when the bundle takes over (the base
 * element empties the root before its first render). The embed code builder writes it; it never
 * ships in the bundle.
 *
 * Its look comes with it, in one of two ways:
 * - `{ css }`: an inline `<style>`, shown with the markup in every engine. A strict
 *   Content-Security-Policy (no `'unsafe-inline'` styles) refuses it.
 * - `{ href, integrity }`: a link to the release's `vrop-<widget>.css`, which such a policy
 *   allows. Chromium waits for a style sheet in the body before it shows what follows it, but
 *   Firefox and Safari show the markup before the sheet arrives; so the markup stays hidden, and
 *   the fallback link shows, until the sheet's own rules (PRERENDER_RULES) turn them round.
 */
export type WidgetStylesheet = { css: string } | { href: string; integrity?: string };

/** Appended to each `vrop-<widget>.css`: the prerendered markup shows, the fallback link not. */
export const PRERENDER_RULES = '.vrop-prerendered{display:contents}.vrop-fallback{display:none}';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<template shadowrootmode="open">…</template>` holding what `element` shows now. */
export function shadowRootTemplate(element: Element, stylesheet: WidgetStylesheet): string {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has not rendered: nothing to prerender.`);
  // Lit's comment markers matter to its own render only, which starts from an empty root.
  const markup = element.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  if ('css' in stylesheet) return `<template shadowrootmode="open"><style>${stylesheet.css}</style>${markup}</template>`;
  // An integrity check needs a CORS request; without one the style sheet loads from any host,
  // even one that sends no CORS headers (where the bundle itself would be refused).
  const integrity = stylesheet.integrity ? ` crossorigin="anonymous" integrity="${escapeAttribute(stylesheet.integrity)}"` : '';
  const link = `<link rel="stylesheet" href="${escapeAttribute(stylesheet.href)}"${integrity}>`;
  return `<template shadowrootmode="open">${link}<slot class="vrop-fallback"></slot><div class="vrop-prerendered" hidden>${markup}</div></template>`;
}

/**
 * The CSS a widget adopts, for `{ css }`, from the element or its class: the build writes each
 * `vrop-<widget>.css` from it too.
 */
export function adoptedCss(widget: Element | CustomElementConstructor): string {
  const type = typeof widget === 'function' ? widget : widget.constructor;
  const sheets = (type as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
  return sheets.map((sheet) => sheet.cssText).join('\n');
}
