import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/stats/vrop-stats.js';
import type { VropStats } from '../src/stats/vrop-stats.js';
import { FIGURES } from '../src/shared/data/defaults.js';
import { captureWarnings } from './helpers.js';
import { controlPage } from './frame-fakes.js';
import { emulateIfCan, itNeeds } from './engine.js';

// The built-in figures' ids, in their display order: the data file owns the list.
const IDS = FIGURES.items.map((figure) => figure.id);

/** The "value label" pairs a screen reader reads: text outside aria-hidden subtrees only. */
function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(spoken).join('');
}
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const pairs = (el: VropStats) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => fold(spoken(li)));
const parts = (el: VropStats) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getAttribute('part'));
const visibleValues = (el: VropStats) =>
  [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) =>
    [...v.children].filter((c) => getComputedStyle(c).opacity !== '0').map((c) => c.textContent).join('|'),
  );
const FINAL = ['1971', '7', 'over 6,300', '$2.2 million', '201', 'over 3,500'];
const caption = (el: VropStats) => el.shadowRoot!.querySelector('[part="caption"]')!.textContent;

const EN = [
  '1971 Year established',
  '7 Partner districts',
  'over 6,300 Students served',
  '$2.2 million Annual budget',
  '201 Dual enrollment courses offered',
  'over 3,500 Students taking dual enrollment courses',
];
const ES = [
  '1971 Año de fundación',
  '7 Distritos asociados',
  'más de 6,300 Estudiantes atendidos',
  '2.2 millones de dólares Presupuesto anual',
  '201 Cursos de doble inscripción ofrecidos',
  'más de 3,500 Estudiantes en cursos de doble inscripción',
];

describe('<vrop-stats>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows all six figures, their school year and a heading by default', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats no-animation></vrop-stats>`);
    expect(pairs(el)).to.deep.equal(EN);
    expect(parts(el)).to.deep.equal(IDS.map((id) => `figure figure-${id}`));
    expect(caption(el)).to.equal('Figures for the 2018-19 school year');
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Valley ROP at a glance');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('role')).to.equal('list');
    expect(warnings.messages).to.deep.equal([]);
  });

  IDS.forEach((id, i) => {
    it(`items="${id}" shows that figure alone`, async () => {
      const el = await fixture<VropStats>(html`<vrop-stats no-animation items=${id}></vrop-stats>`);
      expect(pairs(el)).to.deep.equal([EN[i]]);
      expect(caption(el)).to.equal('Figures for the 2018-19 school year');
    });
  });

  it('shows figures in the order of items', async () => {
    const el = await fixture<VropStats>(
      html`<vrop-stats no-animation items="budget  Students established"></vrop-stats>`,
    );
    expect(pairs(el)).to.deep.equal([EN[3], EN[2], EN[0]]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('skips unknown ids with one warning for every element', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats no-animation items="districts bogus budget"></vrop-stats>`);
    await fixture(html`<vrop-stats no-animation items="districts bogus budget"></vrop-stats>`);
    expect(pairs(el)).to.deep.equal([EN[1], EN[3]]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('bogus').and.contain('dual-enrollment-students');
  });

  it('shows every figure when no id is known', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats no-animation items="bogus nope"></vrop-stats>`);
    expect(pairs(el)).to.deep.equal(EN);
    expect(warnings.messages).to.have.length(1);
  });

  it('shows every figure for an empty items', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats no-animation items=" "></vrop-stats>`);
    expect(pairs(el)).to.deep.equal(EN);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('formats every figure for Spanish (es-MX counts as es)', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats no-animation lang="es-MX"></vrop-stats>`);
    expect(pairs(el)).to.deep.equal(ES);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Valley ROP en cifras');
    expect(caption(el)).to.equal('Cifras del ciclo escolar 2018-19');
  });

  it('follows a change of lang', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats no-animation items="students" lang="en"></vrop-stats>`);
    el.lang = 'es';
    await el.updateComplete;
    expect(pairs(el)).to.deep.equal([ES[2]]);
  });

  it('puts its heading at heading-level', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats no-animation heading-level="4"></vrop-stats>`);
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Valley ROP at a glance');
  });

  describe('layout', () => {
    // Design (issue 14): two columns on a phone (three rows instead of six), never one figure alone.
    it('shows two columns of figures at 320 px, none overflowing its tile', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats no-animation style="width: 320px"></vrop-stats>`);
      const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
      expect(new Set(items.map((r) => Math.round(r.left))).size).to.equal(2);
      for (const li of el.shadowRoot!.querySelectorAll('li')) expect(li.scrollWidth).to.be.at.most(li.clientWidth);
    });

    for (const width of [860, 600]) {
      it(`balances six figures in two rows of three at ${width} px (never 5 + 1), labels at one height per row`, async () => {
        const el = await fixture<VropStats>(html`<vrop-stats no-animation lang="es" style="width: ${width}px"></vrop-stats>`);
        const items = [...el.shadowRoot!.querySelectorAll('li')];
        const tops = items.map((li) => Math.round(li.getBoundingClientRect().top));
        expect(tops.filter((top) => top === tops[0]).length).to.equal(3);
        expect(new Set(tops).size).to.equal(2);
        const labelTops = items.map((li) => Math.round(li.querySelector('[part="label"]')!.getBoundingClientRect().top));
        expect(new Set(labelTops).size).to.equal(2);
      });
    }

    it('sets the qualifiers smaller than the numbers', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats no-animation items="students budget"></vrop-stats>`);
      const qualifiers = [...el.shadowRoot!.querySelectorAll('[part="qualifier"]')];
      expect(qualifiers.map((q) => q.textContent!.trim())).to.deep.equal(['over', 'million']);
      for (const q of qualifiers) {
        expect(parseFloat(getComputedStyle(q).fontSize)).to.be.below(0.7 * parseFloat(getComputedStyle(q.parentElement!).fontSize));
      }
    });

    it('puts several figures on one line at full width', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats no-animation style="width: 1200px"></vrop-stats>`);
      const tops = [...el.shadowRoot!.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().top));
      expect(tops.filter((top) => top === tops[0]).length).to.be.greaterThan(2);
    });

    for (const [width, columns] of [
      [320, 2],
      [600, 3],
      [790, 3],
    ] as const) {
      it(`layout="grid" has ${columns} column(s) at ${width} px`, async () => {
        const el = await fixture<VropStats>(
          html`<vrop-stats no-animation layout="grid" style="width: ${width}px"></vrop-stats>`,
        );
        const lefts = [...el.shadowRoot!.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().left));
        expect(new Set(lefts).size).to.equal(columns);
      });
    }

    it('layout="bogus" falls back to row with a warning', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats no-animation layout="bogus" style="width: 790px"></vrop-stats>`);
      const lefts = [...el.shadowRoot!.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().left));
      expect(new Set(lefts).size).to.equal(3);
      expect(warnings.messages).to.deep.equal(['[vrop-widgets] <vrop-stats>: layout="bogus" is not one of row, grid; using row.']);
    });
  });

  describe('count-up', () => {
    let frames: ReturnType<typeof controlPage>;
    beforeEach(() => (frames = controlPage()));
    afterEach(async () => {
      frames.restore();
      await emulateIfCan({ reducedMotion: 'no-preference' });
    });

    it('counts each number from zero to exactly its value once in view; screen readers read only final values', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats></vrop-stats>`);
      // A year is a date, not a quantity: it shows as it is all along.
      expect(visibleValues(el)).to.deep.equal(['1971', '0', 'over 0', '$0.0 million', '0', 'over 0']);
      expect(frames.scheduled).to.equal(0);
      frames.enterView();
      const seen: string[][] = [];
      for (let time = 1000; frames.pending; time += 100) {
        frames.run(time);
        await el.updateComplete;
        expect(pairs(el)).to.deep.equal(EN);
        seen.push(
          [...el.shadowRoot!.querySelectorAll('[aria-hidden="true"]')].map((s) => s.textContent!),
        );
      }
      expect(seen.length).to.equal(11);
      expect(seen[1]).to.deep.equal(['2', 'over 1,707', '$0.6 million', '54', 'over 948']);
      expect(seen.at(-1)).to.deep.equal([]);
      expect(visibleValues(el)).to.deep.equal(FINAL);
      // Once only: it stops watching, so scrolling away and back does not restart it.
      expect(frames.watching).to.equal(0);
    });

    it('waits at zero until the element is in view, then counts', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats items="students"></vrop-stats>`);
      await aTimeout(50);
      expect(frames.scheduled).to.equal(0);
      expect(visibleValues(el)).to.deep.equal(['over 0']);
      expect(pairs(el)).to.deep.equal([EN[2]]);
      frames.enterView();
      expect(frames.pending).to.equal(1);
    });

    itNeeds('media', 'shows the final values at once under prefers-reduced-motion: reduce', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<VropStats>(html`<vrop-stats></vrop-stats>`);
      frames.enterView();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[aria-hidden]').length).to.equal(0);
      expect(visibleValues(el)).to.deep.equal(FINAL);
      expect(frames.scheduled).to.equal(0);
    });

    it('shows the final values at once with no-animation', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats no-animation></vrop-stats>`);
      frames.enterView();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[aria-hidden]').length).to.equal(0);
      expect(visibleValues(el)).to.deep.equal(FINAL);
      expect(frames.scheduled).to.equal(0);
    });

    it('setting no-animation while counting stops at the final values', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats items="districts"></vrop-stats>`);
      frames.enterView();
      frames.run(0);
      frames.run(300);
      await el.updateComplete;
      expect(visibleValues(el)).to.deep.equal(['5']);
      el.noAnimation = true;
      await el.updateComplete;
      expect(frames.pending).to.equal(0);
      expect(visibleValues(el)).to.deep.equal(['7']);
    });

    it('a hidden tab stops the count-up and shows the final values', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats></vrop-stats>`);
      frames.enterView();
      frames.run(0);
      await el.updateComplete;
      frames.hide();
      await el.updateComplete;
      expect(frames.pending).to.equal(0);
      expect(visibleValues(el)).to.deep.equal(FINAL);
    });

    it('an element taken off the page stops its count-up', async () => {
      const el = await fixture<VropStats>(html`<vrop-stats></vrop-stats>`);
      frames.enterView();
      frames.run(0);
      const parent = el.parentNode!;
      el.remove();
      expect(frames.pending).to.equal(0);
      parent.append(el);
      await el.updateComplete;
      frames.enterView();
      expect(frames.pending).to.equal(0);
      expect(visibleValues(el)).to.deep.equal(FINAL);
    });

    it('moves nothing on the page while counting (no layout-shift entries)', async () => {
      const shifts: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
      const el = await fixture<VropStats>(html`<vrop-stats></vrop-stats><p>After the figures</p>`);
      const after = el.nextElementSibling!;
      const before = after.getBoundingClientRect().toJSON();
      const widths = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect().width);
      frames.enterView();
      observer.observe({ type: 'layout-shift' });
      for (let time = 0; frames.pending; time += 50) {
        frames.run(time);
        await el.updateComplete;
        expect(after.getBoundingClientRect().toJSON()).to.deep.equal(before);
        expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect().width)).to.deep.equal(widths);
      }
      await aTimeout(50);
      observer.disconnect();
      expect(shifts).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    after(() => emulateIfCan({ colorScheme: 'light' }));

    for (const theme of ['light', 'dark', 'auto'] as const) {
      for (const lang of ['en', 'es']) {
        it(`passes axe, ${theme} theme, ${lang}`, async () => {
          if (theme === 'auto') await emulateIfCan({ colorScheme: 'dark' });
          const el = await fixture<VropStats>(html`<vrop-stats no-animation theme=${theme} lang=${lang}></vrop-stats>`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe while counting', async () => {
      const frames = controlPage();
      try {
        const el = await fixture<VropStats>(html`<vrop-stats layout="grid"></vrop-stats>`);
        frames.enterView();
        frames.run(0);
        frames.run(400);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        frames.restore();
      }
    });
  });
});
