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

/** The text a widget renders in its shadow root, with white space folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
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
