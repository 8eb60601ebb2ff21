import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type Page = Window & { warnings: string[] };

/**
 * A district page in a frame, with the README's module script from `folder` (the built release,
 * or a copy of it) in its head and `body` as the webmaster pasted it.
 */
async function districtPage(folder: string, body: string) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="district page" width="800" height="900"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.warnings = []; const warn = console.warn; console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };</script>
    <script type="module" src="${folder}/vrop-widgets.js"></script></head><body>${body}</body></html>`;
  await loaded;
  const doc = frame.contentDocument!;
  const page = frame.contentWindow as Page;
  /** The scripts the page has fetched, by file name without its content hash (`vrop-stats.js`). */
  const scripts = () =>
    page.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('?')[0].split('/').pop()!.replace(/-[\w-]{8}\.js$/, '.js'))
      .filter((name) => name.endsWith('.js'));
  const text = (selector: string) => doc.querySelector(selector)?.shadowRoot?.textContent?.trim() ?? '';
  return { doc, page, scripts, text };
}

const FALLBACK = '<a href="https://valleyrop.net/about-rop/overview/">Valley ROP</a>';

describe('the module script loads each widget’s code when the page shows it', () => {
  it('a page with one widget fetches that widget’s code and no other’s', async () => {
    const { scripts, text } = await districtPage('/dist', `<vrop-stats>${FALLBACK}</vrop-stats>`);
    await waitUntil(() => text('vrop-stats').includes('2018-19'), 'the stats never rendered', { timeout: 4000 });
    expect(scripts()).to.include.members(['vrop-widgets.js', 'vrop-stats.js']);
    expect(scripts()).not.to.include.members(['vrop-mission.js']);
    expect(scripts().filter((name) => /^vrop-(mission|contact|district-list)\.js$/.test(name))).to.deep.equal([]);
  });

  it('a widget a script adds later, and a plain form, render once their code arrives', async () => {
    const { doc, text } = await districtPage('/dist', `<div data-vrop="district-list" data-vrop-current="sanger">${FALLBACK}</div>`);
    doc.body.append(doc.createElement('vrop-mission'));
    await waitUntil(() => text('vrop-mission').includes('Our Mission'), 'the mission never rendered', { timeout: 4000 });
    await waitUntil(() => text('vrop-district-list').includes('Sanger'), 'the plain form never became a district list', { timeout: 4000 });
    expect(doc.querySelector('[data-vrop]')).to.equal(null);
    const current = doc.querySelector('vrop-district-list')!.shadowRoot!.querySelector('[aria-current]');
    expect(current!.textContent).to.contain('Sanger');
  });

  it('fetches a file two widgets share as often as a file of one widget’s own', async () => {
    const { scripts, text } = await districtPage('/dist', '<vrop-contact></vrop-contact><vrop-district-list></vrop-district-list>');
    await waitUntil(() => text('vrop-contact') && text('vrop-district-list'), 'the widgets never rendered', { timeout: 4000 });
    const count = (file: string) => scripts().filter((name) => name === file).length;
    expect(count('districts.js')).to.be.greaterThan(0);
    expect(count('districts.js')).to.equal(count('vrop-contact.js'));
  });

  it('refuses a widget file that differs from the release: its fallback stays, one warning says so, the others render', async () => {
    const { doc, page, text } = await districtPage('/test/release-tampered', `<vrop-stats>${FALLBACK}</vrop-stats><vrop-mission></vrop-mission>`);
    await waitUntil(() => text('vrop-mission').includes('Our Mission'), 'the untouched widget never rendered', { timeout: 4000 });
    await waitUntil(() => page.warnings.some((line) => line.includes('<vrop-stats>')), 'no warning named the refused file', { timeout: 4000 });
    expect(page.warnings.filter((line) => line.includes('<vrop-stats>'))).to.have.length(1);
    expect(page.warnings[0]).to.match(/^\[vrop-widgets\] <vrop-stats>'s code was not loaded \(.*vrop-stats-[\w-]{8}\.js could not be loaded or differs from the release\); its fallback content stays\.$/);
    expect(page.customElements.get('vrop-stats')).to.equal(undefined);
    expect(doc.querySelector('vrop-stats a')!.checkVisibility()).to.equal(true);
  });
});
