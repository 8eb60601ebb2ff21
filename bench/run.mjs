// `npm run bench`: sizes, rendering (tachometer), page impact (Lighthouse) and memory, side by
// side in one run, written to BENCHMARKS.md and bench/results.json. Needs the build (npm run
// bench builds first), Chromium and chromedriver: scripts/ensure-tools.mjs installs them or says how.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { delimiter, dirname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { ensureTools } from '../scripts/ensure-tools.mjs';
import { hints, LIGHTHOUSE_RUNS, lighthouseRuns } from './lighthouse.mjs';
import { profileRendering } from './profile.mjs';
import { report } from './report.mjs';
import { measureSizes } from './sizes.mjs';
import { WIDGETS } from './pages/measure.js';
import { ORIGIN, serve } from './serve.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);


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
      bench('the same, with the builder’s hints', '.widgets-hinted.html'),
      bench('vanilla baseline (same DOM)', 'vanilla.html'),
      bench('4 iframes (embed.html)', 'iframes.html'),
      bench('vrop-widgets, 200 of each widget', 'widgets.html?n=200'),
    ],
  };
  // The page with each widget's files named in its head, as the builder's pinned code has them.
  const page = readFileSync('bench/pages/widgets.html', 'utf8');
  const tags = Object.keys(WIDGETS).map((name) => `<vrop-${name}>`).join('');
  writeFileSync('bench/pages/.widgets-hinted.html', page.replace('</head>', `${hints(tags)}\n  </head>`));
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

if (!ensureTools(['chromium', 'chromedriver'])) process.exit(1);
const chrome = findChrome();
const driver = process.env.CHROMEDRIVER_FILEPATH ?? '/usr/bin/chromedriver';
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
  const results = { machine, settings: { samples: SAMPLES, lighthouseRuns: LIGHTHOUSE_RUNS }, sizes, rendering, profile, pageImpact, memory: heap };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('BENCHMARKS.md', report(results));
  console.log('Wrote BENCHMARKS.md and bench/results.json');
} finally {
  await browser.close();
  server.close();
}
