// Page impact: Lighthouse with its mobile settings (a mid-range phone's screen, 4× slower CPU,
// slow 4G: 150 ms round trips, 1.6 Mbit/s) on the demo page with and without the widgets, median
// of BENCH_LIGHTHOUSE_RUNS runs each. The throttling is applied (`devtools`), not simulated: the
// simulation replays a trace recorded over loopback, where the first paint can come after the
// bundle has run, and then charges the bundle's download from the second origin to the first
// paint, which a real connection never delays for a module script.
// `node bench/lighthouse.mjs` runs it alone (after `npm run build`) and prints the medians.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, findChrome, launchChromium } from '../scripts/find-chrome.mjs';
import { ORIGIN, RELEASE_ORIGIN, serve } from './serve.mjs';

export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const WIDGET = /<vrop-([a-z-]+)[^>]*>/g;

/**
 * The demo page as a district has it: its own origin, the bundle from Valley ROP's
 * (RELEASE_ORIGIN); as it comes, with each widget prerendered as the builder hands it out (its
 * style sheet linked, the default, or its CSS inline), and without the widgets.
 */
async function demoPages(browser) {
  const demo = readFileSync('demo/index.html', 'utf8').replace('<head>', '<head>\n    <base href="/demo/" />');
  const script = /<script type="module" src="\.\.\/dist\/vrop-widgets\.js"><\/script>/;
  const scriptTag = `<script type="module" src="${RELEASE_ORIGIN}/dist/vrop-widgets.js"></script>`;
  const withWidgets = demo.replace(script, scriptTag);
  // The builder's pinned code: each widget's files fetched with the script (modulepreload).
  const withHints = withWidgets.replace(scriptTag, `${scriptTag}\n${hints(demo)}`);
  const prerendered = await prerender(browser, withHints);
  const pages = {
    'demo with the widgets': withWidgets,
    'with the builder’s hints': withHints,
    'demo with them prerendered': prerendered.linked,
    'prerendered, CSS inline': prerendered.inline,
    'demo without them': demo.replace(script, '').replace(/<vrop-([a-z-]+)[^>]*>[\s\S]*?<\/vrop-\1>/g, ''),
  };
  return Object.fromEntries(
    Object.entries(pages).map(([name, html], i) => {
      writeFileSync(`bench/pages/.demo-${i}.html`, html);
      return [name, `${ORIGIN}/bench/pages/.demo-${i}.html`];
    }),
  );
}

/** The builder's `<link rel="modulepreload">` lines for the files of every widget in `html`, with their hashes. */
export function hints(html) {
  const { files, widgets } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const tags = new Set([...html.matchAll(WIDGET)].map(([, name]) => `vrop-${name}`));
  const needed = new Set([...tags].flatMap((tag) => widgets[tag]));
  return [...needed]
    .map((file) => `    <link rel="modulepreload" href="${RELEASE_ORIGIN}/dist/${file}" integrity="${files[file].integrity}" crossorigin="anonymous">`)
    .join('\n');
}

/**
 * `html` with each widget's declarative shadow root, made by src/shared/prerender.ts in Chromium
 * from one rendering: its style sheet linked (`linked`) and its CSS inline (`inline`).
 */
async function prerender(browser, html) {
  writeFileSync('bench/pages/.demo-prerender.html', html);
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/bench/pages/.demo-prerender.html`, { waitUntil: 'networkidle0' });
  const templates = await page.evaluate(async (release) => {
    const { adoptedCss, shadowRootTemplate } = await import(`${release}/lib/shared/prerender.js`);
    const widgets = [...globalThis.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('vrop-'));
    for (const el of widgets) el.toggleAttribute('no-animation', true);
    await Promise.all(widgets.map((el) => el.updateComplete));
    return widgets.map((el) => ({
      linked: shadowRootTemplate(el, { href: `${release}/dist/${el.localName}.css` }),
      inline: shadowRootTemplate(el, { css: adoptedCss(el) }),
    }));
  }, RELEASE_ORIGIN);
  await page.close();
  const withTemplates = (variant) => {
    let i = 0;
    return html.replace(WIDGET, (tag) => `${tag}${templates[i++][variant]}`);
  };
  return { linked: withTemplates('linked'), inline: withTemplates('inline') };
}

/** One Lighthouse run of `url` in a fresh Chromium. */
async function audit(chrome, url) {
  const launched = await chromeLauncher.launch({
    chromePath: chrome,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
  });
  try {
    const flags = {
      port: launched.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
      throttlingMethod: 'devtools',
    };
    const { lhr } = await lighthouse(url, flags);
    const value = (id) => lhr.audits[id].numericValue;
    return {
      score: lhr.categories.performance.score * 100,
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      lcp: value('largest-contentful-paint'),
      bytes: value('total-byte-weight'),
    };
  } finally {
    await launched.kill();
  }
}

/** Each page's medians, and its worst layout shift (CLS must be nil in every run, not in the median). */
export async function lighthouseRuns(chrome) {
  const browser = await launchChromium();
  const pages = await demoPages(browser).finally(() => browser.close());
  const runs = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  // Page after page within each round, so a machine that slows down during the run slows all alike.
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    for (const [name, url] of Object.entries(pages)) runs[name].push(await audit(chrome, url));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        ...Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((run) => run[key]))])),
        clsMax: Math.max(...list.map((run) => run.cls)),
        lcpRuns: list.map((run) => Math.round(run.lcp)),
      },
    ]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve();
  try {
    console.table(await lighthouseRuns(findChrome()));
  } finally {
    server.close();
  }
}
