// The widget's own words: what it says around the data (headings that name what it shows, labels,
// buttons, messages, phrases that put a value into words). What the organisation says about itself
// is data (src/shared/data/), which a data file may change: CONTRIBUTING.md, "Strings and data".
import type { WidgetStrings } from '../shared/locale.js';

/** Every text the mission widget adds to the mission texts, in English and Spanish. */
export const STRINGS = {
  learnMore: { en: 'Learn more about Valley ROP', es: 'Más información sobre Valley ROP' },
} satisfies WidgetStrings;
