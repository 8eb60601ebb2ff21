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
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { ORIGIN, RELEASE_ORIGIN, serve } from './serve.mjs';

export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The demo page as a district has it: its own origin, the bundle from Valley ROP's (RELEASE_ORIGIN). */
function demoPages() {
  const demo = readFileSync('demo/index.html', 'utf8').replace('<head>', '<head>\n    <base href="/demo/" />');
  const script = /<script type="module" src="\.\.\/dist\/vrop-widgets\.js"><\/script>/;
  const pages = {
    'demo with the widgets': demo.replace(script, `<script type="module" src="${RELEASE_ORIGIN}/dist/vrop-widgets.js"></script>`),
    'demo without them': demo.replace(script, '').replace(/<vrop-([a-z-]+)[^>]*>[\s\S]*?<\/vrop-\1>/g, ''),
  };
  return Object.fromEntries(
    Object.entries(pages).map(([name, html], i) => {
      writeFileSync(`bench/pages/.demo-${i}.html`, html);
      return [name, `${ORIGIN}/bench/pages/.demo-${i}.html`];
    }),
  );
}

async function lighthouseRuns(chrome) {
  const pages = demoPages();
  const results = {};
  for (const [name, url] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const launched = await chromeLauncher.launch({ chromePath: chrome, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
      try {
        const { lhr } = await lighthouse(url, { port: launched.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error', throttlingMethod: 'devtools' });
        const audit = (id) => lhr.audits[id].numericValue;
        runs.push({
          score: lhr.categories.performance.score * 100,
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          lcp: audit('largest-contentful-paint'),
          bytes: audit('total-byte-weight'),
        });
      } finally {
        await launched.kill();
      }
    }
    results[name] = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
  }
  return results;
}


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve();
  try {
    console.table(await lighthouseRuns(findChrome()));
  } finally {
    server.close();
  }
}
