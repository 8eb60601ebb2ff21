/**
 * The recommended module script's entry (`dist/vrop-widgets.js`): Lit, the base element and all
 * that the widgets share, and a loader that imports each widget's own code and content
 * (`vrop-<widget>-<hash>.js` beside it in the release) once the page shows that widget, so a page
 * pays for the widgets it shows. The classic script (index.ts) keeps every widget in one file: it is
 * for hosts without CORS, from which a module cannot be imported.
 */
import { watchPage } from './widget-loader.js';

export { loadWidget, type WidgetModules } from './widget-loader.js';
export { VropElement, THEMES, type Theme, type DataErrorDetail } from './shared/vrop-element.js';
export { define } from './define.js';
export { LANGS, type Lang } from './shared/locale.js';
export { VERSION } from './shared/version.js';

watchPage({
  'vrop-mission': () => import('./mission/vrop-mission.js'),
  'vrop-district-list': () => import('./district-list/vrop-district-list.js'),
  'vrop-stats': () => import('./stats/vrop-stats.js'),
  'vrop-contact': () => import('./contact/vrop-contact.js'),
});
