/**
 * The values of `layout` on `<vrop-contact>`, its default first: the widget checks the attribute against
 * them, and the embed code builder offers them, so a layout added here reaches both.
 */
export const CONTACT_LAYOUTS = ['banner', 'card'] as const;
export type ContactLayout = (typeof CONTACT_LAYOUTS)[number];
