// Starts WebKitWebDriver (WebKitGTK, Safari's engine) on a free port of 127.0.0.1, on a virtual
// display: the driver starts MiniBrowser, which has no headless mode.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The WebDriver capabilities that open MiniBrowser through this driver, with `args` of its own. */
export const minibrowser = (...args) => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation', ...args] },
});

export async function startWebKitDriver() {
  const port = await freePort();
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
