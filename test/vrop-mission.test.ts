import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/mission/vrop-mission.js';
import type { VropMission } from '../src/mission/vrop-mission.js';
import { captureWarnings, shadowText, subsets, withHtmlLang } from './helpers.js';
import { emulateIfCan, itNeeds } from './engine.js';

const ANCHORS = { mission: 'our-mission', history: 'history-rop', overview: 'rop-overview' } as const;
const KEYS = ['mission', 'history', 'overview'] as const;

const sectionIds = (el: VropMission) =>
  [...el.shadowRoot!.querySelectorAll('section')].map((s) => s.id);
const headings = (el: VropMission) =>
  [...el.shadowRoot!.querySelectorAll('.heading')].map((h) => `${h.localName}:${h.textContent}`);

describe('<vrop-mission>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('shows the mission in the organisation’s own words by default', async () => {
    const el = await fixture<VropMission>(html`<vrop-mission></vrop-mission>`);
    expect(sectionIds(el)).to.deep.equal(['our-mission']);
    expect(headings(el)).to.deep.equal(['h2:Our Mission']);
    expect(shadowText(el)).to.contain(
      'The Valley Regional Occupational Program (Valley ROP) is dedicated to promoting and delivering high-quality career technical education (CTE)',
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  for (const chosen of subsets(KEYS).filter((set) => set.length > 0)) {
    it(`sections="${[...chosen].reverse().join(' ')}" shows ${chosen.join(', ')} in canonical order`, async () => {
      const el = await fixture<VropMission>(
        html`<vrop-mission sections=${[...chosen].reverse().join(' ')}></vrop-mission>`,
      );
      expect(sectionIds(el)).to.deep.equal(chosen.map((key) => ANCHORS[key]));
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('shows the overview with its figures and school year, split into paragraphs', async () => {
    const el = await fixture<VropMission>(html`<vrop-mission sections="overview"></vrop-mission>`);
    const paragraphs = el.shadowRoot!.querySelectorAll('#rop-overview p');
    expect(paragraphs.length).to.equal(3);
    expect(shadowText(el)).to.contain('For the 2018-19 school year, Valley ROP currently serves over 6,300 students');
    expect(shadowText(el)).to.contain('Valley ROP offered 201 Dual Enrollment courses and over 3,500 students');
  });

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" renders every section heading as h${level}`, async () => {
      const el = await fixture<VropMission>(
        html`<vrop-mission sections="mission history" heading-level=${level}></vrop-mission>`,
      );
      expect(headings(el)).to.deep.equal([`h${level}:Our Mission`, `h${level}:The History of ROP`]);
    });
  }

  describe('language', () => {
    it('speaks Spanish with lang="es"', async () => {
      const el = await fixture<VropMission>(
        html`<vrop-mission lang="es" sections="mission history overview"></vrop-mission>`,
      );
      expect(headings(el)).to.deep.equal([
        'h2:Nuestra misión',
        'h2:La historia de los ROP',
        'h2:Panorama de Valley ROP',
      ]);
      expect(shadowText(el)).to.contain('El Programa Ocupacional Regional del Valle (Valley ROP) se dedica');
      expect(shadowText(el)).to.contain('más de 6,300 estudiantes');
    });

    it('reads a regional tag (es-MX) as Spanish', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission lang="es-MX"></vrop-mission>`);
      expect(headings(el)).to.deep.equal(['h2:Nuestra misión']);
    });

    it('takes the nearest ancestor’s lang', async () => {
      const wrapper = await fixture(html`<div lang="es"><section><vrop-mission></vrop-mission></section></div>`);
      const el = wrapper.querySelector('vrop-mission')!;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['h2:Nuestra misión']);
    });

    it('takes <html lang> and follows its live changes', async () => {
      await withHtmlLang('en', async () => {
        const el = await fixture<VropMission>(html`<vrop-mission></vrop-mission>`);
        expect(headings(el)).to.deep.equal(['h2:Our Mission']);
        document.documentElement.lang = 'es';
        await nextFrame();
        await el.updateComplete;
        expect(headings(el)).to.deep.equal(['h2:Nuestra misión']);
        document.documentElement.lang = 'en-US';
        await nextFrame();
        await el.updateComplete;
        expect(headings(el)).to.deep.equal(['h2:Our Mission']);
      });
    });

    it('follows a change of its own lang attribute', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission lang="en"></vrop-mission>`);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['h2:Nuestra misión']);
    });
  });

  describe('bad values render the defaults and warn once', () => {
    it('sections="bogus"', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission sections="bogus"></vrop-mission>`);
      await fixture(html`<vrop-mission sections="bogus"></vrop-mission>`);
      expect(sectionIds(el)).to.deep.equal(['our-mission']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('sections="bogus"').and.contain('mission history overview');
    });

    it('keeps the known sections of a mixed list', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission sections="History bogus"></vrop-mission>`);
      expect(sectionIds(el)).to.deep.equal(['history-rop']);
      expect(warnings.messages).to.have.length(1);
    });

    it('heading-level="9"', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission heading-level="9"></vrop-mission>`);
      expect(headings(el)).to.deep.equal(['h2:Our Mission']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('heading-level="9"');
    });

    it('lang="xx"', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission lang="xx"></vrop-mission>`);
      expect(headings(el)).to.deep.equal(['h2:Our Mission']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang="xx"');
    });

    it('theme="purple"', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission theme="purple"></vrop-mission>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warnings.messages).to.deep.equal([
        '[vrop-widgets] <vrop-mission>: theme="purple" is not one of light, dark, auto; using light.',
      ]);
    });

    it('a javascript: more-href is left out', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission more-href="javascript:alert(1)"></vrop-mission>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('more-href');
    });
  });

  it('shows a "learn more" link in the element’s language', async () => {
    const el = await fixture<VropMission>(
      html`<vrop-mission lang="es" more-href="https://valleyrop.net/about-rop/overview/"></vrop-mission>`,
    );
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://valleyrop.net/about-rop/overview/');
    expect(link.textContent).to.equal('Más información sobre Valley ROP');
  });

  it('replaces the webmaster’s fallback content once it renders, and shows the after slot', async () => {
    const el = await fixture<VropMission>(html`
      <vrop-mission>
        <a href="https://valleyrop.net/">About Valley ROP</a>
        <p slot="after">Sanger students: ask your counselor.</p>
      </vrop-mission>
    `);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    expect(el.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('shows the fallback content where JavaScript never runs', async () => {
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.srcdoc = '<vrop-mission><a href="https://valleyrop.net/">About Valley ROP</a></vrop-mission>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await fixture(html`<div></div>`).then((host) => host.append(frame));
    await loaded;
    const link = frame.contentDocument!.querySelector('a')!;
    expect(link.textContent).to.equal('About Valley ROP');
    expect(link.getClientRects().length).to.be.greaterThan(0);
  });

  it('scrolls to a section named in the page address', async () => {
    const el = await fixture<VropMission>(html`<vrop-mission sections="mission history"></vrop-mission>`);
    const history = el.shadowRoot!.querySelector('#history-rop')!;
    let scrolled = false;
    history.scrollIntoView = () => (scrolled = true);
    location.hash = '#history-rop';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(scrolled).to.equal(true);
    history.scrollIntoView = Element.prototype.scrollIntoView;
    history.ownerDocument.defaultView!.history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accessibility', () => {
    after(() => emulateIfCan({ colorScheme: 'light' }));

    for (const theme of ['light', 'dark', 'auto'] as const) {
      for (const lang of ['en', 'es']) {
        it(`passes axe with every section, ${theme} theme, ${lang}`, async () => {
          if (theme === 'auto') await emulateIfCan({ colorScheme: 'dark' });
          const el = await fixture<VropMission>(html`
            <vrop-mission
              theme=${theme}
              lang=${lang}
              sections="mission history overview"
              more-href="https://valleyrop.net/about-rop/overview/"
            ></vrop-mission>
          `);
          await expect(el).to.be.accessible();
        });
      }
    }

    itNeeds('media', 'uses the dark tokens under theme="auto" when the visitor prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture<VropMission>(html`<vrop-mission theme="auto"></vrop-mission>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 32, 43)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('the learn-more link is reachable by keyboard', async () => {
      const el = await fixture<VropMission>(html`<vrop-mission more-href="/about"></vrop-mission>`);
      const link = el.shadowRoot!.querySelector('a')!;
      link.focus();
      expect(el.shadowRoot!.activeElement).to.equal(link);
    });
  });
});
