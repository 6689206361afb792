// Takes screenshots of a page at given widths: node scripts/screenshot.js URL OUT_PREFIX 1280x800 768x800
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const [url, prefix = 'screenshots/shot', ...sizes] = process.argv.slice(2);
if (!url) {
  console.error(
    'usage: node scripts/screenshot.js URL OUT_PREFIX [WIDTHxHEIGHT ...] [--dark] [--full]',
  );
  process.exit(1);
}
const dark = sizes.includes('--dark');
const only = sizes.find((s) => s.startsWith('--element='))?.slice('--element='.length);
const select = sizes.find((s) => s.startsWith('--select='))?.slice('--select='.length);
const full = sizes.includes('--full');
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
});
for (const size of sizes
  .filter((s) => /^\d+x\d+$/.test(s))
  .concat(sizes.some((s) => /^\d+x\d+$/.test(s)) ? [] : ['1280x800'])) {
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: dark ? 'dark' : 'light',
  });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  if (select) {
    await page.evaluate((id) => document.querySelector('event-timeline')?.select(id), select);
    await page.waitForTimeout(300);
  }
  const out = `${prefix}-${size}${dark ? '-dark' : ''}.png`;
  if (only) await page.locator(only).screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: full });
  console.log(out);
  await page.close();
}
await browser.close();
