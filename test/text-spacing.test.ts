import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { VARIANTS, createVariant } from './fixtures/variants.js';
import { overrideTextSpacing } from './helpers.js';
import { itNeeds, resetViewport } from './engine.js';

type Rendering = HTMLElement & { updateComplete: Promise<unknown> };

/** How far (px) anything inside `within` reaches past the right edge of `box`; 0 when nothing does. */
function overflow(box: Element, within: ParentNode = box): number {
  const right = box.getBoundingClientRect().right;
  let worst = 0;
  for (const node of within.querySelectorAll('*')) {
    for (const rect of node.getClientRects()) worst = Math.max(worst, rect.right - right);
  }
  return worst;
}

describe('text spacing (1.4.12)', () => {
  afterEach(resetViewport);

  // "millones de dólares" stuck out of its tile by up to 9 px at 1000 px.
  for (const width of [375, 700, 1000]) {
    for (const lang of ['en', 'es']) {
      for (const layout of ['row', 'grid']) {
        itNeeds('viewport', `<vrop-stats lang="${lang}" layout="${layout}"> at ${width} px: every figure stays inside its tile`, async () => {
          await setViewport({ width, height: 800 });
          const el = await fixture<Rendering>(html`<vrop-stats no-animation lang=${lang} layout=${layout}></vrop-stats>`);
          const restore = overrideTextSpacing(el);
          try {
            await new Promise(requestAnimationFrame);
            const tiles = [...el.shadowRoot!.querySelectorAll('li')];
            expect(tiles).to.have.length(6);
            for (const tile of tiles) expect(overflow(tile), tile.textContent!).to.be.at.most(0.5);
          } finally {
            restore();
          }
        });
      }
    }
  }

  for (const width of [320, 1000]) {
    itNeeds('viewport', `every widget in every main state at ${width} px: nothing sticks out of the widget`, async () => {
      await setViewport({ width, height: 800 });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const widgets = VARIANTS.map((variant) => createVariant(variant, { lang: 'es' }) as Rendering);
      wrapper.append(...widgets);
      await Promise.all(widgets.map((el) => el.updateComplete));
      const restore = overrideTextSpacing(...widgets);
      try {
        await new Promise(requestAnimationFrame);
        for (const el of widgets) {
          expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth);
          expect(overflow(el, el.shadowRoot!), el.localName).to.be.at.most(0.5);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      } finally {
        restore();
      }
    });
  }
});
