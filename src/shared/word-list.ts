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
    known: words.filter((word): word is T => (known as readonly string[]).includes(word)),
    unknown: words.filter((word) => !(known as readonly string[]).includes(word)),
  };
}
