/**
 * The bundle's entry: importing it registers every Valley ROP widget on the page.
 * Each widget module registers itself through the guarded `define()`.
 */
export { VropContact } from './contact/vrop-contact.js';
export { VropDistrictList } from './district-list/vrop-district-list.js';
export { VropStats } from './stats/vrop-stats.js';
export { VropMission } from './mission/vrop-mission.js';
export { VropElement, THEMES, type Theme } from './shared/vrop-element.js';
export { define } from './define.js';
export { DEFAULT_DATA } from './shared/data/defaults.js';
export type * from './shared/data/types.js';
export { LANGS, type Lang, type Localized } from './shared/locale.js';
export { VERSION } from './shared/version.js';
