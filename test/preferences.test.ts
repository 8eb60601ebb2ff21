import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { VropMission } from '../src/mission/vrop-mission.js';
import type { VropStats } from '../src/stats/vrop-stats.js';
import { ENGINE, emulateIfCan } from './engine.js';

/**
 * A visitor's own settings, as the browser reports them: Chromium emulates them here; Firefox
 * and WebKit are set to them in a launch of their own (scripts/test-engines.mjs runs this file
 * again with VROP_PREFERENCES), as a visitor's browser would be. Where the browser was not set,
 * the test is skipped by name with the reason.
 */
const prefers = (query: string, why: string) => {
  const set = ENGINE === 'chromium' || matchMedia(query).matches;
  return (title: string, fn: Mocha.AsyncFunc) => (set ? it(title, fn) : it.skip(`${title} [skipped in ${ENGINE}: ${why}]`, fn));
};
const itPrefersDark = prefers('(prefers-color-scheme: dark)', 'the browser is set to prefer dark only in its preferences launch');
const itPrefersLessMotion = prefers(
  '(prefers-reduced-motion: reduce)',
  'the browser is set to prefer reduced motion only in its preferences launch (Firefox; MiniBrowser has no such setting)',
);

describe('a visitor’s own preferences, in every engine', () => {
  before(() => emulateIfCan({ colorScheme: 'dark', reducedMotion: 'reduce' }));
  after(() => emulateIfCan({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  itPrefersDark('theme="auto" shows the dark theme to a visitor who prefers dark, and passes axe there', async () => {
    const el = await fixture<VropMission>(html`<vrop-mission theme="auto" sections="mission history"></vrop-mission>`);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 32, 43)');
    await expect(el).to.be.accessible();
  });

  itPrefersLessMotion('a visitor who prefers reduced motion sees the final figures at once, never a count-up', async () => {
    const el = await fixture<VropStats>(html`<vrop-stats></vrop-stats>`);
    // In view from the start: without the preference the count would begin at once.
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="value"]'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.querySelectorAll('[aria-hidden="true"]').length).to.equal(0);
    const values = [...el.shadowRoot!.querySelectorAll('[part~="value"]')].map((value) => value.textContent!.replace(/\s+/g, ' ').trim());
    expect(values).to.deep.equal(['1971', '7', 'over 6,300', '$2.2 million', '201', 'over 3,500']);
  });
});
