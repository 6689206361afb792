// One run of the tiled zoom (bench/pages/tiles.js) in a fresh browser context, as the other
// scenarios run: 1280 × 900, reduced motion (each zoom step is drawn at once).

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
export async function runTilesPage(browser, url, capS) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  let result;
  try {
    const page = await context.newPage();
    result = await Promise.race([
      measure(page, url, capS),
      sleep(capS * 4000).then(() => ({ ok: false, error: `did not finish in ${capS * 4} s` })),
    ]);
  } catch (error) {
    result = { ok: false, error: String(error?.message ?? error).split('\n')[0] };
  }
  await Promise.race([context.close(), sleep(15_000)]);
  return result;
}
