/** The contact form's fields, in the order the form shows them. */
export const FIELDS = ['name', 'email', 'phone', 'district', 'message'] as const;
export type FieldName = (typeof FIELDS)[number];

/** What the visitor typed: the `detail` of `vrop-contact-submit` and `vrop-contact-sent`, and the JSON body sent. */
export type ContactFields = Record<FieldName, string>;

/** A form with nothing typed in it. */
export const emptyFields = (): ContactFields => ({ name: '', email: '', phone: '', district: '', message: '' });
