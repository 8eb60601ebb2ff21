// `npm run bench`: sizes, rendering (tachometer), page impact (Lighthouse) and memory, side by
// side in one run, written to BENCHMARKS.md and bench/results.json. Needs the build (npm run
// bench builds first), Chromium and chromedriver (Debian: chromium, chromium-driver).
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { delimiter, dirname } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from '../scripts/find-chrome.mjs';
import { kib } from '../scripts/sizes.mjs';
import { profileRendering } from './profile.mjs';
import { measureSizes } from './sizes.mjs';
import { WIDGETS } from './pages/measure.js';
import { ORIGIN, serve } from './serve.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

/** The chromedriver executable: CHROMEDRIVER_FILEPATH, else Debian's (installed when root). */
function ensureDriver() {
  const driver = process.env.CHROMEDRIVER_FILEPATH ?? '/usr/bin/chromedriver';
  if (existsSync(driver)) return driver;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium-driver for tachometer…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-driver', { stdio: 'inherit' });
    return driver;
  }
  throw new Error('tachometer needs chromedriver: install it (Debian: apt-get install chromium-driver).');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Captures the DOM and CSS each widget renders, for the vanilla baseline to stamp. */
async function snapshotWidgets(browser) {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/bench/pages/widgets.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => globalThis.document.title === 'done');
  const snapshot = await page.evaluate((names) => {
    const out = {};
    for (const name of names) {
      const el = globalThis.document.querySelector(`vrop-${name}`);
      const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      out[name] = { html: el.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, ''), css };
    }
    return out;
  }, Object.keys(WIDGETS));
  writeFileSync('bench/vanilla/snapshot.json', `${JSON.stringify(snapshot)}\n`);
  await page.close();
}

async function tachometer(chrome, driver) {
  const browser = { name: 'chrome', headless: true, binary: chrome, addArguments: CHROME_ARGS };
  const bench = (name, path) => ({ name, url: `${ORIGIN}/bench/pages/${path}`, measurement: 'global', browser });
  const config = {
    sampleSize: SAMPLES,
    timeout: 0,
    benchmarks: [
      bench('vrop-widgets (4 widgets)', 'widgets.html'),
      bench('vanilla baseline (same DOM)', 'vanilla.html'),
      bench('4 iframes (embed.html)', 'iframes.html'),
      bench('vrop-widgets, 200 of each widget', 'widgets.html?n=200'),
    ],
  };
  writeFileSync('bench/.tachometer.json', JSON.stringify(config, null, 2));
  rmSync('bench/.tachometer-results.json', { force: true });
  // Asynchronously: the pages come from this process's own server, which must keep answering.
  // SE_OFFLINE: Selenium uses the chromedriver on PATH (Debian's) instead of downloading one.
  // The driver's folder comes first on PATH: under `npm run`, node_modules/.bin/chromedriver (the
  // npm package, whose download package.json's allowScripts skips; tachometer needs it installed)
  // would shadow it, and tach then exits 0 having measured nothing.
  const tach = spawn('node_modules/.bin/tach', ['--config', 'bench/.tachometer.json', '--json-file', 'bench/.tachometer-results.json'], {
    stdio: 'inherit',
    env: { ...process.env, SE_OFFLINE: 'true', PATH: `${dirname(driver)}${delimiter}${process.env.PATH}` },
  });
  const code = await new Promise((resolve) => tach.on('exit', resolve));
  if (code !== 0 || !existsSync('bench/.tachometer-results.json')) throw new Error(`tachometer measured nothing (exit ${code})`);
  const { benchmarks } = JSON.parse(readFileSync('bench/.tachometer-results.json', 'utf8'));
  return benchmarks.map((b) => ({ name: b.name, mean: b.mean, differences: b.differences }));
}

async function lighthouseRuns(chrome) {
  const demo = readFileSync('demo/index.html', 'utf8');
  const without = demo
    .replace(/<script type="module" src="\.\.\/dist\/vrop-widgets\.js"><\/script>/, '')
    .replace(/<vrop-([a-z-]+)[^>]*>[\s\S]*?<\/vrop-\1>/g, '')
    .replace('<head>', '<head>\n    <base href="/demo/" />');
  writeFileSync('bench/pages/.demo-without-widgets.html', without);
  const pages = { 'demo with the widgets': `${ORIGIN}/demo/index.html`, 'demo without them': `${ORIGIN}/bench/pages/.demo-without-widgets.html` };
  const results = {};
  for (const [name, url] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const launched = await chromeLauncher.launch({ chromePath: chrome, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
      try {
        const { lhr } = await lighthouse(url, { port: launched.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
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

/** JS heap per instance: 200 of one widget against none, after garbage collection. */
async function memory(browser) {
  const heap = async (query) => {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(`${ORIGIN}/bench/pages/widgets.html?${query}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => globalThis.document.title === 'done');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await page.close();
    return usedSize;
  };
  const empty = await heap('n=0');
  const perWidget = {};
  for (const name of Object.keys(WIDGETS)) perWidget[`<vrop-${name}>`] = ((await heap(`n=200&widget=${name}`)) - empty) / 200;
  return { empty, perWidget };
}

const chrome = findChrome();
if (!chrome) throw new Error(HOW_TO_INSTALL);
const driver = ensureDriver();
const server = await serve();
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
try {
  const machine = {
    date: new Date().toISOString(),
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    browser: await browser.version(),
  };
  console.log('Sizes…');
  const sizes = await measureSizes();
  console.log('Snapshot for the vanilla baseline…');
  await snapshotWidgets(browser);
  console.log('Memory…');
  const heap = await memory(browser);
  console.log('Rendering (tachometer)…');
  const rendering = await tachometer(chrome, driver);
  console.log('Profile of the four widgets…');
  const { groups, functions } = await profileRendering(browser, 'widgets.html', 10);
  const profile = { groups, functions: functions.slice(0, 12) };
  console.log('Page impact (Lighthouse)…');
  const pageImpact = await lighthouseRuns(chrome);
  const results = { machine, sizes, rendering, profile, pageImpact, memory: heap };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('BENCHMARKS.md', report(results));
  console.log('Wrote BENCHMARKS.md and bench/results.json');
} finally {
  await browser.close();
  server.close();
}

function report({ machine, sizes, rendering, profile, pageImpact, memory: heap }) {
  const ms = (m) => `${m.low.toFixed(2)}–${m.high.toFixed(2)} ms`;
  const main = sizes.files.find((f) => f.file === 'dist/vrop-widgets.js');
  const [widgets, vanilla, iframes, many] = rendering;
  const ratio = (a, b) => `${((a.mean.low + a.mean.high) / (b.mean.low + b.mean.high)).toFixed(2)}×`;
  const lh = (key, fmt) => Object.values(pageImpact).map((r) => fmt(r[key])).join(' | ');
  return `# Benchmarks

Written by \`npm run bench\` on ${machine.date}. Machine: ${machine.cpu}, ${machine.memory}; Node ${machine.node};
${machine.browser}. Figures from one machine: compare them with each other, not across machines.

Reproduce: \`npm ci && npm run bench\` (it builds first; needs Chromium and chromedriver, on Debian
\`apt-get install chromium chromium-driver\`, which it installs itself when run as root).
\`BENCH_SAMPLES\` (default 30) and \`BENCH_LIGHTHOUSE_RUNS\` (default 5) set the repetitions.

## Size

| file | minified | gzip | brotli |
| --- | ---: | ---: | ---: |
${sizes.files.map((f) => `| \`${f.file}\` | ${kib(f.min)} | ${kib(f.gzip)} | ${kib(f.brotli)} |`).join('\n')}

Lit's own floor (a bundle with one empty Lit element): ${kib(sizes.litFloor.brotli)} brotli. The whole library is
${kib(main.brotli - sizes.litFloor.brotli)} above it. Target: ${kib(12 * 1024)} brotli for \`dist/vrop-widgets.js\`
(${main.brotli <= 12 * 1024 ? 'met' : `missed by ${kib(main.brotli - 12 * 1024)}`}).

What \`dist/vrop-widgets.js\` is made of (its source map; each part compressed alone, so the
parts' brotli sizes add up to more than the file's):

| part | minified | share | brotli alone |
| --- | ---: | ---: | ---: |
${sizes.parts.map((p) => `| ${p.part.replace(/</g, '&lt;')} | ${kib(p.min)} | ${((100 * p.min) / main.min).toFixed(0)} % | ${kib(p.brotli)} |`).join('\n')}

Marginal cost of each widget (the bundle with and without it):

| widget | brotli | gzip |
| --- | ---: | ---: |
${sizes.marginal.map((m) => `| \`${m.widget}\` | ${m.brotli} B | ${m.gzip} B |`).join('\n')}

The npm package in a consumer's build: an app that imports one widget's subpath (or the whole
package), resolved through package.json's \`exports\` to \`lib/\` with \`lit\` from node_modules,
bundled by rollup and minified by terser (\`bench/sizes.mjs\`). Each subpath carries only the
built-in content its widget renders; Lit and the shared element code are in every one.

| import | minified | gzip | brotli | of the whole package |
| --- | ---: | ---: | ---: | ---: |
${sizes.subpaths.map((s) => `| \`${s.import}\` | ${kib(s.min)} | ${kib(s.gzip)} | ${kib(s.brotli)} | ${((100 * s.brotli) / sizes.subpaths.at(-1).brotli).toFixed(0)} % |`).join('\n')}

## Rendering (tachometer, ${SAMPLES} samples, 95 % confidence intervals of the mean)

Time from the page's first script to every widget rendered (\`bench/pages/\`).

| page | mean |
| --- | ---: |
${rendering.map((r) => `| ${r.name} | ${ms(r.mean)} |`).join('\n')}

- The four widgets against the vanilla baseline: ${ratio(widgets, vanilla)} (target: within 1.25×).
- The four widgets against four iframes: ${ratio(widgets, iframes)}.
- 200 of each widget (800 elements): ${ms(many.mean)}, ${((many.mean.low + many.mean.high) / 2 / 800).toFixed(3)} ms per element.

### Where the time goes

CPU time per load of the four-widget page, from V8's sampling profiler over 10 loads
(\`npm run bench:profile\` prints it and writes a profile DevTools opens). Each sample counts
for the nearest script frame, mapped through the bundle's source map; DOM work a script asks for
(parsing a template, adopting a style sheet) counts for that script. The profiler slows the page
down, so compare the parts with each other, not with the table above.

| part | ms per load |
| --- | ---: |
${profile.groups.map(([part, ms]) => `| ${part.replace(/</g, '&lt;')} | ${ms.toFixed(2)} |`).join('\n')}

Busiest functions: ${profile.functions.filter(([name]) => !name.startsWith('(')).slice(0, 8).map(([name, ms]) => `\`${name.trim()}\` ${ms.toFixed(2)} ms`).join(', ')}.

## Page impact (Lighthouse 12.2.3, median of ${LIGHTHOUSE_RUNS} runs)

| | ${Object.keys(pageImpact).join(' | ')} |
| --- | ${Object.keys(pageImpact).map(() => '---:').join(' | ')} |
| performance score | ${lh('score', (v) => v.toFixed(0))} |
| Total Blocking Time | ${lh('tbt', (v) => `${v.toFixed(0)} ms`)} |
| Cumulative Layout Shift | ${lh('cls', (v) => v.toFixed(3))} |
| Largest Contentful Paint | ${lh('lcp', (v) => `${v.toFixed(0)} ms`)} |
| bytes transferred | ${lh('bytes', (v) => kib(v))} |

## Memory (JS heap per instance, 200 instances, after garbage collection)

| widget | per instance |
| --- | ---: |
${Object.entries(heap.perWidget).map(([w, b]) => `| \`${w}\` | ${(b / 1024).toFixed(1)} KiB |`).join('\n')}
`;
}
