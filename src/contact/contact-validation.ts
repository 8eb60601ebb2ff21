import { pick, type Lang } from '../shared/locale.js';
import type { ContactFields, FieldName } from './contact-fields.js';
import { STRINGS } from './vrop-contact.strings.js';

/** The fields a visitor must fill in; the others are optional. */
export const REQUIRED = ['name', 'email', 'message'] as const satisfies readonly FieldName[];

/** Each wrong field's message; empty when the form may be sent. */
export type FieldErrors = Partial<Record<FieldName, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether `text` reads as an e-mail address (`name@example.com`), spaces around it aside. */
export const isEmail = (text: string): boolean => EMAIL.test(text.trim());

/** What is missing or wrong in `values`, in `lang`: a field of spaces counts as empty. */
export function validateFields(values: ContactFields, lang: Lang): FieldErrors {
  const errors: FieldErrors = {};
  for (const name of REQUIRED) {
    if (!values[name].trim()) errors[name] = pick(STRINGS.missing[name], lang);
  }
  if (!errors.email && !isEmail(values.email)) errors.email = pick(STRINGS.badEmail, lang);
  return errors;
}
