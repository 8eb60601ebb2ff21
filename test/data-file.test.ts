import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/mission/vrop-mission.js';
import '../src/stats/vrop-stats.js';
import type { VropMission } from '../src/mission/vrop-mission.js';
import { dataLimits, resetDataRequests } from '../src/shared/data/load.js';
import type { DataErrorDetail } from '../src/shared/vrop-element.js';
import { captureWarnings, shadowText } from './helpers.js';
import { ENGINE } from './engine.js';

const DEFAULT_MISSION = 'The Valley Regional Occupational Program (Valley ROP) is dedicated';
const UPDATED_MISSION = 'Updated mission text & more.';
const LIMITS = { ...dataLimits };

/** Counts the data-file requests the page makes. */
function countRequests(): { urls: string[]; restore: () => void } {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    urls.push(String(input));
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

const heading = (el: VropMission) => el.shadowRoot!.querySelector('.heading')?.textContent;
const settled = (el: VropMission) => waitUntil(() => !el.hasAttribute('aria-busy'), 'still waiting', { timeout: 4000 });

describe('the data file', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let requests: ReturnType<typeof countRequests>;
  beforeEach(() => {
    resetDataRequests();
    warnings = captureWarnings();
    requests = countRequests();
  });
  afterEach(() => {
    warnings.restore();
    requests.restore();
    Object.assign(dataLimits, LIMITS);
    document.querySelector('meta[name="vrop-data"]')?.remove();
  });

  it('is not requested when neither src nor <meta name="vrop-data"> names one', async () => {
    const el = await fixture<VropMission>(html`<vrop-mission></vrop-mission>`);
    await aTimeout(50);
    expect(requests.urls).to.deep.equal([]);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(shadowText(el)).to.contain(DEFAULT_MISSION);
  });

  it('replaces the sections it has and keeps the others built in', async () => {
    const el = await fixture<VropMission>(
      html`<vrop-mission src="/test-data/mission-updated.json" sections="mission history"></vrop-mission>`,
    );
    await settled(el);
    await el.updateComplete;
    expect(heading(el)).to.equal('Our Mission (updated)');
    // Shown as text: the ampersand is a character, not markup.
    expect(shadowText(el)).to.contain(UPDATED_MISSION);
    expect(shadowText(el)).to.contain('Regional Occupational Centers and Regional Occupational Programs');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a file with only new figures leaves the mission texts as built in', async () => {
    const el = await fixture<VropMission>(html`<vrop-mission src="/test-data/figures-only.json"></vrop-mission>`);
    await settled(el);
    expect(shadowText(el)).to.contain(DEFAULT_MISSION);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a file with only new figures updates the figures, adds a new one, and leaves the texts', async () => {
    const page = await fixture(html`<div>
      <vrop-stats src="/test-data/figures-only.json" no-animation></vrop-stats>
      <vrop-mission src="/test-data/figures-only.json"></vrop-mission>
    </div>`);
    const [stats, mission] = [page.querySelector('vrop-stats')!, page.querySelector<VropMission>('vrop-mission')!];
    await settled(mission);
    await waitUntil(() => !stats.hasAttribute('aria-busy'));
    await stats.updateComplete;
    const figures = [...stats.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures).to.deep.equal(['over 7,000 Students served', 'over 340 High-school classes']);
    expect(stats.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Figures for the 2021-22 school year');
    expect(shadowText(mission)).to.contain(DEFAULT_MISSION);
    expect(requests.urls).to.have.length(1);
  });

  it('never shows the built-in 2018-19 figures before the file’s', async () => {
    const el = await fixture(html`<vrop-stats src="/test-data/figures-only.json?delay=500" no-animation></vrop-stats>`);
    const seen: string[] = [];
    const look = () => {
      if (getComputedStyle(el).visibility === 'visible') seen.push(el.shadowRoot!.querySelector('[part="caption"]')?.textContent ?? '');
    };
    const timer = setInterval(look, 20);
    await waitUntil(() => !el.hasAttribute('aria-busy'), 'still waiting', { timeout: 4000 });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    look();
    clearInterval(timer);
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.every((caption) => caption.includes('2021-22'))).to.equal(true);
  });

  it('is requested once for every widget on the page that names it', async () => {
    const page = await fixture(html`<div>
      <vrop-mission src="/test-data/mission-updated.json"></vrop-mission>
      <vrop-mission src="/test-data/mission-updated.json" lang="es"></vrop-mission>
      <vrop-mission src="${location.origin}/test-data/mission-updated.json" sections="history"></vrop-mission>
    </div>`);
    const widgets = [...page.querySelectorAll<VropMission>('vrop-mission')];
    await Promise.all(widgets.map(settled));
    expect(requests.urls).to.have.length(1);
    expect(heading(widgets[1])).to.equal('Nuestra misión (actualizada)');
  });

  it('is named for the whole page by <meta name="vrop-data">; an element’s src wins', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'vrop-data', content: '/test-data/mission-updated.json' });
    document.head.append(meta);
    const page = await fixture(html`<div>
      <vrop-mission></vrop-mission>
      <vrop-mission src="/test-data/figures-only.json"></vrop-mission>
    </div>`);
    const [fromMeta, fromSrc] = page.querySelectorAll<VropMission>('vrop-mission');
    await Promise.all([settled(fromMeta), settled(fromSrc)]);
    expect(heading(fromMeta)).to.equal('Our Mission (updated)');
    expect(heading(fromSrc)).to.equal('Our Mission');
    expect(requests.urls.map((url) => new URL(url, location.href).pathname).sort()).to.deep.equal([
      '/test-data/figures-only.json',
      '/test-data/mission-updated.json',
    ]);
  });

  it('keeps the space blank, never showing the built-in text, until a file arriving after 1 s shows', async () => {
    const el = await fixture<VropMission>(
      html`<vrop-mission src="/test-data/mission-updated.json?delay=1000"></vrop-mission>`,
    );
    const height = el.getBoundingClientRect().height;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(el).visibility).to.equal('hidden');
    expect(height).to.be.greaterThan(100);
    await aTimeout(600);
    expect(getComputedStyle(el).visibility).to.equal('hidden');
    await settled(el);
    await el.updateComplete;
    expect(getComputedStyle(el).visibility).to.equal('visible');
    expect(heading(el)).to.equal('Our Mission (updated)');
  });

  it('shows the built-in data after the short wait, then fails cleanly at the time limit', async () => {
    // The real limits (1.5 s wait, 8 s limit, a file after 10 s), scaled down tenfold.
    Object.assign(dataLimits, { waitMs: 150, timeLimitMs: 800 });
    const el = await fixture<VropMission>(
      html`<vrop-mission src="/test-data/mission-updated.json?delay=1000&amp;slow"></vrop-mission>`,
    );
    const failed = oneEvent(el, 'vrop-data-error');
    await settled(el);
    expect(heading(el)).to.equal('Our Mission');
    const { detail } = (await failed) as CustomEvent<DataErrorDetail>;
    expect(detail.reason).to.equal('timeout');
    expect(heading(el)).to.equal('Our Mission');
    expect(warnings.messages).to.have.length(1);
  });

  const FAILURES = {
    'missing.json': 'missing',
    'not-json.json': 'not-json',
    'oversize.json': 'too-large',
    // 140,000 "é": fewer characters than 256 K, but 280,000 bytes as sent.
    'oversize-multibyte.json': 'too-large',
    'version-2.json': 'version',
    'version-missing.json': 'version',
    'mission-markup.json': 'invalid',
    'district-website-javascript.json': 'invalid',
    'district-duplicate-id.json': 'invalid',
    'figure-value-negative.json': 'invalid',
    // Extra keys named like Object.prototype's members are unknown fields, not known ones.
    'top-level-__proto__.json': 'invalid',
    'top-level-constructor.json': 'invalid',
    'figure-toString.json': 'invalid',
    'figure-label-valueOf.json': 'invalid',
    'district-hasOwnProperty.json': 'invalid',
  } as const;

  for (const [file, reason] of Object.entries(FAILURES)) {
    it(`${file}: keeps the built-in data, warns once and fires vrop-data-error (${reason}) on each widget`, async () => {
      const details: DataErrorDetail[] = [];
      const collect = (event: CustomEvent<DataErrorDetail>) => details.push(event.detail);
      const page = await fixture(html`<div @vrop-data-error=${collect}>
        <vrop-mission src="/test-data/${file}"></vrop-mission>
        <vrop-mission src="/test-data/${file}" lang="es"></vrop-mission>
      </div>`);
      const widgets = [...page.querySelectorAll<VropMission>('vrop-mission')];
      await waitUntil(() => details.length === 2, 'no vrop-data-error', { timeout: 4000 });
      await Promise.all(widgets.map(settled));
      expect(details.map((d) => d.reason)).to.deep.equal([reason, reason]);
      expect(details[0].url).to.equal(new URL(`/test-data/${file}`, location.href).href);
      expect(heading(widgets[0])).to.equal('Our Mission');
      expect(heading(widgets[1])).to.equal('Nuestra misión');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(file).and.contain('Showing the built-in data');
      await expect(widgets[0]).to.be.accessible();
    });
  }

  // A 32 MB file (test/server/data-files.mjs): the server reports whether the whole body was sent.
  for (const [how, query] of [
    ['declares its size in Content-Length', '&length'],
    ['is sent in chunks with no declared size', ''],
  ]) {
    it(`over 256 KB and ${how}: refused without downloading the rest`, async () => {
      const id = `${Math.random()}`.slice(2);
      const details: DataErrorDetail[] = [];
      const page = await fixture(html`<div @vrop-data-error=${(event: CustomEvent<DataErrorDetail>) => details.push(event.detail)}>
        <vrop-mission src="/test-data/large.json?id=${id}${query}"></vrop-mission>
      </div>`);
      const el = page.querySelector<VropMission>('vrop-mission')!;
      await waitUntil(() => details.length, 'no vrop-data-error', { timeout: 4000 });
      const [detail] = details;
      const server = await (await fetch(`/test-data/large-report?id=${id}`)).json();
      // Firefox and WebKit may take a loopback download ahead into their own buffers, even past
      // an abort: the widget refuses the file all the same, but the server can have finished
      // sending by then (seen in both, chunked or not). Chromium stops the transfer itself.
      if (ENGINE === 'chromium') {
        expect(server.finished, 'the server sent the whole file').to.equal(false);
        expect(server.sent).to.be.below(server.total);
      }
      expect(detail.reason).to.equal('too-large');
      expect(detail.message).to.match(/^\$: the file is over 256 KB/);
      await settled(el);
      expect(heading(el)).to.equal('Our Mission');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('over 256 KB');
    });
  }

  it('bubbles vrop-data-error out of the widget and across shadow roots', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('vrop-mission');
    el.setAttribute('src', '/test-data/not-json.json');
    root.append(el);
    const event = (await oneEvent(host, 'vrop-data-error')) as CustomEvent<DataErrorDetail>;
    expect(event.detail.reason).to.equal('not-json');
  });

  it('follows a change of src', async () => {
    const el = await fixture<VropMission>(html`<vrop-mission src="/test-data/figures-only.json"></vrop-mission>`);
    await settled(el);
    el.src = '/test-data/mission-updated.json';
    await el.updateComplete;
    await settled(el);
    await el.updateComplete;
    expect(heading(el)).to.equal('Our Mission (updated)');
  });
});
