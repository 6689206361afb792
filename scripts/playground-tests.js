// The playground's tests in Chromium (run by scripts/playground.js on the built page).
import { assert, checks } from './checks.js';

const TWO_EVENTS = `{
  "title": "Two events",
  "events": [
    { "id": "first", "title": "First", "start": "2015-09-30" },
    { "id": "second", "title": "Second", "start": "2024-13-45" }
  ]
}`;

// A title that tries to end the inline script and run its own.
const BREAKOUT = '</script><script>window.brokenOut = true</script><!--';

/** The playground's timeline: its events' titles, once it has loaded `count` of them. */
async function waitForEvents(page, count) {
  await page.waitForFunction(
    (n) => document.getElementById('timeline')?.events.length === n,
    count,
    { timeout: 10_000 },
  );
}

/** Replaces the editor's text as a person would: select all, then type (insert) the new text. */
async function typeText(page, text) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

export async function playgroundTests({ browser, url, axe }) {
  const results = { passed: 0, failed: 0, skipped: 0 };
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(url).origin,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (['warning', 'error'].includes(m.type())) problems.push(`${m.type()}: ${m.text()}`);
  });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));

  const { test, skip } = checks(results);

  console.log('playground (Chromium)');
  await page.goto(url);

  await test('opens with the example: its 10 events drawn, no issues listed', async () => {
    await waitForEvents(page, 10);
    await page.locator('#issues .no-issues').waitFor();
    const status = await page.locator('#status').textContent();
    assert(status?.startsWith('10 events shown'), `status: ${status}`);
  });

  await test('the editor is named by its heading, and the page has no axe violations', async () => {
    const name = await page.locator('.cm-content').getAttribute('aria-labelledby');
    const heading = await page.locator(`#${name}`).textContent();
    assert(heading === 'Timeline data', `editor named by "${heading}"`);
    await page.addScriptTag({ path: axe });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
    });
    assert(violations.length === 0, violations.join('\n'));
  });

  await test('typing a bad date lists its issue with its path; the valid event is still drawn', async () => {
    await typeText(page, TWO_EVENTS);
    const issue = page.locator('#issues button.issue', { hasText: 'events[1].start' });
    await issue.waitFor({ timeout: 10_000 });
    const text = await issue.textContent();
    assert(/Error/.test(text ?? '') && /2024-13-45/.test(text ?? ''), `issue: ${text}`);
    await waitForEvents(page, 1);
  });

  await test('choosing the issue (keyboard: Tab to it, Enter) selects the bad value in the editor', async () => {
    await page.locator('#issues button.issue').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => getSelection()?.toString() === '"2024-13-45"');
    const focused = await page.evaluate(() =>
      document.activeElement?.classList.contains('cm-content'),
    );
    assert(focused, 'the editor has focus');
  });

  await test('typing the fixed date over the selection draws the event and clears the issue', async () => {
    await page.keyboard.insertText('"2024-12-08"');
    await waitForEvents(page, 2);
    await page.locator('#issues .no-issues').waitFor();
    // Drawn once the view has moved to take in both events.
    await page.waitForFunction(() =>
      [...document.getElementById('timeline').shadowRoot.querySelectorAll('[part~="label"]')].some(
        (label) => label.textContent.trim() === 'Second',
      ),
    );
  });

  await test('the schema drives the editor: a wrong type is marked, and field names complete', async () => {
    await typeText(page, TWO_EVENTS.replace('"2024-13-45"', '"2024-12-08", "importance": "high"'));
    await page.locator('.cm-lintRange-error').first().waitFor({ timeout: 10_000 });
    const marked = await page.locator('.cm-lintRange-error').first().textContent();
    assert(marked === '"high"', `marked: ${marked}`);
    // Completion of a field name inside an event (a quote typed; the editor closes it).
    await typeText(page, '{ "events": [ {  } ] }');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('"');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor({ timeout: 5_000 });
    const labels = await options.allTextContents();
    assert(
      labels.some((l) => l.includes('summary')),
      `completions: ${labels.join(', ')}`,
    );
    await page.keyboard.press('Escape');
  });

  await test('broken JSON is one issue at its place, and the timeline keeps the last valid data', async () => {
    await typeText(page, TWO_EVENTS.replace('"2024-13-45"', '"2024-12-08"'));
    await waitForEvents(page, 2);
    await typeText(
      page,
      TWO_EVENTS.replace('"2024-13-45" }', '"2024-12-08" ').replace('\n  ]\n}', ''),
    );
    const issue = page.locator('#issues button.issue', { hasText: 'not valid JSON' });
    await issue.waitFor({ timeout: 10_000 });
    const events = await page.evaluate(() => document.getElementById('timeline').events.length);
    assert(events === 2, `${events} events`);
  });

  await test('TimelineJS3 JSON is drawn, and not marked against the native schema', async () => {
    await page.selectOption('#example', 'timelinejs');
    await page.waitForFunction(() =>
      document.getElementById('timeline')?.events.some((e) => e.title === 'Hmeimim agreement'),
    );
    await page.locator('#issues .no-issues').waitFor();
    await page.waitForTimeout(800);
    const marks = await page.locator('.cm-lintRange-error').count();
    assert(marks === 0, `${marks} schema errors marked`);
  });

  // Depends on CSV input in the element (issue 13, the CSV branch): without it a CSV string is
  // "text but not JSON". Run when that branch has landed.
  const csvReady = await page.evaluate(async () => {
    const el = document.createElement('event-timeline');
    el.data = 'title,start\nA,2015\n';
    document.body.append(el);
    await new Promise((done) => setTimeout(done, 500));
    const ok = el.events?.length === 1;
    el.remove();
    return ok;
  });
  const csvTest =
    'CSV (depends on CSV input in the element): drawn, and a bad row selects its line';
  if (!csvReady) {
    skip(csvTest, 'the element in this branch does not read CSV strings yet');
  } else {
    await test(csvTest, async () => {
      const csv = 'title,start\nFirst,2015\nSecond,2024-13-45\n';
      await typeText(page, csv);
      await waitForEvents(page, 1);
      await page.locator('#issues button.issue', { hasText: 'row 3' }).first().click();
      await page.waitForFunction(() => getSelection()?.toString() === 'Second,2024-13-45');
    });
  }

  await test('Copy embed code copies a script tag and the element; in a fresh page it draws the events, and a title cannot break out', async () => {
    const data = {
      title: 'Embedded',
      events: [
        { title: BREAKOUT, start: '2015' },
        { title: 'Second', start: '2020-06' },
      ],
    };
    await typeText(page, JSON.stringify(data, null, 2));
    await waitForEvents(page, 2);
    await page.click('#copy-embed');
    await page.locator('#embed-status', { hasText: 'copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator('#embed-code').inputValue();
    assert(copied === shown, 'the clipboard holds the code shown');
    assert(
      /^<script type="module" src="[^"]+\/dist\/event-timeline\.js"><\/script>/.test(copied),
      copied.slice(0, 120),
    );
    const fresh = await context.newPage();
    const origin = new URL(url).origin;
    await fresh.route(`${origin}/embed.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Embed</title>\n${copied}`,
      }),
    );
    await fresh.goto(`${origin}/embed.html`);
    await fresh.waitForFunction(
      () => document.querySelector('event-timeline')?.events?.length === 2,
      null,
      {
        timeout: 10_000,
      },
    );
    const titles = await fresh.evaluate(() =>
      document.querySelector('event-timeline').events.map((e) => e.title),
    );
    assert(titles.includes(BREAKOUT), `titles: ${titles.join(' | ')}`);
    const broke = await fresh.evaluate(
      () => window.brokenOut === true || document.scripts.length !== 2,
    );
    assert(!broke, 'the data ran or added a script');
    await fresh.close();
  });

  await test('the editor loads without shiki, JSON5 or YAML, and the page logged no problem', async () => {
    const extra = requested.filter((path) =>
      /shiki|vitesse|javascript-|json5|yaml|\.wasm/.test(path),
    );
    assert(extra.length === 0, `loaded: ${extra.join(', ')}`);
    assert(problems.length === 0, problems.join('\n'));
  });

  await context.close();
  return results;
}
