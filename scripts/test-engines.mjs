// `npm run test:browser`: the browser suite in Chromium, Firefox and WebKit, one after another,
// each with its own summary line. `VROP_ENGINES=chromium` (or any comma-separated subset) runs
// fewer, for a machine without the others; CI runs all three. WebKit needs its WebDriver and a
// display: this starts WebKitWebDriver on a virtual display (Xvfb).
import { spawnSync } from 'node:child_process';
import { ensureTools } from './ensure-tools.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.VROP_ENGINES ?? ENGINES.join(',')).split(',').map((name) => name.trim());
const unknown = wanted.filter((name) => !ENGINES.includes(name));
if (unknown.length) {
  console.error(`VROP_ENGINES: unknown ${unknown.join(', ')}; known: ${ENGINES.join(', ')}`);
  process.exit(2);
}
if (!ensureTools(wanted, { hint: ' To run the browser tests in Chromium alone: VROP_ENGINES=chromium npm test' })) process.exit(1);

/** One run of the suite (or of `files`) in `engine`; `preferences` sets the browser to prefer dark and reduced motion. */
async function run(engine, { files = [], preferences = false } = {}) {
  const env = { ...process.env, VROP_ENGINE: engine, VROP_PREFERENCES: preferences ? '1' : '' };
  const driver = engine === 'webkit' ? await startWebKitDriver() : undefined;
  if (driver) env.VROP_WEBKIT_DRIVER_PORT = String(driver.port);
  const started = Date.now();
  const { status } = spawnSync('node_modules/.bin/web-test-runner', files, { stdio: 'inherit', env });
  driver?.stop();
  return { status, seconds: Math.round((Date.now() - started) / 1000) };
}

const results = [];
for (const engine of wanted) {
  console.log(`\n=== Browser tests in ${engine} ===`);
  results.push({ engine, ...(await run(engine)) });
  // Chromium emulates a visitor's preferences; the others are launched with them once more.
  if (engine !== 'chromium') {
    console.log(`\n=== ${engine}, set to prefer dark and reduced motion ===`);
    results.push({ engine: `${engine} (preferences)`, ...(await run(engine, { files: ['test/preferences.test.ts'], preferences: true })) });
  }
}
console.log(`\nBrowser tests: ${results.map(({ engine, status, seconds }) => `${engine} ${status === 0 ? 'passed' : 'FAILED'} (${seconds} s)`).join(', ')}`);
process.exit(results.every(({ status }) => status === 0) ? 0 : 1);
