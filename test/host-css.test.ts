import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { VARIANTS, createVariant, type Variant } from './fixtures/variants.js';
import { itNeeds, resetViewport } from './engine.js';
import { ENGINE } from './engine.js';

/** Real host stylesheets, from the npm packages themselves, and an aggressive CMS theme. */
const HOST_CSS = {
  'Bootstrap 5': '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'Tailwind preflight': '/node_modules/tailwindcss/preflight.css',
  'CMS theme (62.5% root, content-box, global element rules)': '/test/pages/cms-theme.css',
};

const PROPS = [
  'color', 'background-color', 'font-weight', 'font-style', 'text-transform', 'text-align', 'letter-spacing',
  'list-style-type', 'box-sizing', 'border-top-width', 'text-decoration-line', 'display',
] as const;
// Sizes are compared relative to the widget's own font size: the widget takes the page's size on
// purpose, so a page at 17px shows it a little larger, in proportion.
const RELATIVE = ['font-size', 'line-height', 'margin-top', 'margin-bottom', 'padding-left', 'padding-top'] as const;

/** The computed look of every element in the widget's shadow root; sizes as multiples of its font size. */
function look(el: HTMLElement): Record<string, string | number>[] {
  const base = parseFloat(getComputedStyle(el).fontSize);
  return [el, ...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !['STYLE', 'SLOT'].includes(node.tagName))
    .map((node) => {
      const style = getComputedStyle(node);
      const entry: Record<string, string | number> = { node: node === el ? ':host' : node.localName + (node.getAttribute('part') ? `[${node.getAttribute('part')}]` : '') };
      for (const prop of PROPS) entry[prop] = style.getPropertyValue(prop);
      for (const prop of RELATIVE) {
        const value = style.getPropertyValue(prop);
        // A keyword ('normal') stays a keyword; a length becomes a multiple of the font size.
        entry[prop] = Number.isNaN(parseFloat(value)) ? value : parseFloat(value) / base;
      }
      return entry;
    });
}

/** Colours, weights and keywords exactly; proportions within 2 % (pixel rounding at 16 vs 17 px). */
function expectSameLook(actual: ReturnType<typeof look>, expected: ReturnType<typeof look>): void {
  expect(actual.length).to.equal(expected.length);
  actual.forEach((entry, i) => {
    for (const [prop, value] of Object.entries(expected[i])) {
      const where = `${entry.node} ${prop}`;
      // Firefox's own style sheet pads <option> in pixels, which no page style can make proportional.
      if (ENGINE === 'firefox' && entry.node === 'option' && prop.startsWith('padding')) continue;
      if (typeof value === 'number') expect(entry[prop] as number, where).to.be.closeTo(value, Math.max(0.02 * value, 0.01));
      else expect(entry[prop], where).to.equal(value);
    }
  });
}

async function withStylesheet(href: string, body: () => Promise<void>): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => Object.assign(link, { onload: resolve, onerror: reject }));
  document.head.append(link);
  await loaded;
  try {
    await body();
  } finally {
    link.remove();
  }
}

async function render(variant: Variant, extra: Record<string, string>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = createVariant(variant, extra);
  wrapper.append(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const label = (variant: Variant) => `<${variant.tag}${Object.entries(variant.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}>`;

describe('host page CSS cannot change the widgets', () => {
  afterEach(resetViewport);

  for (const [name, href] of Object.entries(HOST_CSS)) {
    describe(name, () => {
      for (const variant of VARIANTS) {
        for (const theme of ['light', 'dark']) {
          it(`${label(variant)} ${theme}: same colours, weights and proportions as on a blank page`, async () => {
            const blank = look(await render(variant, { theme }));
            await withStylesheet(href, async () => {
              expectSameLook(look(await render(variant, { theme })), blank);
            });
          });
        }

        itNeeds('viewport', `${label(variant)}: nothing overflows at 320 px`, async () => {
          await setViewport({ width: 320, height: 640 });
          await withStylesheet(href, async () => {
            const el = await render(variant, {});
            expect(el.scrollWidth).to.be.at.most(el.clientWidth);
            expect(document.documentElement.scrollWidth).to.be.at.most(320);
          });
        });
      }
    });
  }
});
