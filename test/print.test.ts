import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { VARIANTS, createVariant } from './fixtures/variants.js';
import { emulateMedia } from '@web/test-runner-commands';
import { describeNeeds } from './engine.js';

describeNeeds('media', 'printing', () => {
  before(() => emulateMedia({ media: 'print' }));
  after(() => emulateMedia({ media: 'screen' }));

  for (const variant of VARIANTS) {
    for (const theme of ['light', 'dark']) {
      it(`<${variant.tag}> ${JSON.stringify(variant.attrs)} in the ${theme} theme prints black on white, links with their addresses`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const el = createVariant(variant, { theme });
        wrapper.append(el);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, p, a, li, dt, dd')) {
          expect(getComputedStyle(node).color, node.localName).to.equal('rgb(0, 0, 0)');
        }
        for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
          expect(getComputedStyle(link, '::after').content).to.equal(`" (${link.getAttribute('href')})"`);
        }
      });
    }
  }
});
