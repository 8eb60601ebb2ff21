import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { VARIANTS, createVariant } from './fixtures/variants.js';
import { captureWarnings, withHtmlLang } from './helpers.js';

type Rendering = HTMLElement & { updateComplete: Promise<unknown> };

/** The languages (as `:lang()` matches them) of every element in the shadow root that holds text of its own. */
function languages(el: Element): Set<string> {
  const found = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const ownText = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
    if (!ownText) continue;
    found.add(['en', 'es', 'fr'].find((lang) => node.matches(`:lang(${lang})`)) ?? 'none');
  }
  return found;
}

async function render(attrs: Record<string, string>, index: number): Promise<Rendering> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = createVariant(VARIANTS[index], attrs) as Rendering;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('language of parts (3.1.2): content is marked with the language it is shown in', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const [index, variant] of VARIANTS.entries()) {
    const name = `<${variant.tag}> ${JSON.stringify(variant.attrs)}`;

    it(`${name} lang="fr": shown in English, marked English`, async () => {
      const el = await render({ lang: 'fr' }, index);
      expect([...languages(el)]).to.deep.equal(['en']);
      expect(warnings.messages.join('\n')).to.contain('lang="fr" is not supported; showing English');
    });

    it(`${name} on a French page: marked English`, async () => {
      await withHtmlLang('fr', async () => {
        const el = await render({}, index);
        expect([...languages(el)]).to.deep.equal(['en']);
      });
    });

    it(`${name} lang="es-MX": marked Spanish`, async () => {
      const el = await render({ lang: 'es-MX' }, index);
      expect([...languages(el)]).to.deep.equal(['es']);
    });
  }
});
