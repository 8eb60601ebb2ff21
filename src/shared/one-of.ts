/**
 * Whether `value` is one of `list`: a type guard, so that a string from an attribute narrows to
 * the list's literal type without casting the list to `readonly string[]`.
 */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

/** `value` when it is one of `choices`, else the first choice, which is the default. */
export function oneOf<T extends string>(choices: readonly T[], value: unknown): T {
  return isOneOf(choices, value) ? value : choices[0];
}
