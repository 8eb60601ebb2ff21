import { isOneOf } from '../shared/one-of.js';
import { emptyFields, FIELDS, type ContactFields } from './contact-fields.js';

// The draft lives in sessionStorage (this tab only, one per page and form), so that a reload
// keeps what the visitor typed.

/** The storage key of the draft of the form posting to `action` on the page at `path`. */
export const draftKey = (path: string, action: string | undefined): string => `vrop-contact:${path}:${action}`;

/** Runs `use` on sessionStorage; storage may be off (private mode) or full: then there is no draft. */
function withStorage<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(sessionStorage);
  } catch {
    return undefined;
  }
}

export const saveDraft = (key: string, fields: ContactFields): void =>
  void withStorage((storage) => storage.setItem(key, JSON.stringify(fields)));

export const clearDraft = (key: string): void => void withStorage((storage) => storage.removeItem(key));

/**
 * The stored draft: only the form's own fields, and only those holding text, whatever else the
 * stored JSON has (another script may write the same storage); undefined when it is no object.
 */
export function restoreDraft(key: string): ContactFields | undefined {
  const stored: unknown = withStorage((storage) => JSON.parse(storage.getItem(key) ?? 'null'));
  if (typeof stored !== 'object' || !stored) return undefined;
  const draft = emptyFields();
  for (const [name, value] of Object.entries(stored)) {
    if (isOneOf(FIELDS, name) && typeof value === 'string') draft[name] = value;
  }
  return draft;
}
