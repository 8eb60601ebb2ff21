import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from './scripts/find-chrome.mjs';
import { contactEndpoint } from './test/server/contact-endpoint.mjs';
import { strictCsp } from './test/server/csp.mjs';
import { dataFiles } from './test/server/data-files.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(HOW_TO_INSTALL);

/** Ends the run with a plain "N passed, N failed" line that CI can read. */
// Printed at exit, after the default reporter's own closing lines; kept on `process` because the
// runner may evaluate this config more than once.
if (!('vropSummary' in process)) {
  process.vropSummary = '';
  process.once('exit', () => process.vropSummary && console.log(process.vropSummary));
}

function summaryReporter() {
  const count = (suite, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals);
    return totals;
  };
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed outside any test (a syntax error, say) counts as one failure.
        if (!session.passed && totals.failed === failedBefore) totals.failed += 1;
      }
      process.vropSummary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [dataFiles, strictCsp, contactEndpoint],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  // One tab at a time: a background tab gets no animation frames, and the count-up, fixtures
  // and layout checks need them.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 85, branches: 80, functions: 85, lines: 85 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
