// BENCHMARKS.md, written from the results of `npm run bench` (bench/run.mjs).
import { kib } from '../scripts/sizes.mjs';

/** BENCHMARKS.md from one run's results (bench/results.json has the same figures). */
export function report({ machine, settings, sizes, rendering, profile, pageImpact, memory: heap }) {
  const { samples: SAMPLES, lighthouseRuns: LIGHTHOUSE_RUNS } = settings;
  const ms = (m) => `${m.low.toFixed(2)}–${m.high.toFixed(2)} ms`;
  const main = sizes.files.find((f) => f.file === 'dist/vrop-widgets.js');
  const [widgets, vanilla, iframes, many] = rendering;
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
- Rendering: ${verdict(mean(widgets) <= 1.1 * mean(vanilla), `the four widgets take ${ratio(widgets, vanilla)} the vanilla baseline's time (target 1.10×)`)}.
${Object.keys(pageImpact).filter((name) => name !== 'demo without them').map(pageTarget).join('\n')}

## Size

| file | minified | gzip | brotli |
| --- | ---: | ---: | ---: |
${sizes.files.map((f) => `| \`${f.file}\` | ${kib(f.min)} | ${kib(f.gzip)} | ${kib(f.brotli)} |`).join('\n')}

Lit's own floor (a bundle with one empty Lit element): ${kib(sizes.litFloor.brotli)} brotli. The whole library is
${kib(main.brotli - sizes.litFloor.brotli)} above it. Target: ${kib(12 * 1024)} brotli for \`dist/vrop-widgets.js\`
(${main.brotli <= 12 * 1024 ? 'met' : `missed by ${kib(main.brotli - 12 * 1024)}`}).

Why 12 KiB is out of reach as the bundle is built: it leaves ${kib(12 * 1024 - sizes.litFloor.brotli)} above Lit's floor, and
two parts that every page renders take most of that before any code: the four widgets' style
sheets (${kib(sizes.styles.brotli)} brotli, each sheet once) and the built-in content in English and Spanish
(${kib(sizes.parts.find((p) => p.part.startsWith('built-in content'))?.brotli ?? 0)} alone). What was tried, measured on 2026-11-29 against the 17.25 KiB bundle:

- terser with three passes and its unsafe options, or mangling \`_\`-prefixed properties: 0.01 to
  0.03 KiB less. Lit's own CSS minification on top of ours: 0.01 KiB where it works.
- The data file's checker (\`read.ts\`, \`validate.ts\`, \`spec.ts\`) in a chunk loaded with the
  file: 0.91 KiB less for a page without a data file, but the builder's code reads Valley ROP's
  data file by default, and there it adds a request and 1.22 KiB (the chunk), and a script that
  the snippet's \`integrity\` does not cover. Not done.
- Left to measure: the contact form's code loaded only with \`form-action\` (about 2 KiB by the
  marginal cost below; the same \`integrity\` question), and the Spanish content fetched only
  where a widget speaks Spanish (a change of the data's shape).

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

- The four widgets against the vanilla baseline: ${ratio(widgets, vanilla)} (target: within 1.10×).
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

The demo page on \`localhost\`, the bundle from \`127.0.0.1\`, another origin, as a district page
loads Valley ROP's release; as it comes; with each widget's code prerendered as the builder writes
it by default (its style sheet linked from the release) and with its CSS inline (the builder's
option); and without the widgets. Lighthouse's
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

## Memory (JS heap per instance, 200 instances, after garbage collection)

| widget | per instance |
| --- | ---: |
${Object.entries(heap.perWidget).map(([w, b]) => `| \`${w}\` | ${(b / 1024).toFixed(1)} KiB |`).join('\n')}
`;
}
