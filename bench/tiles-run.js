// One run of the tiled zoom (bench/pages/tiles.js) in a fresh browser context, as the other
// scenarios run (search-run.js): each zoom step is drawn at once.
import { inFreshPage } from './search-run.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(page, url, capS) {
  await page.goto(url);
  await page.waitForFunction(() => window.__page, null, { timeout: capS * 1000, polling: 100 });
  const failed = await page.evaluate(() => window.__page.error);
  if (failed) throw new Error(failed);
  const load = await page.evaluate(() => window.__page.go());
  const zoom = await page.evaluate(() => window.__page.zoom());
  return { ok: true, load, zoom };
}

/** Resolves to the figures with `ok: true`, or to `{ ok: false, error }`. */
export function runTilesPage(browser, url, capS) {
  return inFreshPage(browser, (page) =>
    Promise.race([
      measure(page, url, capS),
      sleep(capS * 4000).then(() => ({ ok: false, error: `did not finish in ${capS * 4} s` })),
    ]),
  );
}
