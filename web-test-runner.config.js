// Browser tests: every tests/browser/*.test.ts in real Chromium (found by scripts/chromium.js).
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';
import { a11yTreePlugin, mediaFeaturesPlugin } from './scripts/test-commands.js';
import { testServer } from './scripts/test-server.js';

/** Counts every test of the run into WTR_COUNTS, for the one summary line of `npm test`. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test has no test results to count.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Real HTTP faults for the loading tests: errors, a 25 MB body, a response that never ends.
  middleware: [testServer],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // Chromium's accessibility tree and forced colours, for the accessibility tests.
    a11ySnapshotPlugin(),
    a11yTreePlugin(),
    mediaFeaturesPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium() ?? undefined,
        // gc() and exact heap sizes, for the memory test.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
      // Each test page gets a window of its own: in one window the page behind is hidden and
      // gets no animation frames or resize observations, which the element renders with.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(process.env.WTR_COUNTS),
  ],
};
