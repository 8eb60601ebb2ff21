import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/stats/vrop-stats.js';
import { shadowRootTemplate } from '../src/shared/prerender.js';
import { VARIANTS } from './fixtures/variants.js';

interface Recorded {
  errors: string[];
  warnings: string[];
  violations: string[];
}

// The pages are served with the README's own policy (test/server/csp.mjs reads it from README.md);
// `?without=allow-duplicates` drops that keyword, as a page that loads the bundle once may.
describe('under the README’s Content-Security-Policy with Trusted Types', () => {
  for (const query of ['', '?without=allow-duplicates']) {
    it(`renders every widget state in both themes and languages with zero violations${query ? ', also without allow-duplicates' : ''}`, async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/csp.html${query}" title="CSP page"></iframe>`);
      await waitUntil(() => frame.contentDocument?.body?.dataset.rendered, 'the CSP page never rendered', { timeout: 4000 });
      const page = frame.contentWindow as Window & { violations: string[] };
      const widgets = [...frame.contentDocument!.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('vrop-'));
      expect(widgets).to.have.length(VARIANTS.length * 4);
      for (const el of widgets) expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(20);
      expect(page.violations).to.deep.equal([]);
      // The policy really is in force: an inline style and a string-built script are refused.
      const doc = frame.contentDocument!;
      doc.head.append(Object.assign(doc.createElement('style'), { textContent: 'body { color: red }' }));
      // Each engine words it differently (Chromium: TrustedScript; Firefox: sink type mismatch).
      expect(() => (doc.createElement('script').textContent = 'window.ran = true')).to.throw(/TrustedScript|Sink type mismatch/);
      await waitUntil(() => page.violations.length === 2, 'the policy was not in force');
      expect(page.violations.map((v) => v.split(':')[0]).sort()).to.deep.equal([
        'require-trusted-types-for',
        'style-src-elem',
      ]);
    });
  }

  /** The README's module snippet and classic script snippet on one page (test/server/csp.mjs). */
  async function readmeDoubleLoad(query = '') {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/csp-readme.html${query}" title="double load"></iframe>`);
    const doc = () => frame.contentDocument!;
    const widgets = () => [...(doc()?.querySelectorAll('vrop-mission, vrop-stats') ?? [])];
    await waitUntil(
      () => doc()?.readyState === 'complete' && widgets().length === 2 && widgets().every((el) => el.shadowRoot),
      'the README’s double load never rendered',
      { timeout: 4000 },
    );
    // Each copy of Lit adds its version here once it has been evaluated to its end.
    const win = frame.contentWindow as Window & { recorded: Recorded; litElementVersions?: string[] };
    return { doc: doc(), recorded: win.recorded, litCopies: win.litElementVersions?.length };
  }

  it('holds the README’s double load: its module and classic script snippets on one page, no error, no violation', async () => {
    const { doc, recorded, litCopies } = await readmeDoubleLoad();
    expect(recorded.errors).to.deep.equal([]);
    expect(recorded.violations).to.deep.equal([]);
    expect(recorded.warnings).to.deep.equal([]);
    expect(litCopies, 'both copies were evaluated').to.equal(2);
    expect(doc.querySelector('vrop-mission')!.shadowRoot!.querySelectorAll('section')).to.have.length(2);
    expect(doc.querySelector('vrop-stats')!.shadowRoot!.querySelectorAll('[part~="figure"]')).to.have.length(6);
  });

  it('why the README’s policy says allow-duplicates: without it, the second copy’s Lit is refused its policy', async () => {
    const { recorded, litCopies } = await readmeDoubleLoad('?without=allow-duplicates');
    // The violation event is queued as a task of its own: it may come after the widgets render.
    await waitUntil(() => recorded.violations.length > 0, 'no violation was reported', { timeout: 4000 });
    // Chromium and WebKit: the policy exists already; Firefox: the policy blocks a second one.
    expect(recorded.errors.join('\n')).to.match(/Policy with name ["']lit-html["'] already exists|blocked creating policy named 'lit-html'/);
    expect(recorded.violations.map((v) => v.split(':')[0])).to.deep.equal(['trusted-types']);
    expect(litCopies).to.equal(1);
  });

  it('shows prerendered code: its style sheet from the release (with integrity) and the bundle taking over, no violation', async () => {
    const live = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<vrop-stats no-animation></vrop-stats>`);
    await live.updateComplete;
    const bytes = await (await fetch('/dist/vrop-stats.css')).arrayBuffer();
    const integrity = `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
    const markup = `<vrop-stats>${shadowRootTemplate(live, { href: '/dist/vrop-stats.css', integrity })}<a href="https://valleyrop.net/">Valley ROP</a></vrop-stats>`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="prerendered" src="/test/pages/csp-prerendered.html?markup=${encodeURIComponent(markup)}"></iframe>`);
    const el = () => frame.contentDocument?.querySelector('vrop-stats');
    await waitUntil(() => frame.contentDocument?.readyState === 'complete' && el()?.shadowRoot && !el()!.shadowRoot!.querySelector('link'), 'the bundle never took over', { timeout: 4000 });
    const win = frame.contentWindow as Window & { recorded: Recorded };
    expect(win.recorded.violations).to.deep.equal([]);
    expect(win.recorded.errors).to.deep.equal([]);
    expect(el()!.shadowRoot!.querySelectorAll('[part~="figure"]')).to.have.length(6);
    expect(getComputedStyle(el()!).display).to.equal('block');
  });
});
