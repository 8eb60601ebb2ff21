// Where the time goes while a benchmark page renders: the V8 CPU profile of several loads, each
// sample charged to the nearest script frame and, through the bundle's source map, to a part of
// the library (Lit, a widget, shared code…). `npm run bench` puts the table in BENCHMARKS.md;
// `npm run bench:profile [page]` prints it with the busiest functions and writes
// bench/.profile.cpuprofile (Chrome DevTools opens it). Needs `npm run build` first.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleMap, groupOf } from './attribute.mjs';
import { ORIGIN } from './serve.mjs';

// V8's names for time outside JavaScript: the engine and Blink (compiling, parsing, style…) and GC.
const NATIVE = { '(program)': 'browser and engine (compile, parse, style)', '(garbage collector)': 'garbage collection' };

export async function profileRendering(browser, page = 'widgets.html', runs = 10) {
  const locate = bundleMap();
  const groups = {};
  const functions = {};
  const figures = [];
  let last;
  for (let run = 0; run < runs; run++) {
    // A fresh context per load, so none reuses another's caches.
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // The page's console.profile() and console.profileEnd() bound the measured time exactly.
    const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
    await tab.goto(`${ORIGIN}/bench/pages/${page}`);
    const { profile } = await finished;
    figures.push(await tab.evaluate(() => globalThis.tachometerResult));
    await context.close();
    last = profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node])));
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000 / runs;
      let node = byId.get(id);
      const leaf = node.callFrame.functionName;
      if (leaf === '(idle)' || leaf === '(root)') return;
      // Native DOM calls (insertBefore, importNode…) count for the script that made them.
      while (!NATIVE[leaf] && !node.callFrame.url && parent.get(node.id)) node = parent.get(node.id);
      const { url, lineNumber, columnNumber, functionName } = node.callFrame;
      let group;
      let name = `${functionName || '(anonymous)'} ${url.replace(ORIGIN, '')}`;
      if (NATIVE[leaf]) group = NATIVE[leaf];
      else if (!url) group = 'browser: other';
      else if (url.endsWith('/dist/vrop-widgets.js')) {
        const original = locate(lineNumber, columnNumber);
        group = groupOf(original.source);
        name = `${original.name ?? functionName} ${original.source?.replace(/^(\.\.\/)+(node_modules\/)?/, '')}:${original.line}`;
      } else if (url.includes('/bench/vanilla/')) group = 'vanilla baseline';
      else group = url.includes('/bench/') ? 'benchmark page (and the profiler starting)' : 'browser: other';
      groups[group] = (groups[group] ?? 0) + ms;
      functions[name] = (functions[name] ?? 0) + ms;
    });
  }
  figures.sort((a, b) => a - b);
  const sorted = (totals) => Object.entries(totals).sort((a, b) => b[1] - a[1]);
  return { page, runs, median: figures[runs >> 1], groups: sorted(groups), functions: sorted(functions), last };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { CHROME_ARGS, HOW_TO_INSTALL, findChrome } = await import('../scripts/find-chrome.mjs');
  const { serve } = await import('./serve.mjs');
  const chrome = findChrome();
  if (!chrome) throw new Error(HOW_TO_INSTALL);
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
  try {
    const result = await profileRendering(browser, process.argv[2], Number(process.env.PROFILE_RUNS ?? 10));
    console.log(`${result.page}: median ${result.median.toFixed(1)} ms over ${result.runs} loads (profiler on)`);
    console.log('\nCPU time per load, by part (ms):');
    for (const [group, ms] of result.groups) console.log(`${ms.toFixed(2).padStart(8)}  ${group}`);
    console.log('\nBusiest functions per load (ms):');
    for (const [name, ms] of result.functions.slice(0, 20)) console.log(`${ms.toFixed(2).padStart(8)}  ${name}`);
    writeFileSync('bench/.profile.cpuprofile', JSON.stringify(result.last));
  } finally {
    await browser.close();
    server.close();
  }
}
