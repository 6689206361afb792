// Page-level tests in Chromium of what a site does with the element: the plain-HTML, React 19,
// Vue 3 and Svelte 5 examples in demo/frameworks (built with Vite as a site would), the standalone
// bundle under a strict Content-Security-Policy with Trusted Types, and the demo served as
// `npm start` serves it. Writes counts for npm test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createLogger, createServer } from 'vite';
import { generate } from '../bench/generate.js';
import { serve } from '../bench/server.js';
import { assert, checks } from './checks.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // The parse worker, from its file beside the bundle.
  "worker-src 'self'",
  "style-src 'self'",
  // Pictures from the page's own origin, as the README's policy has it.
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  // The policy Lit documents for its templates, and the element's own for its worker's URL.
  'trusted-types lit-html event-timeline',
].join('; ');
/** The same policy with workers refused, and with the element's Trusted Types policy refused. */
const CSP_NO_WORKERS = CSP.replace("worker-src 'self'", "worker-src 'none'");
const CSP_NO_POLICY = CSP.replace('lit-html event-timeline', 'lit-html');

const results = { passed: 0, failed: 0 };
const { test } = checks(results);

if (!process.argv.includes('--no-build'))
  execFileSync('node', ['scripts/build.js'], { stdio: 'ignore' });
execFileSync('npx', ['vite', 'build', '--config', 'vite.frameworks.config.ts'], {
  stdio: 'inherit',
});
const cspPage = (policy) => ({
  body: readFileSync('demo/frameworks/csp.html'),
  type: 'text/html; charset=utf-8',
  headers: { 'content-security-policy': policy },
});
// 10,000 generated events, about 2 MB: a src large enough to be parsed in the worker.
const BIG_EVENTS = 10_000;
const routes = new Map([
  ['/demo/frameworks/csp.html', cspPage(CSP)],
  ['/demo/frameworks/csp-no-workers.html', cspPage(CSP_NO_WORKERS)],
  ['/demo/frameworks/csp-no-policy.html', cspPage(CSP_NO_POLICY)],
  [
    '/demo/frameworks/big.json',
    { body: JSON.stringify(generate(BIG_EVENTS, 1)), type: 'application/json' },
  ],
]);
const server = await serve('.', routes);
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
});

/** Opens a page and waits for its timeline to have drawn its events. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(
    () => {
      const el = document.querySelector('event-timeline');
      return el?.events?.length > 0 && el.shadowRoot?.querySelector('[part~="event"]');
    },
    null,
    { timeout: 15_000 },
  );
  return { page, errors };
}

/**
 * Sets the page's timeline to the big src and waits until it has drawn it. Gives the number of
 * events and the URL of the parse worker's file if one was loaded.
 */
async function loadBig(page) {
  await page.evaluate(() => {
    const el = document.querySelector('event-timeline');
    window.bigLoad = new Promise((resolve) =>
      el.addEventListener('timeline-load', resolve, { once: true }),
    );
    // The data property wins over src: a page that set it before clears it.
    el.data = undefined;
    el.src = 'big.json';
  });
  await page.evaluate(() => window.bigLoad);
  return page.evaluate(() => ({
    events: document.querySelector('event-timeline').events.length,
    worker:
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .find((path) => path.includes('parse-worker')) ?? null,
  }));
}

for (const [name, path] of [
  ['plain HTML with the standalone bundle', '/demo/frameworks/plain.html'],
  ['React 19', '/test-output/frameworks/react.html'],
  ['Vue 3', '/test-output/frameworks/vue.html'],
  ['Svelte 5', '/test-output/frameworks/svelte.html'],
]) {
  console.log(name);
  const { page, errors } = await open(path);
  await test(`${name}: renders the story's 10 events`, async () => {
    assert(
      (await page.evaluate(() => document.querySelector('event-timeline').events.length)) === 10,
      'ten events',
    );
  });
  await test(`${name}: the page hears timeline-select`, async () => {
    await page
      .locator('event-timeline')
      .locator('button[part~="event"]', { hasText: 'Assad is ousted' })
      .click();
    await page.waitForFunction(
      () => document.getElementById('selected')?.textContent === 'Assad is ousted',
    );
  });
  await test(`${name}: new data set by the page is drawn`, async () => {
    await page.click('#swap');
    await page.waitForFunction(() => document.querySelector('event-timeline').events.length === 2);
    await page
      .locator('event-timeline')
      .locator('[part~="label"]', { hasText: 'Second' })
      .waitFor();
  });
  await test(`${name}: no errors on the page`, async () =>
    assert(errors.length === 0, errors.join('\n')));
  await page.close();
}

console.log('strict Content-Security-Policy');
{
  const { page, errors } = await open('/demo/frameworks/csp.html');
  await test('CSP: the story renders, a card opens, the view zooms, Arabic loads', async () => {
    await page
      .locator('event-timeline')
      .locator('button[part~="event"]', { hasText: 'Assad is ousted' })
      .click();
    await page.locator('event-timeline').locator('[part~="detail"]').waitFor();
    await page.evaluate(() => document.querySelector('event-timeline').zoomBy(2));
    await page.evaluate(() => document.querySelector('event-timeline').setAttribute('lang', 'ar'));
    await page
      .locator('event-timeline')
      .locator('button.table-toggle', { hasText: 'جدول' })
      .waitFor();
  });
  await test('CSP: the chunks beside the bundle load: the table, TimelineJS and vis-timeline data', async () => {
    const timeline = page.locator('event-timeline');
    await timeline.locator('button.table-toggle').click();
    await timeline.locator('[part~="table"] caption').waitFor();
    await timeline.locator('button.table-toggle').click();
    const titles = (data) =>
      page.evaluate(async (value) => {
        const el = document.querySelector('event-timeline');
        el.data = value;
        await el.updateComplete;
        return el.events.map((e) => e.title);
      }, data);
    const tjs = await titles({
      events: [{ start_date: { year: 2015 }, text: { headline: '<b>From TimelineJS</b>' } }],
    });
    assert(tjs.join() === 'From TimelineJS', `TimelineJS data: ${tjs.join()}`);
    const vis = await titles([{ id: 1, content: 'From vis', start: '2020-01-01' }]);
    assert(vis.join() === 'From vis', `vis-timeline data: ${vis.join()}`);
  });
  await test('CSP: a src of 2 MB is parsed in the worker beside the bundle and drawn', async () => {
    const loaded = await loadBig(page);
    assert(loaded.events === BIG_EVENTS, `${loaded.events} events`);
    assert(
      /\/dist\/parse-worker-[\w-]+\.js$/.test(loaded.worker ?? ''),
      `worker: ${loaded.worker}`,
    );
  });
  await test('CSP: no policy violation was reported, and Trusted Types were enforced', async () => {
    const violations = await page.evaluate(() => window.violations);
    assert(violations.length === 0, `violations: ${violations.join(', ')}`);
    const enforced = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert(enforced, 'innerHTML with a string is refused, so the policy is in force');
  });
  await test('CSP: no errors on the page', async () =>
    assert(errors.length === 0, errors.join('\n')));
  await test('CSP: the check itself sees a violation (an inline style set on purpose)', async () => {
    await page.evaluate(() =>
      document
        .querySelector('event-timeline')
        .shadowRoot.querySelector('.root')
        .setAttribute('style', 'color: red'),
    );
    await page.waitForFunction(() => window.violations.some((v) => v.startsWith('style-src')));
  });
  await page.close();
}

for (const [name, path, directive] of [
  ['workers refused', '/demo/frameworks/csp-no-workers.html', 'worker-src'],
  [
    "the element's Trusted Types policy refused",
    '/demo/frameworks/csp-no-policy.html',
    'trusted-types',
  ],
]) {
  const { page, errors } = await open(path);
  await test(`CSP with ${name}: a src of 2 MB is parsed on the page instead, and drawn`, async () => {
    const loaded = await loadBig(page);
    assert(loaded.events === BIG_EVENTS, `${loaded.events} events`);
    assert(loaded.worker === null, `worker loaded: ${loaded.worker}`);
    const violations = await page.evaluate(() => window.violations);
    assert(
      violations.length === 1 && violations[0].startsWith(directive),
      `violations: ${violations.join(', ')}`,
    );
    assert(errors.length === 0, errors.join('\n'));
  });
  await page.close();
}

console.log('npm start (Vite dev server, nothing pre-bundled yet)');
{
  // What the server says, as npm start would print it.
  const said = [];
  const logger = createLogger('info');
  for (const level of ['info', 'warn', 'warnOnce', 'error']) {
    logger[level] = (message) => said.push(`${level}: ${message}`);
  }
  // A cache of its own, empty as on a fresh clone: every dependency is found and bundled anew.
  const cacheDir = mkdtempSync(join(tmpdir(), 'event-timeline-vite-'));
  const dev = await createServer({
    configFile: 'vite.config.ts',
    cacheDir,
    customLogger: logger,
    server: { port: 0 },
  });
  await dev.listen();
  const base = `http://127.0.0.1:${dev.httpServer.address().port}`;
  await test('npm start: the pages import the package by name from the source, built or not', async () => {
    const resolved =
      await dev.environments.client.pluginContainer.resolveId('event-timeline/define');
    assert(resolved?.id.endsWith('/src/define.ts'), `resolved to ${resolved?.id}`);
  });
  for (const path of [
    '/demo/',
    '/demo/frameworks/plain.html',
    '/demo/frameworks/react.html',
    '/demo/frameworks/vue.html',
    '/demo/frameworks/svelte.html',
    '/demo/frameworks/csp.html',
    '/demo/list.html',
  ]) {
    await test(`npm start: ${path} loads once (no reload) and draws, with nothing on the console`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const loads = [];
      const messages = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) loads.push(frame.url());
      });
      page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (['warning', 'error'].includes(m.type()) && !m.text().startsWith('Lit is in dev mode'))
          messages.push(`${m.type()}: ${m.text()}`);
      });
      try {
        await page.goto(`${base}${path}`);
        await page.waitForFunction(
          () =>
            document.querySelector('event-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
          null,
          { timeout: 30_000 },
        );
        // Dependencies found late are bundled, and the page reloaded, after the first requests.
        await dev.environments.client.waitForRequestsIdle();
        await page.waitForTimeout(1000);
        assert(loads.length === 1, `loaded ${loads.length} times`);
        assert(messages.length === 0, messages.join('\n'));
      } finally {
        await page.close();
      }
    });
  }
  await dev.close();
  rmSync(cacheDir, { recursive: true, force: true });
  await test('npm start: the server reported no problem, no late dependency and no reload', async () => {
    const problems = said.filter(
      (line) => !line.startsWith('info:') || /dependenc(y|ies) optimized|reload/i.test(line),
    );
    assert(problems.length === 0, problems.join('\n'));
  });
}

// The story written as a list inside the element: what readers without JavaScript, search
// engines and reader modes get.
await test('without JavaScript: the list page shows every event of the story as text', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/list.html`);
    const story = JSON.parse(readFileSync('data/russia-syria.json', 'utf8'));
    // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out is what a reader sees
    const text = await page.locator('event-timeline').innerText();
    const missing = story.events.filter((e) => !text.includes(e.title)).map((e) => e.title);
    assert(missing.length === 0, `not shown: ${missing.join(', ')}`);
    assert(text.includes('30 September 2015'), 'dates are shown as written');
    const items = await page.locator('event-timeline li').count();
    assert(items === story.events.length, `${items} items`);
    const box = await page.locator('event-timeline li').first().boundingBox();
    assert(box && box.height > 0, 'the list is laid out, not hidden');
  } finally {
    await context.close();
  }
});

await browser.close();
await server.close();
if (process.env.FRAMEWORK_COUNTS)
  writeFileSync(process.env.FRAMEWORK_COUNTS, JSON.stringify(results));
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
