import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from './scripts/find-chrome.mjs';
import { minibrowser } from './scripts/webkit-driver.mjs';
import { contactEndpoint } from './test/server/contact-endpoint.mjs';
import { strictCsp } from './test/server/csp.mjs';
import { dataFiles } from './test/server/data-files.mjs';
import { tamperedRelease } from './test/server/tampered-release.mjs';

/**
 * The engine this run uses: `VROP_ENGINE` = chromium (default), firefox or webkit.
 * `scripts/test-engines.mjs` runs the suite once per engine, and starts WebKit's driver and a
 * virtual display for WebKit.
 */
const ENGINE = process.env.VROP_ENGINE ?? 'chromium';
/** Set for the launch in which Firefox and WebKit prefer dark (and Firefox reduced motion), as a visitor may. */
const PREFERENCES = Boolean(process.env.VROP_PREFERENCES);

const LAUNCHERS = {
  chromium() {
    const executablePath = findChrome();
    if (!executablePath) throw new Error(HOW_TO_INSTALL);
    return chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } });
  },
  // Debian's Firefox ESR, through WebDriver BiDi with the puppeteer-core that Chrome's launcher brings.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: PREFERENCES ? { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.prefersReducedMotion': 1 } : {},
      },
    }),
  // WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver, on the port the script started it on.
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.VROP_WEBKIT_DRIVER_PORT),
      logLevel: 'error',
      capabilities: PREFERENCES ? minibrowser('--dark-mode') : minibrowser(),
    }),
};

/** Ends the run with a plain "N passed, N failed" line that CI can read. */
// Printed at exit, after the default reporter's own closing lines; kept on `process` because the
// runner may evaluate this config more than once.
if (!('vropSummary' in process)) {
  process.vropSummary = '';
  process.once('exit', () => process.vropSummary && console.log(process.vropSummary));
}

function summaryReporter() {
  const count = (suite, totals, path = []) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped.push([...path, test.name].join(' > '));
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals, [...path, child.name]);
    return totals;
  };
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: [] };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed outside any test (a syntax error, say) counts as one failure.
        if (!session.passed && totals.failed === failedBefore) totals.failed += 1;
      }
      // Every skip is named, with its reason (test/engine.ts puts it in the title).
      const skips = totals.skipped.map((name) => `  skipped: ${name}`).join('\n');
      process.vropSummary = `${skips}${skips ? '\n' : ''}${ENGINE}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped.length} skipped`;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [dataFiles, strictCsp, contactEndpoint, tamperedRelease],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [LAUNCHERS[ENGINE]()],
  reporters: [defaultReporter(), summaryReporter()],
  // One tab at a time: a background tab gets no animation frames, and the count-up, fixtures
  // and layout checks need them.
  concurrency: 1,
  // Firefox and WebKit run axe several times slower than Chromium here.
  testFramework: { config: { timeout: ENGINE === 'chromium' ? 5000 : 15000 } },
  // Coverage comes from Chromium's own instrumentation.
  coverage: ENGINE === 'chromium',
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 85, branches: 80, functions: 85, lines: 85 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
