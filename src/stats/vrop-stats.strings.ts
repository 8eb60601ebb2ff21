// The widget's own words: what it says around the data (headings that name what it shows, labels,
// buttons, messages, phrases that put a value into words). What the organisation says about itself
// is data (src/shared/data/), which a data file may change: CONTRIBUTING.md, "Strings and data".
import type { WidgetStrings } from '../shared/locale.js';

/** A value as a number and a qualifier ("over", "million") set smaller: [before, number, after]. */
export type Parts = [string, string, string];

/** Every text the stats widget adds to the figures, in English and Spanish. */
export const STRINGS = {
  heading: { en: 'Valley ROP at a glance', es: 'Valley ROP en cifras' },
  caption: {
    en: (year: string) => `Figures for the ${year} school year`,
    es: (year: string) => `Cifras del ciclo escolar ${year}`,
  },
  over: { en: (n: string): Parts => ['over', n, ''], es: (n: string): Parts => ['más de', n, ''] },
  // The budget reads in millions in both languages ("$2.2 million", "2.2 millones de dólares");
  // Intl's compact currency gives only "$2.2M" / "USD 2.2 M", and fixed millions keep the
  // width steady while the count-up runs.
  millions: {
    en: (n: string): Parts => ['', `$${n}`, 'million'],
    es: (n: string): Parts => ['', n, 'millones de dólares'],
  },
} satisfies WidgetStrings;
