// The demo district page in Chromium, Firefox and WebKit at the same window size: every widget
// must lay out to about the height Chromium gives it, so a layout that collapses or spills in one
// engine fails here even when every unit test passes. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { findChrome, launchChromium } from '../../scripts/find-chrome.mjs';
import { freePort, minibrowser, startWebKitDriver } from '../../scripts/webkit-driver.mjs';
import { existsSync } from 'node:fs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const WIDTH = 1280;
// Engines draw the same system fonts with slightly different line boxes.
const TOLERANCE = { ratio: 0.12, px: 24 };

/** What a visitor sees of each widget on the demo page: its tag, attributes and size. */
function measure() {
  return [...document.querySelectorAll('vrop-mission, vrop-district-list, vrop-stats, vrop-contact')].map((el) => {
    const { width, height } = el.getBoundingClientRect();
    return { widget: `${el.localName} ${[...el.attributes].map((a) => a.name).join(' ')}`, width: Math.round(width), height: Math.round(height), rendered: (el.shadowRoot?.textContent ?? '').trim().length > 20 };
  });
}
const ready = () => [...document.querySelectorAll('vrop-mission, vrop-district-list, vrop-stats, vrop-contact')].every((el) => el.shadowRoot?.textContent.trim());

const ENGINES = {
  async chromium(url) {
    const browser = await launchChromium();
    return readWithPuppeteer(browser, url);
  },
  async firefox(url) {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
    return readWithPuppeteer(browser, url);
  },
  async webkit(url) {
    const driver = await startWebKitDriver();
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: minibrowser() });
    try {
      await browser.setWindowSize(WIDTH, 900);
      await browser.url(url);
      await browser.waitUntil(() => browser.execute(ready), { timeout: 10000 });
      return { viewport: await browser.execute(() => document.documentElement.clientWidth), widgets: await browser.execute(measure) };
    } finally {
      await browser.deleteSession();
      driver.stop();
    }
  },
};

async function readWithPuppeteer(browser, url) {
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: WIDTH, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(ready, { timeout: 10000 });
    return { viewport: await page.evaluate(() => document.documentElement.clientWidth), widgets: await page.evaluate(measure) };
  } finally {
    await browser.close();
  }
}

const installed = {
  chromium: () => Boolean(findChrome()),
  firefox: () => existsSync('/usr/bin/firefox-esr'),
  webkit: () => existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/xvfb-run'),
};
const wanted = (process.env.VROP_ENGINES ?? 'chromium,firefox,webkit').split(',').filter((engine) => engine !== 'chromium');

describe(`the demo page at ${WIDTH} px in every engine, against Chromium`, () => {
  let server;
  let url;
  let reference;
  before(async () => {
    const root = process.cwd();
    server = createServer(async (request, response) => {
      const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
      try {
        const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
        response.setHeader('Content-Type', TYPES[extname(path) || '.html'] ?? 'application/octet-stream');
        response.end(body);
      } catch {
        response.statusCode = 404;
        response.end();
      }
    });
    const port = await freePort();
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${port}/demo/`;
    reference = await ENGINES.chromium(url);
  });
  after(() => server?.close());

  it('Chromium renders every widget on the demo page', () => {
    assert.ok(reference.widgets.length >= 6, JSON.stringify(reference.widgets));
    assert.ok(reference.widgets.every((widget) => widget.rendered && widget.height > 40));
  });

  for (const engine of ['firefox', 'webkit']) {
    const skip = (!wanted.includes(engine) && 'not in VROP_ENGINES') || (!installed[engine]() && !process.env.CI && `${engine} is not installed`);
    it(`${engine}: every widget within ${TOLERANCE.ratio * 100} % (or ${TOLERANCE.px} px) of Chromium’s height`, { skip }, async () => {
      const seen = await ENGINES[engine](url);
      const report = seen.widgets.map((widget, i) => `${widget.widget}: ${widget.height} px (Chromium ${reference.widgets[i]?.height} px)`).join('\n');
      console.log(`${engine}, viewport ${seen.viewport} px (Chromium ${reference.viewport} px):\n${report}`);
      assert.equal(seen.widgets.length, reference.widgets.length);
      seen.widgets.forEach((widget, i) => {
        const expected = reference.widgets[i].height;
        assert.ok(widget.rendered, `${engine}: ${widget.widget} rendered nothing`);
        assert.ok(Math.abs(widget.height - expected) <= Math.max(TOLERANCE.px, expected * TOLERANCE.ratio), `${engine}: ${widget.widget} is ${widget.height} px tall, Chromium ${expected} px`);
      });
    });
  }
});
