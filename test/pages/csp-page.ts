// Runs inside test/pages/csp.html: records every policy violation, then renders every widget
// state in both themes and languages from the built bundle.
import { VARIANTS, createVariant } from '../fixtures/variants.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
);
Object.assign(window, { violations });

await import('/dist/vrop-widgets.js' as string);
const widgets = VARIANTS.flatMap((variant) =>
  ['light', 'dark'].flatMap((theme) => ['en', 'es'].map((lang) => createVariant(variant, { theme, lang }))),
);
document.body.append(...widgets);
// The bundle loads each widget's code once the page shows it.
await Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
await Promise.all(widgets.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
document.body.dataset.rendered = String(widgets.length);
