// BENCHMARKS.md, written from the results of `npm run bench` (bench/run.mjs).
import { kib } from '../scripts/sizes.mjs';

/** What explains each page that misses a target, from its measured figures. */
function pageNotes(pageImpact, without) {
  const notes = [];
  const plain = pageImpact['demo with the widgets'];
  const hinted = pageImpact['with the builder’s hints'];
  if (plain.clsMax > 0) {
    notes.push(
      `The script tag alone moves the page (worst CLS ${plain.clsMax.toFixed(3)}): its widgets' files are requested once the ` +
        'script has run, a second round trip after it, so the widgets replace their fallback links after the page has ' +
        `first painted. With the builder's \`modulepreload\` lines those files come with the script (worst CLS ${hinted.clsMax.toFixed(3)}), ` +
        "and prerendered code does not move at all. The builder's default code (pinned, with those lines, prerendered) " +
        "is the one a district gets; the channel's code cannot name the files, whose names change with each release, so " +
        'prerendering is its way to a page that does not move.',
    );
  }
  const inline = pageImpact['prerendered, CSS inline'];
  if (inline.lcp - without.lcp > 50) {
    notes.push(
      `Prerendered with the CSS inline (the builder's option, not its default), the largest paint comes ${(inline.lcp - without.lcp).toFixed(0)} ms late: ` +
        'each of the seven widgets carries its whole style sheet in the HTML, which has to arrive, at 1.6 Mbit/s, before ' +
        'the rest of the page is laid out; linked, the default, each sheet is fetched once and beside the page. In the ' +
        'runs of 2026-11-29 this page measured +28, +57 and +61 ms: it sits on the target.',
    );
  }
  return notes.join('\n\n');
}

/** BENCHMARKS.md from one run's results (bench/results.json has the same figures). */
export function report({ machine, settings, sizes, rendering, profile, pageImpact, memory: heap }) {
  const { samples: SAMPLES, lighthouseRuns: LIGHTHOUSE_RUNS } = settings;
  const ms = (m) => `${m.low.toFixed(2)}–${m.high.toFixed(2)} ms`;
  const main = sizes.files.find((f) => f.file === 'dist/vrop-widgets.js');
  const single = sizes.files.find((f) => f.file === 'dist/vrop-widgets.iife.js').brotli;
  const onePage = sizes.pages.slice(0, -1).map((p) => p.brotli);
  const [widgets, hinted, vanilla, iframes, many] = rendering;
  const ratio = (a, b) => `${((a.mean.low + a.mean.high) / (b.mean.low + b.mean.high)).toFixed(2)}×`;
  const lh = (key, fmt) => Object.values(pageImpact).map((r) => fmt(r[key])).join(' | ');
  const mean = (r) => (r.mean.low + r.mean.high) / 2;
  const without = pageImpact['demo without them'];
  const verdict = (met, text) => `${met ? 'met' : '**missed**'}: ${text}`;
  const pageTarget = (name) => {
    const page = pageImpact[name];
    const lcp = page.lcp - without.lcp;
    return `- ${name}: ${verdict(lcp <= 50, `LCP ${lcp >= 0 ? '+' : ''}${lcp.toFixed(0)} ms against the page without them (target +50 ms)`)}; ${verdict(page.clsMax === 0, `worst CLS of ${LIGHTHOUSE_RUNS} runs ${page.clsMax.toFixed(3)} (target 0.000 in every run)`)}.`;
  };
  return `# Benchmarks

Written by \`npm run bench\` on ${machine.date}. Machine: ${machine.cpu}, ${machine.memory}; Node ${machine.node};
${machine.browser}. Figures from one machine: compare them with each other, not across machines.

Reproduce: \`npm ci && npm run bench\` (it builds first; needs Chromium and chromedriver, on Debian
\`apt-get install chromium chromium-driver\`, which \`scripts/ensure-tools.mjs\` installs when run as root).
\`BENCH_SAMPLES\` (default 30) and \`BENCH_LIGHTHOUSE_RUNS\` (default 5) set the repetitions.

## Targets

- \`dist/vrop-widgets.js\`: ${verdict(main.brotli <= 12 * 1024, `${kib(main.brotli)} brotli (target 12 KiB)`)}.
- Rendering: ${verdict(mean(widgets) <= 1.1 * mean(vanilla), `the four widgets take ${ratio(widgets, vanilla)} the vanilla baseline's time (target 1.10×)`)}; with the builder's hints, ${ratio(hinted, vanilla)}.
${Object.keys(pageImpact).filter((name) => name !== 'demo without them').map(pageTarget).join('\n')}

## Size

| file | minified | gzip | brotli |
| --- | ---: | ---: | ---: |
${sizes.files.map((f) => `| \`${f.file}\` | ${kib(f.min)} | ${kib(f.gzip)} | ${kib(f.brotli)} |`).join('\n')}

Lit's own floor (a bundle with one empty Lit element): ${kib(sizes.litFloor.brotli)} brotli. Target: ${kib(12 * 1024)} brotli for
\`dist/vrop-widgets.js\` (${main.brotli <= 12 * 1024 ? `met, ${kib(12 * 1024 - main.brotli)} to spare` : `missed by ${kib(main.brotli - 12 * 1024)}`}).

How: \`dist/vrop-widgets.js\` holds what every widget shares (Lit, the base element and its
styles, the data-file loader and checker, the plain-form upgrade) and a loader; each widget's own
code, styles, strings and built-in content are in \`vrop-<widget>.js\` beside it, fetched when the
page first shows that widget (\`src/bundle.ts\`, \`src/widget-loader.ts\`). The entry carries the
SRI hash of each of those files and has the browser check it (\`<link rel="modulepreload"
integrity>\`, then \`fetch()\` with \`integrity\` for WebKit, which loads a modulepreload without
checking), so the snippet's one \`integrity\` still covers every byte. The classic script stays one
file (${kib(single)}): it is for hosts without CORS, from which nothing can be imported.

What a district page fetches from Valley ROP's host with the module script (brotli, each file
alone, as sent), against ${kib(single)} for everything in one file:

| page shows | files | brotli |
| --- | --- | ---: |
${sizes.pages.map((p) => `| ${p.page.replace(/</g, '&lt;')} | ${p.files.map((f) => `\`${f}\``).join(' + ')} | ${kib(p.brotli)} |`).join('\n')}

A page with one widget fetches ${kib(single - Math.max(...onePage))} to ${kib(single - Math.min(...onePage))} less than the single file; a page
with all four fetches ${kib(sizes.pages.at(-1).brotli - single)} more (six files compressed apart, and the names they import
from the entry). Each widget's file is requested once the entry has run: one round trip more
than the single file before that widget renders. What was tried before splitting, measured on
2026-11-29 against the 17.25 KiB single file: terser with three passes and its unsafe options, or
mangling \`_\`-prefixed properties, 0.01 to 0.03 KiB less; Lit's own CSS minification on top of
ours, 0.01 KiB where it works; the data file's checker in a file of its own, 0.91 KiB less without
a data file but 1.22 KiB more with one (the builder's default), so it stays in the entry.

What \`dist/vrop-widgets.js\` (the entry) is made of (its source map; each part compressed alone,
so the parts' brotli sizes add up to more than the file's):

| part | minified | share | brotli alone |
| --- | ---: | ---: | ---: |
${sizes.parts.map((p) => `| ${p.part.replace(/</g, '&lt;')} | ${kib(p.min)} | ${((100 * p.min) / main.min).toFixed(0)} % | ${kib(p.brotli)} |`).join('\n')}

Marginal cost of each widget in one file, as the classic script has them (the bundle with and without it):

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

- The four widgets against the vanilla baseline: ${ratio(widgets, vanilla)} (target: within 1.10×); with the
  builder's hints (each widget's files named in the page's head, so they are fetched with the
  script rather than once it has run): ${ratio(hinted, vanilla)}.
- The four widgets against four iframes: ${ratio(widgets, iframes)}.

Why the target is missed: the page imports the module script and then adds the widgets, so each
widget's file is requested only once the script has run and seen it, a second request after the
first; on this machine's loopback server a request takes 15 to 20 ms, the whole of the vanilla
baseline's time. With every widget in the one file (before the widgets' code loaded when shown,
run of 2026-11-29T10:13Z) it was 1.19×; what remained then was Lit's own rendering (the profile
below), which the vanilla baseline, stamping finished DOM, does not do.
- 200 of each widget (800 elements): ${ms(many.mean)}, ${((many.mean.low + many.mean.high) / 2 / 800).toFixed(3)} ms per element.
  The page adds its 800 elements before their code has arrived, and the four widgets' code
  arrives in separate tasks: the page upgrades 200 elements, is laid out, upgrades the next 200,
  and so on (seen on 2026-11-29 by timing each definition against animation frames: defined at
  38, 62, 113 and 444 ms, a frame between each). With the four widgets' code loaded first
  (\`await loadWidget(tag)\` for each, then the elements), the same page took 190 to 210 ms, as
  with every widget in one file (194 to 204 ms). A page with a handful of widgets does not feel
  this.

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

The demo page on \`localhost\`, the bundle from \`127.0.0.1\`, another origin, as a district page
loads Valley ROP's release; as it comes (the script tag alone); with the builder's
\`<link rel="modulepreload">\` lines for each widget's files; with each widget's code prerendered
as the builder writes it by default (those lines, and its style sheet linked from the release) and
with its CSS inline (the builder's option); and without the widgets. Lighthouse's
mobile settings (a phone's screen, 4× slower CPU, 150 ms round trips at 1.6 Mbit/s), the
throttling applied rather than simulated: the simulation replays a trace recorded over loopback,
where the first paint may come after the bundle ran, and then charges the bundle's download to the
first paint, which a module script never delays (\`bench/lighthouse.mjs\`). Runs alternate between
the pages.

| | ${Object.keys(pageImpact).join(' | ')} |
| --- | ${Object.keys(pageImpact).map(() => '---:').join(' | ')} |
| performance score | ${lh('score', (v) => v.toFixed(0))} |
| Total Blocking Time | ${lh('tbt', (v) => `${v.toFixed(0)} ms`)} |
| Cumulative Layout Shift | ${lh('cls', (v) => v.toFixed(3))} |
| worst CLS of the runs | ${lh('clsMax', (v) => v.toFixed(3))} |
| Largest Contentful Paint | ${lh('lcp', (v) => `${v.toFixed(0)} ms`)} |
| LCP of each run | ${lh('lcpRuns', (v) => v.map((x) => `${x}`).join(', '))} |
| bytes transferred | ${lh('bytes', (v) => kib(v))} |

${pageNotes(pageImpact, without)}

## Memory (JS heap per instance, 200 instances, after garbage collection)

| widget | per instance |
| --- | ---: |
${Object.entries(heap.perWidget).map(([w, b]) => `| \`${w}\` | ${(b / 1024).toFixed(1)} KiB |`).join('\n')}
`;
}
