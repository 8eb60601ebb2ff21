// The React 19 example (examples/react/, built by `npm run example:react`) in Chromium: React
// renders the widgets from their subpath imports, sets their properties, and delivers their
// custom events to `on<event-name>` props.
/* global document -- the page functions run in the browser */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/find-chrome.mjs';

const assets = new URL('../../node_modules/.cache/examples/react/assets/', import.meta.url);
const script = readFileSync(new URL(readdirSync(assets).find((name) => name.endsWith('.js')), assets), 'utf8');

describe('examples/react: a React 19 app using the package', () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: script, type: 'module' });
    await page.waitForFunction(() =>
      ['vrop-stats', 'vrop-district-list', 'vrop-contact'].every((tag) => document.querySelector(tag)?.shadowRoot?.firstElementChild),
    );
  });
  after(() => browser?.close());

  it('carries only the built-in content of the widgets it imports (not <vrop-mission>\'s texts)', () => {
    assert.match(script, /Cutler-Orosi/);
    assert.match(script, /Valley ROP at a glance/);
    assert.doesNotMatch(script, /Our Mission|Nuestra misión|The History of ROP/);
  });

  it('renders the widgets with the attributes and properties React set', async () => {
    const state = await page.evaluate(() => {
      const stats = document.querySelector('vrop-stats');
      return {
        layout: stats.layout,
        figures: stats.shadowRoot.querySelectorAll('[part~="figure"]').length,
        current: document.querySelector('vrop-district-list').shadowRoot.querySelector('[aria-current]')?.textContent,
        form: Boolean(document.querySelector('vrop-contact').shadowRoot.querySelector('form')),
      };
    });
    assert.equal(state.layout, 'grid');
    assert.equal(state.figures, 2);
    assert.match(state.current ?? '', /Sanger/);
    assert.equal(state.form, true);
  });

  it('hands vrop-contact-sent to the onvrop-contact-sent prop, with its detail', async () => {
    await page.evaluate(() => {
      const detail = { name: 'Ana', email: 'ana@example.org', phone: '', district: 'sanger', message: 'Hello' };
      document.querySelector('vrop-contact').dispatchEvent(new CustomEvent('vrop-contact-sent', { detail, bubbles: true, composed: true }));
    });
    await page.waitForSelector('[role="status"]');
    const text = await page.$eval('[role="status"]', (node) => node.textContent);
    assert.equal(text, 'Thank you, Ana: we will answer at ana@example.org.');
  });
});
