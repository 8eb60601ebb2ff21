/**
 * The npm package's entry and the classic script's (`dist/vrop-widgets.iife.js`): importing it
 * registers every Valley ROP widget on the page, then turns the plain forms of the widgets
 * (`<div data-vrop="…">`, for editors that strip unknown tags) into widgets. Each widget module
 * registers itself through the guarded `define()`. The recommended module script,
 * `dist/vrop-widgets.js`, is built from bundle.ts instead, which loads each widget when shown.
 */
import { watchPage } from './widget-loader.js';

export { VropContact, type ContactLayout, type ContactFields, type ContactErrorDetail } from './contact/vrop-contact.js';
export { VropDistrictList, type DistrictLayout } from './district-list/vrop-district-list.js';
export { VropStats, type StatsLayout } from './stats/vrop-stats.js';
// For types only (`typeof CONTACT_LAYOUTS`): the bundle's exports stay as they were.
export type { CONTACT_LAYOUTS } from './contact/vrop-contact.js';
export type { DISTRICT_LAYOUTS } from './district-list/vrop-district-list.js';
export { VropMission } from './mission/vrop-mission.js';
export { VropElement, THEMES, type Theme, type DataErrorDetail } from './shared/vrop-element.js';
export type { DataErrorReason } from './shared/data/load.js';
export type { LinkClickDetail, LinkKind } from './shared/link-events.js';
export { define } from './define.js';
export { DEFAULT_DATA } from './shared/data/defaults.js';
export type * from './shared/data/types.js';
export { LANGS, type Lang, type Localized } from './shared/locale.js';
export { VERSION } from './shared/version.js';

watchPage();
