import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { define } from '../src/define.js';
import '../src/index.js';
import { VropMission } from '../src/mission/vrop-mission.js';
import { VERSION } from '../src/shared/version.js';
import { captureWarnings } from './helpers.js';

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load: run "npm run build" first`));
    document.head.append(script);
  });
}

describe('registration', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('registers <vrop-mission> with this release’s version', () => {
    expect(customElements.get('vrop-mission')).to.equal(VropMission);
    expect(VropMission.version).to.equal(VERSION);
  });

  it('a second registration of the same release is silently skipped', () => {
    class SameRelease extends VropMission {}
    expect(() => define('vrop-mission', SameRelease)).not.to.throw();
    expect(customElements.get('vrop-mission')).to.equal(VropMission);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a different release gives one warning naming both versions, for all its elements', () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    define('vrop-mission', Older);
    define('vrop-mission', class extends Older {});
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`vrop-widgets ${VERSION}`).and.contain('vrop-widgets 0.0.1');
  });

  it('a tag the host page already defined is named in one warning, and the other widgets still render', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/taken-tag.html" title="taken tag" width="800"></iframe>`);
    const ready = () =>
      ['vrop-mission', 'vrop-district-list', 'vrop-contact'].every((tag) => frame.contentDocument?.querySelector(tag)?.shadowRoot?.textContent);
    await waitUntil(ready, 'the other widgets did not render', { timeout: 4000 });
    const { recorded } = frame.contentWindow as Window & { recorded: { errors: string[]; warnings: string[] } };
    const stats = frame.contentDocument!.querySelector('vrop-stats')!;
    expect(stats.textContent).to.equal('The page’s own figures');
    expect(stats.shadowRoot).to.equal(null);
    expect(recorded.errors).to.deep.equal([]);
    expect(recorded.warnings).to.deep.equal([
      '[vrop-widgets] <vrop-stats> is already defined on this page by another script; the other vrop-widgets elements still work.',
    ]);
  });

  it('the built ES module and classic script load on the same page without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    await import(/* @vite-ignore */ `${location.origin}/dist/vrop-widgets.js`);
    await loadClassicScript('/dist/vrop-widgets.iife.js');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
    const el = await fixture(html`<vrop-mission></vrop-mission>`);
    expect(el.shadowRoot!.querySelectorAll('section').length).to.equal(1);
    // The classic script's exports, for pages that script the widgets without modules.
    const global = (window as unknown as { VropWidgets?: { VERSION: string; VropMission: unknown } }).VropWidgets;
    expect(global?.VERSION).to.equal(VERSION);
    expect(global?.VropMission).to.be.a('function');
  });
});
