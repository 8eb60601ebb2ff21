import type { ContactFields } from './contact-fields.js';

/** The `detail` of `vrop-contact-error`. */
export interface ContactErrorDetail {
  reason: 'network' | 'status' | 'timeout';
  status?: number;
}

/** How long to wait for the form's endpoint, in milliseconds, when `timeout` gives no usable time. */
export const DEFAULT_TIME_LIMIT = 15000;

/** `ms` when usable as a time limit, else the default: NaN, 0, a negative number or one past `setTimeout`'s range would give up at once. */
export const timeLimit = (ms: number | null | undefined): number =>
  ms && ms > 0 && ms < 2 ** 31 ? ms : DEFAULT_TIME_LIMIT;

/**
 * Posts the fields as JSON to `action` and gives up (aborting the request) after `limitMs`;
 * resolves to why it failed, or to undefined on a 2xx. Never rejects.
 */
export async function sendFields(action: string, fields: ContactFields, limitMs: number): Promise<ContactErrorDetail | undefined> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limitMs);
  try {
    const response = await fetch(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(fields),
      signal: abort.signal,
    });
    return response.ok ? undefined : { reason: 'status', status: response.status };
  } catch {
    return { reason: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
