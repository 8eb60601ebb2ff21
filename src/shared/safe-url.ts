import { isOneOf } from './one-of.js';

export type UrlScheme = 'http:' | 'https:' | 'mailto:' | 'tel:';

export const WEB_SCHEMES: readonly UrlScheme[] = ['http:', 'https:'];

/**
 * Returns `value` when it resolves to one of the allowed schemes, else `undefined`.
 * Relative addresses resolve against the page, so `/about` on an https page is allowed
 * while `javascript:` and `data:` never are.
 */
export function safeUrl(
  value: string | null | undefined,
  allowed: readonly UrlScheme[] = WEB_SCHEMES,
): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const { protocol } = new URL(trimmed, document.baseURI);
    return isOneOf(allowed, protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
