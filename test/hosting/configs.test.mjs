// The configurations for servers this machine cannot run: IIS's web.config files (well-formed
// XML, parsed by Chromium, with the headers, types and caching each folder needs) and the
// `_headers` file of Netlify and Cloudflare Pages (matched as they match it: every rule whose
// path fits applies, and a header named twice would be joined into one broken value).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/find-chrome.mjs';

const { latest: PINNED, channel: CHANNEL } = JSON.parse(readFileSync('release/release.json', 'utf8'));
const read = (path) => readFileSync(`release/${path}`, 'utf8');
const PINNED_CACHE = 'public, max-age=31536000, immutable';
const MOVING_CACHE = 'public, max-age=300, must-revalidate';

describe('IIS: web.config', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  after(() => browser?.close());

  /** What IIS would read from a web.config: its headers, types, caching and per-file sections. */
  const parse = (xml) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const headers = (scope) =>
        Object.fromEntries([...scope.querySelectorAll(':scope > system\\.webServer customHeaders > add')].map((add) => [add.getAttribute('name'), add.getAttribute('value')]));
      const cache = doc.querySelector(':root > system\\.webServer clientCache');
      return {
        headers: headers(doc.documentElement),
        removed: [...doc.querySelectorAll(':root > system\\.webServer customHeaders > remove')].map((remove) => remove.getAttribute('name')),
        types: Object.fromEntries([...doc.querySelectorAll('mimeMap')].map((map) => [map.getAttribute('fileExtension'), map.getAttribute('mimeType')])),
        cache: cache && `${cache.getAttribute('cacheControlMaxAge')} ${cache.getAttribute('cacheControlCustom')}`,
        locations: Object.fromEntries([...doc.querySelectorAll(':root > location')].map((location) => [location.getAttribute('path'), headers(location)])),
      };
    }, xml);

  it('the top web.config sends CORS headers and the right types, drops X-Frame-Options, and caches briefly', async () => {
    const top = await parse(read('web.config'));
    assert.equal(top.error, undefined);
    assert.deepEqual(top.headers, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'X-Content-Type-Options': 'nosniff' });
    assert.ok(top.removed.includes('X-Frame-Options'));
    assert.equal(top.types['.js'], 'text/javascript; charset=utf-8');
    assert.equal(top.types['.json'], 'application/json; charset=utf-8');
    assert.equal(top.types['.html'], 'text/html; charset=utf-8');
    assert.equal(top.cache, '00:05:00 public, must-revalidate');
  });

  it('the pinned folder is cached for a year, the channel for five minutes, and each lets any site frame embed.html', async () => {
    const pinned = await parse(read(`${PINNED}/web.config`));
    const channel = await parse(read(`${CHANNEL}/web.config`));
    assert.equal(pinned.cache, '365.00:00:00 public, immutable');
    assert.equal(channel.cache, '00:05:00 public, must-revalidate');
    for (const folder of [pinned, channel]) assert.deepEqual(folder.locations, { 'embed.html': { 'Content-Security-Policy': 'frame-ancestors *' } });
  });
});

describe('Netlify and Cloudflare Pages: _headers', () => {
  const rules = read('_headers')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .reduce((list, line) => {
      if (!line.startsWith(' ')) list.push({ path: line, headers: [] });
      else list.at(-1).headers.push(line.trim().split(/: (.*)/).slice(0, 2));
      return list;
    }, []);
  /** Every header the hosts would send for `path`, each with all the values rules gave it. */
  const headersFor = (path) => {
    const matches = (pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(path);
    const sent = {};
    for (const rule of rules.filter(({ path: pattern }) => matches(pattern))) {
      for (const [name, value] of rule.headers) (sent[name] ??= []).push(value);
    }
    return sent;
  };

  for (const [path, cache] of [
    [`/${PINNED}/vrop-widgets.js`, PINNED_CACHE],
    [`/${PINNED}/embed.html`, PINNED_CACHE],
    [`/${CHANNEL}/vrop-widgets.iife.js`, MOVING_CACHE],
    [`/${CHANNEL}/embed.html`, MOVING_CACHE],
    ['/data/vrop-data.json', MOVING_CACHE],
  ]) {
    it(`${path}: CORS, and one Cache-Control: ${cache}`, () => {
      const sent = headersFor(path);
      assert.deepEqual(sent['Access-Control-Allow-Origin'], ['*']);
      assert.deepEqual(sent['Cross-Origin-Resource-Policy'], ['cross-origin']);
      assert.deepEqual(sent['Cache-Control'], [cache]);
      assert.deepEqual(sent['Content-Security-Policy'], path.endsWith('/embed.html') ? ['frame-ancestors *'] : undefined);
    });
  }
});
