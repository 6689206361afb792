// One run of the search and filter scenario (bench/pages/search.js) in a fresh browser context:
// opens the <event-timeline> page with `n` events, renders them, then times the category filter,
// the first focus's index and every keystroke of the queries.

const SETUP_MS = 180_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms / 1000} s`)), ms);
  });
  promise.catch(() => {}); // after a timeout it fails as the context closes
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function measure(page, url, capS) {
  await page.goto(url);
  await page.waitForFunction(() => window.__page, null, { timeout: SETUP_MS, polling: 100 });
  const failed = await page.evaluate(() => window.__page.error);
  if (failed) throw new Error(failed);
  const cap = capS * 1000;
  const render = await within(
    page.evaluate(() => window.__page.go()),
    cap,
    'data→render',
  );
  await page.evaluate(() => {
    window.__search = window.__page.search();
  });
  const phase = (name) =>
    within(
      page.evaluate((p) => window.__search[p](), name),
      cap,
      name,
    );
  const filter = await phase('filter');
  const build = await phase('build');
  const typing = await phase('keystrokes');
  return { ok: true, dataToRender: render.dataToRender, filter, build, typing };
}

/**
 * Runs `measure(page)` in a fresh browser context as every scenario runs (1280 × 900, reduced
 * motion): resolves to its figures, or to `{ ok: false, error }` when it throws.
 */
export async function inFreshPage(browser, measure) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  let result;
  try {
    result = await measure(await context.newPage());
  } catch (error) {
    result = { ok: false, error: String(error?.message ?? error).split('\n')[0] };
  }
  await Promise.race([context.close(), sleep(15_000)]);
  return result;
}

/**
 * One run at `url` (ours.html with its dataset), each phase given `capS` seconds. Resolves to the
 * figures with `ok: true`, or to `{ ok: false, error }`.
 */
export function runSearchPage(browser, url, capS) {
  return inFreshPage(browser, (page) => measure(page, url, capS));
}
