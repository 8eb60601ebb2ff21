import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/district-list/vrop-district-list.js';
import { VropDistrictList } from '../src/district-list/vrop-district-list.js';
import { define } from '../src/define.js';
import { DEFAULT_DATA } from '../src/shared/data/defaults.js';
import type { VropData } from '../src/shared/data/types.js';
import { captureWarnings, shadowText } from './helpers.js';
import { emulateIfCan, itNeeds, resetViewport } from './engine.js';

const IDS = DEFAULT_DATA.districts.map((d) => d.id);

/** A list whose data has a `javascript:` website for Sanger, as a tampered data file would. */
class TamperedDistrictList extends VropDistrictList {
  protected override get data(): VropData {
    const districts = DEFAULT_DATA.districts.map((d) => (d.id === 'sanger' ? { ...d, website: 'javascript:alert(1)' } : d));
    return { ...DEFAULT_DATA, districts };
  }
}
define('test-tampered-district-list', TamperedDistrictList);

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')];
const names = (el: Element) => items(el).map((li) => li.querySelector('[part~="name"]')!.textContent!.trim());
/** The items marked current: on the link where there is one, else on the item. */
const marked = (el: Element) => items(el).filter((li) => li.matches('[aria-current="true"], :has([part~="name"] > [aria-current="true"])'));

describe('<vrop-district-list>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('lists the seven partner districts with their official names, in a list under a heading', async () => {
    const el = await fixture(html`<vrop-district-list></vrop-district-list>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Valley ROP’s partner districts');
    expect(el.shadowRoot!.querySelector('[part="intro"]')!.textContent).to.equal('Valley ROP is run jointly by these 7 school districts.');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('role')).to.equal('list');
    expect(names(el)).to.deep.equal([
      'Cutler-Orosi Joint Unified School District',
      'Dinuba Unified School District',
      'Kings Canyon Unified School District',
      'Kingsburg Joint Union High School District',
      'Parlier Unified School District',
      'Sanger Unified School District',
      'Selma Unified School District',
    ]);
    expect(marked(el)).to.have.length(0);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('links each district to its confirmed website, and Kingsburg to nothing', async () => {
    const el = await fixture(html`<vrop-district-list></vrop-district-list>`);
    const links = Object.fromEntries(items(el).map((li, i) => [IDS[i], li.querySelector('a')?.getAttribute('href') ?? null]));
    expect(links).to.deep.equal({
      'cutler-orosi': 'https://www.cojusd.org',
      dinuba: 'https://www.dinuba.k12.ca.us',
      'kings-canyon': 'https://www.kcusd.com',
      kingsburg: null,
      parlier: 'https://www.parlierunified.org',
      sanger: 'https://www.sanger.k12.ca.us',
      selma: 'https://www.selmausd.org',
    });
  });

  for (const id of IDS) {
    it(`current="${id}" marks that district alone, with aria-current and a visible label`, async () => {
      const el = await fixture(html`<vrop-district-list current=${id}></vrop-district-list>`);
      const [item] = marked(el);
      expect(marked(el)).to.have.length(1);
      expect(items(el).indexOf(item)).to.equal(IDS.indexOf(id));
      expect(item.getAttribute('part')).to.equal('item current-item');
      const label = item.querySelector('[part="label"]')!;
      expect(label.textContent).to.equal('Your district');
      expect(label.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('aria-current is on the link itself, so tabbing to it says "current"; Kingsburg, with no link, has it on its item (1.3.1)', async () => {
    const el = await fixture<HTMLElement>(html`<vrop-district-list current="sanger"></vrop-district-list>`);
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    el.before(before);
    before.focus();
    const focused: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      focused.push(el.shadowRoot!.activeElement!.getAttribute('aria-current'));
    }
    // Kingsburg has no link: the sixth link is Selma's, the fifth Sanger's.
    expect(focused).to.deep.equal([null, null, null, null, 'true', null]);
    expect(el.shadowRoot!.querySelectorAll('li[aria-current]')).to.have.length(0);
    const kingsburg = await fixture(html`<vrop-district-list current="kingsburg"></vrop-district-list>`);
    expect(items(kingsburg)[3].getAttribute('aria-current')).to.equal('true');
    expect(kingsburg.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    await expect(kingsburg).to.be.accessible();
  });

  it('reads ids in any case', async () => {
    const el = await fixture(html`<vrop-district-list current=" Kings-Canyon "></vrop-district-list>`);
    expect(names(el)[items(el).indexOf(marked(el)[0])]).to.equal('Kings Canyon Unified School District');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('marks nothing for an unknown id, and warns once', async () => {
    const el = await fixture(html`<vrop-district-list current="fresno"></vrop-district-list>`);
    await fixture(html`<vrop-district-list current="fresno"></vrop-district-list>`);
    expect(marked(el)).to.have.length(0);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('current="fresno"').and.contain('kings-canyon');
  });

  it('speaks Spanish, keeping the proper names', async () => {
    const el = await fixture(html`<vrop-district-list lang="es" current="selma" details></vrop-district-list>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Distritos asociados de Valley ROP');
    expect(shadowText(el)).to.contain('Valley ROP es administrado en conjunto por estos 7 distritos escolares.');
    expect(marked(el)[0].querySelector('[part="label"]')!.textContent).to.equal('Su distrito');
    expect(names(el)[6]).to.equal('Selma Unified School District');
    const selma = [...items(el)[6].querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(selma).to.deep.equal(['Condado: Fresno', 'Escuela preparatoria: Selma High School']);
  });

  it('details adds counties, communities where known, and high schools', async () => {
    const el = await fixture(html`<vrop-district-list details></vrop-district-list>`);
    const detail = (i: number) =>
      [...items(el)[i].querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(detail(0)).to.deep.equal([
      'County: Tulare',
      'Communities served: Orosi, Cutler, East Orosi, Hartland, Yettem',
      'High school: Orosi High School',
    ]);
    expect(detail(2)).to.deep.equal([
      'Counties: Fresno, Tulare',
      'Communities served: Reedley, Orange Cove',
      'High schools: Reedley High, Orange Cove High, Reedley Middle College High',
    ]);
    // Dinuba's communities are not known: no empty row.
    expect(detail(1)).to.deep.equal(['County: Tulare', 'High school: Dinuba High School']);
  });

  it('without details shows no details', async () => {
    const el = await fixture(html`<vrop-district-list></vrop-district-list>`);
    expect(el.shadowRoot!.querySelector('dl')).to.equal(null);
  });

  it('link-target="_blank" opens sites in a new tab and says so to screen readers', async () => {
    const el = await fixture(html`<vrop-district-list link-target="_blank" lang="es"></vrop-district-list>`);
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.equal('Cutler-Orosi Joint Unified School District (se abre en una pestaña nueva)');
  });

  it('a javascript: website in the data is never a link, with a warning', async () => {
    const el = await fixture(html`<test-tampered-district-list current="sanger"></test-tampered-district-list>`);
    const sanger = items(el)[5];
    expect(sanger.querySelector('a')).to.equal(null);
    expect(sanger.textContent).to.contain('Sanger Unified School District');
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(5);
    expect(warnings.messages.some((m) => m.includes('sanger'))).to.equal(true);
  });

  it('an unknown layout falls back to the list, with a warning', async () => {
    const el = await fixture(html`<vrop-district-list layout="carousel"></vrop-district-list>`);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.className).to.equal('list');
    expect(warnings.messages).to.deep.equal([
      '[vrop-widgets] <vrop-district-list>: layout="carousel" is not one of list, grid, inline; using list.',
    ]);
  });

  describe('layouts', () => {
    afterEach(resetViewport);

    const columns = (el: Element) =>
      new Set(items(el).map((li) => Math.round(li.getBoundingClientRect().left))).size;

    // Design (issue 14): no three-column step, whose seven cards make 3 + 3 + 1.
    itNeeds('viewport', 'grid reflows to one, two or four columns by the widget’s own width', async () => {
      await setViewport({ width: 1400, height: 900 });
      const wrapper = await fixture<HTMLElement>(html`<div><vrop-district-list layout="grid"></vrop-district-list></div>`);
      const el = wrapper.firstElementChild!;
      const at = async (width: string) => {
        wrapper.style.width = width;
        await new Promise(requestAnimationFrame);
        return columns(el);
      };
      expect(await at('18em')).to.equal(1);
      expect(await at('36em')).to.equal(2);
      expect(await at('52em')).to.equal(4);
      expect(await at('950px')).to.equal(4);
      expect(await at('80em')).to.equal(4);
    });

    it('list with details: every district’s values start at one left edge', async () => {
      const el = await fixture<HTMLElement>(html`<vrop-district-list details lang="es" style="width: 800px"></vrop-district-list>`);
      const dds = [...el.shadowRoot!.querySelectorAll('dd')];
      expect(dds.length).to.be.greaterThan(10);
      expect(new Set(dds.map((dd) => Math.round(dd.getBoundingClientRect().left))).size).to.equal(1);
    });

    it('a wrapped "Your district" label starts at the item’s edge, like the name', async () => {
      const el = await fixture<HTMLElement>(html`<vrop-district-list current="kings-canyon" style="width: 300px"></vrop-district-list>`);
      const name = el.shadowRoot!.querySelector('[part~="current-item"] [part="name"]')!.getBoundingClientRect();
      const label = el.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect();
      expect(label.top).to.be.above(name.top);
      expect(Math.round(label.left)).to.equal(Math.round(name.left));
    });

    it('inline reads as one line of names after the heading', async () => {
      const el = await fixture(html`<vrop-district-list layout="inline" current="dinuba"></vrop-district-list>`);
      expect(el.shadowRoot!.querySelector('[part="intro"]')).to.equal(null);
      const tops = new Set(items(el).slice(0, 2).map((li) => Math.round(li.querySelector('a')!.getClientRects()[0].top)));
      expect(tops.size).to.equal(1);
      expect(getComputedStyle(items(el)[0], '::after').content).to.equal('", "');
    });

    for (const layout of ['list', 'grid', 'inline']) {
      itNeeds('viewport', `${layout} fits 320 px and 200 % zoom with no horizontal scrolling`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<HTMLElement>(html`<vrop-district-list layout=${layout} details current="kingsburg"></vrop-district-list>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        // 200 % zoom of a 320 px page: the same CSS pixels at twice the text size.
        el.style.fontSize = '200%';
        await new Promise(requestAnimationFrame);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      });
    }

    for (const width of [320, 800]) {
      itNeeds('viewport', `inline links are targets at least 24 px tall at ${width} px, none overlapping another (2.5.8)`, async () => {
        await setViewport({ width, height: 640 });
        const el = await fixture(html`<vrop-district-list layout="inline" current="sanger" link-target="_blank"></vrop-district-list>`);
        // A name may wrap: each of its line boxes is part of the target, and must be 24 px tall.
        const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [...a.getClientRects()]);
        expect(links).to.have.length(6);
        for (const boxes of links) {
          for (const box of boxes) expect(box.height).to.be.at.least(24);
          expect(Math.max(...boxes.map((box) => box.width))).to.be.at.least(24);
        }
        const overlap = (a: DOMRect, b: DOMRect) =>
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        for (const [i, boxes] of links.entries()) {
          for (const other of links.slice(i + 1).flat()) {
            for (const box of boxes) expect(overlap(box, other)).to.equal(false);
          }
        }
      });
    }

    itNeeds('viewport', 'keyboard focus follows the visual order of the grid', async () => {
      await setViewport({ width: 1200, height: 900 });
      const el = await fixture<HTMLElement>(html`<vrop-district-list layout="grid"></vrop-district-list>`);
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      el.before(before);
      before.focus();
      const focused: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(el.shadowRoot!.activeElement!.textContent!);
      }
      const visual = [...el.shadowRoot!.querySelectorAll('a')]
        .map((a) => ({ text: a.textContent!, box: a.getBoundingClientRect() }))
        .sort((a, b) => Math.round(a.box.top) - Math.round(b.box.top) || a.box.left - b.box.left)
        .map((a) => a.text);
      expect(focused).to.deep.equal(visual);
    });
  });

  describe('accessibility', () => {
    after(() => emulateIfCan({ colorScheme: 'light' }));
    for (const layout of ['list', 'grid', 'inline']) {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['en', 'es']) {
          it(`passes axe: ${layout}, ${theme}, ${lang}, details, current`, async () => {
            const el = await fixture(html`
              <vrop-district-list layout=${layout} theme=${theme} lang=${lang} details current="parlier" link-target="_blank"></vrop-district-list>
            `);
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });
});
