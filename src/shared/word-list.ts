import { isOneOf } from './one-of.js';

/**
 * Splits a space-separated attribute (`sections`, `items`) into the words we know, in the
 * order written and without repeats, and the words we do not, for a warning.
 */
export function parseWordList<T extends string>(
  value: string | null | undefined,
  known: readonly T[],
): { known: T[]; unknown: string[] } {
  const words = [...new Set((value ?? '').toLowerCase().split(/\s+/).filter(Boolean))];
  return {
    known: words.filter((word) => isOneOf(known, word)),
    unknown: words.filter((word) => !isOneOf(known, word)),
  };
}
