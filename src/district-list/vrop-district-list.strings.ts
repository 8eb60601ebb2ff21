// The widget's own words: what it says around the data (headings that name what it shows, labels,
// buttons, messages, phrases that put a value into words). What the organisation says about itself
// is data (src/shared/data/), which a data file may change: CONTRIBUTING.md, "Strings and data".
import type { WidgetStrings } from '../shared/locale.js';

/** Every text the district list adds to the districts, in English and Spanish; a count's label is `[one, several]`. */
export const STRINGS = {
  heading: { en: 'Valley ROP’s partner districts', es: 'Distritos asociados de Valley ROP' },
  intro: {
    en: (n: number) => `Valley ROP is run jointly by these ${n} school districts.`,
    es: (n: number) => `Valley ROP es administrado en conjunto por estos ${n} distritos escolares.`,
  },
  current: { en: 'Your district', es: 'Su distrito' },
  newTab: { en: '(opens in a new tab)', es: '(se abre en una pestaña nueva)' },
  counties: { en: ['County', 'Counties'], es: ['Condado', 'Condados'] },
  communities: { en: ['Community served', 'Communities served'], es: ['Comunidad atendida', 'Comunidades atendidas'] },
  highSchools: { en: ['High school', 'High schools'], es: ['Escuela preparatoria', 'Escuelas preparatorias'] },
} satisfies WidgetStrings;
