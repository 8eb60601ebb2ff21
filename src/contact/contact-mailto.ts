import type { ContactFields } from './contact-fields.js';

/**
 * `href` (`mailto:address`) with a subject and what the visitor typed as the body: the message, a
 * blank line, then the name, e-mail and phone they gave, one a line. Both are percent-encoded, so
 * nothing typed can end the body or add a header.
 */
export function mailtoHref(href: string, subject: string, { name, email, phone, message }: ContactFields): string {
  const body = [message, '', name, email, phone].filter((line, i) => line || i === 1).join('\n');
  return `${href}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
