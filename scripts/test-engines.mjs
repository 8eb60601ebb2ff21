// `npm run test:browser`: the browser suite in Chromium, Firefox and WebKit, one after another,
// each with its own summary line. `VROP_ENGINES=chromium` (or any comma-separated subset) runs
// fewer, for a machine without the others; CI runs all three. WebKit needs its WebDriver and a
// display: this starts WebKitWebDriver on a virtual display (Xvfb).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureTools } from './ensure-tools.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.VROP_ENGINES ?? ENGINES.join(',')).split(',').map((name) => name.trim());
const unknown = wanted.filter((name) => !ENGINES.includes(name));
if (unknown.length) {
  console.error(`VROP_ENGINES: unknown ${unknown.join(', ')}; known: ${ENGINES.join(', ')}`);
  process.exit(2);
}
if (!ensureTools(wanted, { hint: ' To run the browser tests in Chromium alone: VROP_ENGINES=chromium npm test' })) process.exit(1);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startWebKitDriver() {
  const port = await freePort();
  // The driver starts MiniBrowser, which has no headless mode: both run on a virtual display.
  const driver = spawn('/usr/bin/xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', '/usr/bin/WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid);
    } catch {
      // Already gone.
    }
  };
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { port, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  stop();
  throw new Error('WebKitWebDriver did not start');
}

const results = [];
for (const engine of wanted) {
  console.log(`\n=== Browser tests in ${engine} ===`);
  const env = { ...process.env, VROP_ENGINE: engine };
  const driver = engine === 'webkit' ? await startWebKitDriver() : undefined;
  if (driver) env.VROP_WEBKIT_DRIVER_PORT = String(driver.port);
  const started = Date.now();
  const { status } = spawnSync('node_modules/.bin/web-test-runner', { stdio: 'inherit', env });
  driver?.stop();
  results.push({ engine, status, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log(`\nBrowser tests: ${results.map(({ engine, status, seconds }) => `${engine} ${status === 0 ? 'passed' : 'FAILED'} (${seconds} s)`).join(', ')}`);
process.exit(results.every(({ status }) => status === 0) ? 0 : 1);
