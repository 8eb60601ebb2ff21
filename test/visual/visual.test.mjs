// Reference screenshots: every story of the built Storybook (light English and dark Spanish) and
// the demo district page at 1280 and 375 px, each compared with a committed PNG in
// test/visual/references/. A layout change shows up here as a failing comparison, with the new
// screenshot and a diff image in test/visual/__diff__/ (gitignored).
//
// Run: `npm run test:visual` (needs `npm run build` and `npm run build-storybook` first; `npm test`
// does both). Update the references on purpose: `npm run test:visual -- --update`, look at every
// changed PNG in the commit, and say why in its message.
//
// The references are taken with this machine kind's Chromium and fonts (Debian 12, Debian's
// chromium, DejaVu fonts): text renders differently elsewhere, so on another kind the suite says
// so and reports differences without failing, except in CI (CI set), where they always fail.
// One pattern picks a few: `npm run test:visual -- --test-name-pattern=demo`.
/* global document, requestAnimationFrame, CSSStyleSheet -- the page functions run in the browser */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { puppeteerCore } from '@web/test-runner-chrome';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { encodeIndexed } from './png-indexed.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REFERENCES = join(ROOT, 'test/visual/references');
const DIFFS = join(ROOT, 'test/visual/__diff__');
const UPDATE = process.env.VROP_VISUAL_UPDATE === '1';

/** Per pixel: pixelmatch's colour distance (0-1); per image: the share of pixels that may differ. */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.001;

/** Story pages are this wide; each screenshot is cut to the story's own box. */
const STORY_WIDTH = 960;
const CONTEXTS = [
  { name: 'light-en', globals: 'theme:light;lang:en' },
  { name: 'dark-es', globals: 'theme:dark;lang:es' },
];
const DEMO_WIDTHS = [1280, 375];

// Keeps what moves or blinks still, in the page and in every shadow root.
const STILL = `*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important;scroll-behavior:auto!important}`;

/** What the references depend on besides the code: the system, the browser and its fonts. */
function machineKind(browserVersion) {
  const os = existsSync('/etc/os-release')
    ? (readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? process.platform)
    : process.platform;
  let fonts = 'unknown';
  try {
    fonts = ['serif', 'sans-serif', 'monospace', 'Georgia', 'Verdana', 'Trebuchet MS']
      .map((family) => execFileSync('fc-match', [family], { encoding: 'utf8' }).trim())
      .join(' | ');
  } catch {
    // No fontconfig (macOS, Windows): the fonts surely differ.
  }
  return { os, arch: process.arch, browser: browserVersion.replace(/^(\D*\d+).*/, '$1'), fonts };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** A static server for the repository: storybook-static/, demo/ and dist/. */
function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(ROOT, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Brings the page to rest: fonts loaded, animations off, every widget rendered, the count-up
 * run to its end (the page is as tall as its content, so every widget is in view), and two
 * screenshots in a row the same.
 */
async function settle(page, shoot) {
  await page.evaluate(async (still) => {
    await document.fonts.ready;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(still);
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('vrop-'));
    for (const root of [document, ...widgets.map((el) => el.shadowRoot).filter(Boolean)]) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    await Promise.all(widgets.map((el) => el.updateComplete));
  }, STILL);
  // The count-up's counting digits are gone once it has ended.
  await page.waitForFunction(
    () => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('vrop-') || !el.shadowRoot?.querySelector('.c')),
    { timeout: 10000 },
  );
  await still(page, shoot);
  // A story that moves focus (the invalid form) has done so by now: no focus ring in a reference.
  await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    active?.blur?.();
  });
  return still(page, shoot);
}

/** Screenshots until two in a row are the same. */
async function still(page, shoot) {
  let previous = await shoot();
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await pause(150);
    const next = await shoot();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error('the page never came to rest (two screenshots in a row always differed)');
}

/** Grows the viewport to the page's height, so every widget is in view at once. */
async function fitHeight(page, width, selector) {
  const height = await page.evaluate(
    (selector) => Math.ceil((selector ? document.querySelector(selector) : document.documentElement).getBoundingClientRect().bottom),
    selector,
  );
  await page.setViewport({ width, height: Math.max(200, height), deviceScaleFactor: 1 });
}

/** Compares the screenshot with its reference; writes the new one and a diff image when they differ. */
function compare(name, actual) {
  const file = join(REFERENCES, `${name}.png`);
  if (UPDATE || !existsSync(file)) {
    // Indexed colours: the references are committed.
    writeFileSync(file, encodeIndexed(PNG.sync.read(actual)));
    return { updated: true };
  }
  const want = PNG.sync.read(readFileSync(file));
  const got = PNG.sync.read(actual);
  const width = Math.max(want.width, got.width);
  const height = Math.max(want.height, got.height);
  const pad = (png) => {
    if (png.width === width && png.height === height) return png;
    const out = new PNG({ width, height, fill: true });
    out.data.fill(0);
    PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
    return out;
  };
  const diff = new PNG({ width, height });
  const differing = pixelmatch(pad(want).data, pad(got).data, diff.data, width, height, { threshold: THRESHOLD });
  const sameSize = want.width === got.width && want.height === got.height;
  const ratio = differing / (width * height);
  if (sameSize && ratio <= MAX_DIFF_RATIO) return { ratio };
  mkdirSync(DIFFS, { recursive: true });
  writeFileSync(join(DIFFS, `${name}.actual.png`), actual);
  writeFileSync(join(DIFFS, `${name}.diff.png`), PNG.sync.write(diff));
  const size = sameSize ? '' : ` and its size changed from ${want.width}×${want.height} to ${got.width}×${got.height}`;
  return {
    failure:
      `${name}: ${differing} pixels (${(ratio * 100).toFixed(2)} %) differ from the reference${size} (at most ${MAX_DIFF_RATIO * 100} % allowed). ` +
      `See test/visual/__diff__/${name}.actual.png and ${name}.diff.png; if the change is meant, run \`npm run test:visual -- --update\` and commit the new reference.`,
  };
}

// A few pages at once in one browser: most of each page's time is waiting.
describe('reference screenshots', { concurrency: 3 }, () => {
  const stories = Object.values(JSON.parse(readFileSync(join(ROOT, 'storybook-static/index.json'), 'utf8')).entries)
    .filter((entry) => entry.type === 'story');
  let server;
  let browser;
  let base;
  let sameMachine = true;
  let notice = '';

  before(async () => {
    rmSync(DIFFS, { recursive: true, force: true });
    mkdirSync(REFERENCES, { recursive: true });
    server = await serve();
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteerCore.launch({
      executablePath: findChrome(),
      headless: true,
      args: [...CHROME_ARGS, '--hide-scrollbars', '--font-render-hinting=none', '--force-color-profile=srgb', '--disable-lcd-text',
        // Pages side by side: none of them is a background tab with slowed frames and timers.
        '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
    });
    const kind = machineKind(await browser.version());
    const kindFile = join(REFERENCES, 'machine.json');
    if (UPDATE || !existsSync(kindFile)) {
      writeFileSync(kindFile, `${JSON.stringify(kind, null, 2)}\n`);
    } else {
      const theirs = JSON.parse(readFileSync(kindFile, 'utf8'));
      const differs = Object.keys(kind).filter((key) => kind[key] !== theirs[key]);
      if (differs.length) {
        sameMachine = false;
        notice =
          `NOTICE: the reference screenshots were taken on another machine kind (${differs.map((k) => `${k}: ${theirs[k]}`).join('; ')}); ` +
          `this one has ${differs.map((k) => `${k}: ${kind[k]}`).join('; ')}. Text renders differently, so differences are reported, not failed. ` +
          'Compare on the reference machine kind (CI), or update locally with --update for your own use without committing the PNGs.';
        console.warn(`\n${notice}\n`);
      }
    }
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens a page of the given width and returns a screenshot of it at rest. */
  async function screenshot(url, width, selector) {
    // Each page in its own context, so each is a visible window: in one context every tab but
    // the last is hidden, and a hidden page never sees its count-up start.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      await page.goto(url, { waitUntil: 'load' });
      // Storybook renders after load: wait for its sign, then for every widget's first render.
      if (selector) await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), { timeout: 10000 });
      await page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('vrop-'));
          // aria-busy: still waiting for a data file.
          return widgets.length && widgets.every((el) => el.shadowRoot?.childElementCount && !el.hasAttribute('aria-busy'));
        },
        { timeout: 10000 },
      );
      await fitHeight(page, width, selector);
      await fitHeight(page, width, selector);
      const shoot = async () => {
        const clip = selector ? await (await page.$(selector)).boundingBox() : undefined;
        return Buffer.from(await page.screenshot(clip ? { clip: { x: 0, y: 0, width, height: Math.ceil(clip.y + clip.height) } } : {}));
      };
      return await settle(page, shoot);
    } finally {
      await context.close();
    }
  }

  const check = async (t, name, url, width, selector) => {
    const result = compare(name, await screenshot(url, width, selector));
    if (result.updated) t.diagnostic(`wrote test/visual/references/${name}.png`);
    // In CI (this machine kind) a changed browser or font is no excuse: it fails, with the notice.
    if (result.failure && !sameMachine && !process.env.CI) t.skip(`${result.failure} (${notice})`);
    else assert.ok(!result.failure, result.failure);
  };

  it('has stories to compare', () => assert.ok(stories.length > 20, `${stories.length} stories in storybook-static/index.json`));

  for (const width of DEMO_WIDTHS) {
    it(`the demo district page at ${width} px`, async (t) => {
      await check(t, `demo-${width}`, `${base}/demo/`, width);
    });
  }

  for (const story of stories) {
    for (const context of CONTEXTS) {
      it(`${story.title} / ${story.name} (${context.name})`, async (t) => {
        const url = `${base}/storybook-static/iframe.html?id=${story.id}&viewMode=story&globals=${context.globals}`;
        await check(t, `${story.id.replace(/^widgets-/, '')}.${context.name}`, url, STORY_WIDTH, '#storybook-root');
      });
    }
  }
});
