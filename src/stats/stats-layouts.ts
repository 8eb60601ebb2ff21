/**
 * The values of `layout` on `<vrop-stats>`, its default first: the widget checks the attribute against
 * them, and the embed code builder offers them, so a layout added here reaches both.
 */
export const STATS_LAYOUTS = ['row', 'grid'] as const;
export type StatsLayout = (typeof STATS_LAYOUTS)[number];
