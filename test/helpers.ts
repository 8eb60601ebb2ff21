import { resetWarnings } from '../src/shared/warn.js';

/** Collects console warnings until `restore()`; forgets earlier once-only warnings first. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  resetWarnings();
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The text a widget renders in its shadow root, with white space folded (a prerendered `<style>`'s CSS left out). */
export function shadowText(el: Element): string {
  const nodes = [...(el.shadowRoot?.childNodes ?? [])].filter((node) => node.nodeName !== 'STYLE');
  return nodes.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
}

/** Every combination of the given words, from none to all. */
export function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => acc.concat(acc.map((set) => [...set, item])), [[]]);
}

/** Runs `body` with `<html lang>` set to `lang`, then restores it. */
export async function withHtmlLang(lang: string, body: () => Promise<void>): Promise<void> {
  const html = document.documentElement;
  const before = html.getAttribute('lang');
  html.setAttribute('lang', lang);
  try {
    await body();
  } finally {
    if (before === null) html.removeAttribute('lang');
    else html.setAttribute('lang', before);
  }
}

/** The red, green and blue of a computed colour (`rgb(…)` or `rgba(…)`). */
function channels(color: string): number[] {
  const match = color.match(/[\d.]+/g);
  if (!match || match.length < 3) throw new Error(`not an rgb() colour: ${color}`);
  return match.slice(0, 3).map(Number);
}

/** The WCAG contrast ratio of two computed colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The WCAG 1.4.12 text-spacing override (line height 1.5, letter spacing 0.12em, word spacing
 * 0.16em, paragraph spacing 2em), as the usual bookmarklet sets it, applied to the page and inside
 * each widget's shadow root (as a browser extension reaching shadow roots would). Returns a remover.
 */
export function overrideTextSpacing(...widgets: Element[]): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
  );
  const roots: (Document | ShadowRoot)[] = [document, ...widgets.map((el) => el.shadowRoot!)];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
