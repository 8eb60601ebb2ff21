import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { adoptedCss, shadowRootTemplate } from '../src/shared/prerender.js';
import { ENGINE } from './engine.js';
import { shadowText } from './helpers.js';

/** What a webmaster pastes for each widget, as the builder would have it. */
const SNIPPETS = [
  ['vrop-mission', 'sections="mission overview" more-href="https://valleyrop.net/about-rop/overview/"'],
  ['vrop-district-list', 'current="sanger" layout="grid" details'],
  ['vrop-stats', 'lang="es"'],
  ['vrop-contact', 'theme="dark" form-action="/contact-endpoint"'],
];

/** A page holding `body`, loaded in a frame, without the bundle until `load` adds it. */
async function page(body: string): Promise<{ doc: Document; load: (file: string) => Promise<void> }> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="district page" width="700" height="900"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}
    <script>addEventListener('error', (e) => (window.errors ??= []).push(String(e.message)));
    window.shifts = []; try { new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift' }); } catch {}</script></body></html>`;
  await loaded;
  const doc = frame.contentDocument!;
  const load = async (file: string) => {
    doc.body.append(Object.assign(doc.createElement('script'), { type: 'module', src: file }));
    // The module script loads the code of the widgets the page shows, each when it first shows.
    const widgets = () => [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('vrop-'));
    await waitUntil(() => widgets().every((el) => el.matches(':defined')), `${file} never defined the page's widgets`, { timeout: 4000 });
  };
  return { doc, load };
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
/** How the prerendered markup gets its look: an inline style, or the release's style sheet. */
type Styles = 'inline' | 'linked';

/**
 * The element with its prerendered shadow root, made as the builder makes it: rendered by the
 * release's bundle (whose templates are minified, as the markup that takes over will be).
 */
async function prerendered(tag: string, attributes: string, styles: Styles = 'linked', href = `/dist/${tag}.css`): Promise<string> {
  const { doc, load } = await page(`<${tag} ${attributes} no-animation></${tag}>`);
  await load('/dist/vrop-widgets.js');
  const live = doc.querySelector(tag) as Widget;
  await live.updateComplete;
  const template = shadowRootTemplate(live, styles === 'inline' ? { css: adoptedCss(live) } : { href });
  return `<${tag} ${attributes}>${template}<a href="https://valleyrop.net/">Valley ROP</a></${tag}>`;
}

describe('prerendered snippets (declarative shadow DOM)', () => {
  for (const [[tag, attributes], styles] of SNIPPETS.flatMap((snippet) => (['inline', 'linked'] as const).map((styles) => [snippet, styles] as const))) {
    it(`<${tag} ${attributes}>, styles ${styles}: shows its markup before the bundle, and nothing moves when the bundle takes over`, async () => {
      const { doc, load } = await page(await prerendered(tag, attributes, styles));
      const el = doc.querySelector(tag) as Widget;
      const headings = () => el.shadowRoot!.querySelectorAll('h2, h3').length;
      const before = { text: shadowText(el), height: el.getBoundingClientRect().height, headings: headings() };
      expect(before.text, 'the markup shows at parse time').to.have.length.greaterThan(20);
      expect(el.querySelector('a')!.checkVisibility(), 'the fallback link stays hidden').to.equal(false);
      expect(before.headings).to.be.greaterThan(0);

      await load('/dist/vrop-widgets.js');
      await el.updateComplete;
      expect(shadowText(el)).to.equal(before.text);
      expect(el.getBoundingClientRect().height).to.be.closeTo(before.height, 0.5);
      expect(el.shadowRoot!.querySelector('link, style, .vrop-prerendered'), 'the bundle’s own render replaces the prerendered root').to.equal(null);
      expect(headings(), 'rendered once, not after the prerendered copy').to.equal(before.headings);
      const win = doc.defaultView as Window & { shifts?: PerformanceEntry[]; errors?: string[] };
      expect(win.errors ?? []).to.deep.equal([]);
      if (ENGINE === 'chromium') expect(win.shifts!.length, 'layout shifts').to.equal(0);
    });
  }

  it('with its style sheet missing, shows the fallback link, never unstyled markup', async () => {
    const { doc } = await page(await prerendered('vrop-stats', '', 'linked', '/dist/missing.css'));
    const el = doc.querySelector('vrop-stats') as Widget;
    expect(el.querySelector('a')!.checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.querySelector('.vrop-prerendered')!.checkVisibility()).to.equal(false);
  });

  it('shows the figures’ final values at once, without counting up from zero again', async () => {
    const { doc, load } = await page((await prerendered('vrop-stats', '')).replace(' no-animation', ''));
    const el = doc.querySelector('vrop-stats') as Widget;
    const values = shadowText(el);
    await load('/dist/vrop-widgets.js');
    await el.updateComplete;
    expect(el.hasAttribute('no-animation')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[aria-hidden="true"]'), 'no counting copy of the values').to.equal(null);
    expect(shadowText(el)).to.equal(values);
  });

  it('stays in sight while a data file loads, then shows the file’s figures', async () => {
    // An address of its own: a file other tests fetched may come from the browser's cache at once.
    const markup = (await prerendered('vrop-stats', '')).replace('<vrop-stats >', `<vrop-stats src="/test-data/figures-only.json?delay=800&amp;unique=${Math.random()}">`);
    const { doc, load } = await page(markup);
    const el = doc.querySelector('vrop-stats') as Widget;
    await load('/dist/vrop-widgets.js');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(getComputedStyle(el).visibility).to.equal('visible');
    expect(shadowText(el)).to.contain('2018-19');
    await waitUntil(() => shadowText(el).includes('2021-22'), 'the file’s figures never showed', { timeout: 4000 });
  });

  it('renders once where a classic script defined the widgets before the markup was parsed', async () => {
    // The element is built and rendered as the parser meets it, before its template: the browser
    // then keeps the template as an inert child, and the widget is as without prerendering.
    const { doc } = await page(`<script src="/dist/vrop-widgets.iife.js"></script>${await prerendered('vrop-mission', '')}`);
    const el = doc.querySelector('vrop-mission') as Widget;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('h2').length).to.equal(1);
    expect(shadowText(el)).to.contain('Our Mission');
    expect(el.querySelector('template')!.checkVisibility()).to.equal(false);
  });
});
