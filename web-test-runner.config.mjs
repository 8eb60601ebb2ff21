import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, HOW_TO_INSTALL, findChrome } from './scripts/find-chrome.mjs';
import { dataFiles } from './test/server/data-files.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(HOW_TO_INSTALL);

/** Ends the run with a plain "N passed, N failed" line that CI can read. */
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
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && !session.testResults?.tests.length) totals.failed += 1;
      }
      // Printed at exit, after the default reporter's own closing lines.
      const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      process.once('exit', () => console.log(line));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [dataFiles],
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
