import { isOneOf } from './one-of.js';

/** The languages every visitor-facing string exists in. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every supported language. */
export type Localized<T = string> = Record<Lang, T>;

/**
 * The shape of a widget's `vrop-<widget>.strings.ts`: each entry a text, a list of texts or a
 * phrase (a function of the values it puts into words) in every language, or a group of entries.
 */
export type WidgetStrings = Record<string, Localized<unknown> | Record<string, Localized<unknown>>>;

/**
 * Maps a BCP 47 tag to a supported language (`es-MX` -> `es`), or `undefined` when the
 * tag names a language we do not have, so the caller can fall through to the next source.
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isOneOf(LANGS, primary) ? primary : undefined;
}

/** The nearest element at or above `start` that carries a `lang` attribute, crossing shadow roots. */
function nearestLangTag(start: Element): string | null {
  let node: Element | null = start;
  while (node) {
    const tagged: Element | null = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The language an element speaks: its own `lang`, then the nearest ancestor's, then
 * `<html lang>`, then English. A tag we do not support (`lang="xx"`) counts as English,
 * and is reported through `onUnsupported` so the caller can warn.
 */
export function resolveLang(el: Element, onUnsupported?: (tag: string) => void): Lang {
  const tag = nearestLangTag(el) ?? document.documentElement.getAttribute('lang');
  if (!tag) return 'en';
  const lang = toLang(tag);
  if (!lang) onUnsupported?.(tag);
  return lang ?? 'en';
}

/** Picks the text for `lang` from a localized value. */
export function pick<T>(value: Localized<T>, lang: Lang): T {
  return value[lang] ?? value.en;
}
