/**
 * The values of `layout` on `<vrop-district-list>`, its default first: the widget checks the attribute against
 * them, and the embed code builder offers them, so a layout added here reaches both.
 */
export const DISTRICT_LAYOUTS = ['list', 'grid', 'inline'] as const;
export type DistrictLayout = (typeof DISTRICT_LAYOUTS)[number];
