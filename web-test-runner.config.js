// Browser tests: every tests/browser/*.test.ts in one real engine, chosen by WTR_ENGINE:
// chromium (default; puppeteer over CDP), firefox (puppeteer over WebDriver BiDi) or webkit
// (WebKitGTK's MiniBrowser over WebDriver, under Xvfb). `npm test` runs all three in turn.
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';
import { engineCommandsPlugin } from './scripts/engine-commands.js';
import { findFirefox, findWebKit, startWebKitDriver } from './scripts/engines.js';
import {
  a11yTreePlugin,
  mediaFeaturesPlugin,
  responseBodiesPlugin,
} from './scripts/test-commands.js';
import { testFonts } from './scripts/test-fonts.js';
import { testServer, workerScripts } from './scripts/test-server.js';

const engine = process.env.WTR_ENGINE ?? 'chromium';

/** Counts every test of the run into WTR_COUNTS, for the summary lines of `npm test`. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test has no test results to count.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    },
  };
}

// Each test page gets a window of its own: in one window the page behind is hidden and gets no
// animation frames or resize observations, which the element renders with.
async function pageInItsOwnContext({ browser }) {
  const context = await browser.createBrowserContext();
  return context.newPage();
}

async function launcher() {
  if (engine === 'firefox') {
    return puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox() ?? undefined,
        headless: true,
        // The suite serves on localhost; no updates, telemetry or first-run pages on a closed network.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'browser.shell.checkDefaultBrowser': false,
          // Touch events as on a touch screen, for the pinch tests (desktop Firefox leaves them off).
          'dom.w3c_touch_events.enabled': 1,
        },
      },
    });
  }
  if (engine === 'webkit') {
    const driver = await startWebKitDriver();
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findWebKit()?.browser, args: ['--automation'] },
      },
    });
  }
  return chromeLauncher({
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      // gc() and exact heap sizes, for the memory test.
      args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    },
    createPage: pageInItsOwnContext,
  });
}

export default {
  files: ['tests/browser/**/*.test.ts'],
  // Lit's development build (the "development" export condition, web-test-runner's default made
  // explicit): it warns of mistakes such as an update that asks for another, and the tests
  // (console.test.ts) fail on any warning.
  nodeResolve: { exportConditions: ['development'] },
  // Firefox's second page goes "hidden" (no frames) beside the first; WebKit's driver runs
  // concurrent files in iframes of one window, which changes their viewport.
  concurrency: engine === 'chromium' ? 2 : 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  // Real HTTP faults for the loading tests: errors, a 25 MB body, a response that never ends.
  // A page font that loads late, for the measuring tests. The parse worker's script by its name.
  middleware: [testServer, testFonts, workerScripts],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // Chromium's accessibility tree and forced colours, for the accessibility tests.
    a11ySnapshotPlugin(),
    a11yTreePlugin(),
    mediaFeaturesPlugin(),
    // A fetched body's end without DevTools' copy of it, for the loading test's long tasks.
    responseBodiesPlugin(),
    // Viewport, key chords and the engine's name, in every engine.
    engineCommandsPlugin(engine),
  ],
  browsers: [await launcher()],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(process.env.WTR_COUNTS),
  ],
};
