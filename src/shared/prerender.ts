/**
 * A widget's rendered markup as a declarative shadow root, for a prerendered snippet: the
 * browser shows it as it parses the page, before the bundle arrives (and where no script runs),
 * so the widget takes its place at once and nothing moves when the bundle takes over (the base
 * element empties the root before its first render). The embed code builder writes it; it never
 * ships in the bundle.
 *
 * Its look comes from the release's `vrop-<widget>.css`, linked rather than inlined because a
 * strict Content-Security-Policy allows no inline `<style>`; Chromium waits for a stylesheet in
 * the body before it shows what follows, so the markup never shows unstyled there.
 */
export interface WidgetStylesheet {
  /** Address of the release's `vrop-<widget>.css`. */
  href: string;
  /** Its SRI hash, for a pinned release. */
  integrity?: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<template shadowrootmode="open">…</template>` holding what `element` shows now. */
export function shadowRootTemplate(element: Element, stylesheet: WidgetStylesheet): string {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has not rendered: nothing to prerender.`);
  // Lit's comment markers matter to its own render only, which starts from an empty root.
  const markup = element.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  // An integrity check needs a CORS request; without one the style sheet loads from any host,
  // even one that sends no CORS headers (where the bundle itself would be refused).
  const integrity = stylesheet.integrity ? ` crossorigin="anonymous" integrity="${escapeAttribute(stylesheet.integrity)}"` : '';
  const link = `<link rel="stylesheet" href="${escapeAttribute(stylesheet.href)}"${integrity}>`;
  return `<template shadowrootmode="open">${link}${markup}</template>`;
}
