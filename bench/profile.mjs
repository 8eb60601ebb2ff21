// `npm run bench:profile [page]`: where the time goes while a benchmark page renders. Loads the
// page (default widgets.html) in headless Chromium with the CPU profiler on, prints the functions
// with the most self time and the page's own figure, and writes bench/.profile.cpuprofile
// (open it in Chrome DevTools' Performance panel). Run `npm run build` first.
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from '../scripts/find-chrome.mjs';
import { ORIGIN, serve } from './serve.mjs';

const page = process.argv[2] ?? 'widgets.html';
const RUNS = Number(process.env.PROFILE_RUNS ?? 10);
const chrome = findChrome();
if (!chrome) throw new Error(HOW_TO_INSTALL);
const server = await serve();
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });

/** Self time per function, summed over the profile's samples. */
function selfTimes({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const totals = new Map();
  samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(ORIGIN, '')}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

try {
  const figures = [];
  let profile;
  for (let run = 0; run < RUNS; run++) {
    // A new browser context per run, so no run reuses another's compiled code or caches.
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await tab.goto(`${ORIGIN}/bench/pages/${page}`);
    await tab.waitForFunction(() => globalThis.document.title === 'done');
    ({ profile } = await cdp.send('Profiler.stop'));
    figures.push(await tab.evaluate(() => globalThis.tachometerResult));
    await context.close();
  }
  figures.sort((a, b) => a - b);
  console.log(`${page}: median ${figures[figures.length >> 1].toFixed(1)} ms over ${RUNS} loads (${figures.map((f) => f.toFixed(0)).join(' ')})`);
  console.log('Self time in the last load (ms):');
  for (const [key, ms] of selfTimes(profile).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(7)}  ${key}`);
  writeFileSync('bench/.profile.cpuprofile', JSON.stringify(profile));
} finally {
  await browser.close();
  server.close();
}
