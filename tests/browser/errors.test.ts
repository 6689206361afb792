import { expect, html, waitUntil } from '@open-wc/testing';
import type { Issue } from '../../src/model/types.js';
import { event, frames, holdFetch, jsonUrl, watchPageErrors } from './fixtures.js';
import {
  type ErrorDetail,
  jsonScript,
  type LoadDetail,
  TimelineHarness,
} from './harness/timeline-harness.js';

const MISSING = '/tests/fixtures/missing.json';

/** Three valid events and two invalid ones, at events[1] and events[3]. */
const partlyValid = {
  title: 'Partly valid',
  events: [
    event('First', '2019-03-01'),
    event('Bad month', '2024-13-45'),
    event('Second', '2020-06'),
    event('Backwards', '2021', { end: '2020' }),
    event('Third', '2021-11-11'),
  ],
};

/** Each result event with its detail, for a failure message. */
function describeResults(h: TimelineHarness): string {
  return JSON.stringify(h.results.map((e) => ({ type: e.type, detail: e.detail })));
}

describe('error paths', () => {
  let restoreFetch: (() => void) | null = null;
  afterEach(() => {
    restoreFetch?.();
    restoreFetch = null;
  });

  it('the error panel is an accessible alert', async () => {
    const h = await TimelineHarness.create({ src: MISSING });
    expect(h.errorPanel?.getAttribute('role')).to.equal('alert');
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('src 404: error panel and timeline-error naming the URL and the status', async () => {
    const h = await TimelineHarness.create({ src: MISSING });
    const result = h.results.at(-1) as CustomEvent<ErrorDetail>;
    expect(result.type).to.equal('timeline-error');
    expect(result.detail.issues).to.deep.equal([
      {
        path: 'src',
        message: `'${MISSING}' could not be loaded: the server answered 404 Not Found`,
        severity: 'error',
      },
    ]);
    expect(h.errorLines).to.deep.equal([
      `src: '${MISSING}' could not be loaded: the server answered 404 Not Found`,
    ]);
    expect(h.errorPanel?.textContent).to.contain('This timeline could not be shown');
    expect(h.plot).to.equal(null);
    expect(h.status).to.equal(null);
  });

  it('invalid JSON via src: the message gives the line and column', async () => {
    // A missing comma: "start" on line 3, column 20, is where a comma should be.
    const url = jsonUrl('{\n  "events": [\n    { "title": "A" "start": "2020" }\n  ]\n}\n');
    const h = await TimelineHarness.create({ src: url });
    expect(h.resultTypes.at(-1)).to.equal('timeline-error');
    const [issue] = h.el.issues;
    expect(issue?.path).to.equal('src');
    const prefix = `'${url}' is not valid JSON at line 3, column 20: `;
    expect(issue?.message.slice(0, prefix.length)).to.equal(prefix);
    expect(h.errorLines[0]).to.contain('at line 3, column 20');
  });

  it('invalid JSON with a trailing comma: the message still gives the line and column', async () => {
    // The "]" on line 4, column 3, follows a trailing comma.
    const url = jsonUrl('{\n  "events": [\n    { "title": "A", "start": "2020" },\n  ]\n}\n');
    const h = await TimelineHarness.create({ src: url });
    expect(h.resultTypes.at(-1)).to.equal('timeline-error');
    const prefix = `'${url}' is not valid JSON at line 4, column 3: `;
    const message = h.el.issues[0]?.message ?? '';
    expect(message.slice(0, prefix.length), message).to.equal(prefix);
  });

  it('a non-JSON content type: the message names the type', async () => {
    const h = await TimelineHarness.create({ src: '/tests/fixtures/not-json.html' });
    expect(h.resultTypes.at(-1)).to.equal('timeline-error');
    expect(h.el.issues).to.deep.equal([
      {
        path: 'src',
        message: "'/tests/fixtures/not-json.html' is served as text/html, not JSON or CSV",
        severity: 'error',
      },
    ]);
    expect(h.errorLines).to.deep.equal([
      "src: '/tests/fixtures/not-json.html' is served as text/html, not JSON or CSV",
    ]);
  });

  it('invalid inline JSON: error panel with line and column', async () => {
    const h = await TimelineHarness.create({ script: '{\n  "events": [\n    { "title": "A" }\n' });
    const result = h.results.at(-1) as CustomEvent<ErrorDetail>;
    expect(result.type).to.equal('timeline-error');
    expect(result.detail.issues).to.have.length(1);
    expect(result.detail.issues[0]?.path).to.equal('script');
    expect(result.detail.issues[0]?.message).to.match(
      /^The JSON in the <script> element is not valid JSON at line 4, column 1: /,
    );
    expect(h.errorLines[0]).to.match(/^script: The JSON in the <script> element is not valid JSON/);
  });

  it('every event invalid: error panel listing each path', async () => {
    const h = await TimelineHarness.create({
      data: { events: [event('Bad month', '2024-13-45'), { start: '2020' }] },
    });
    const result = h.results.at(-1) as CustomEvent<ErrorDetail>;
    expect(result.type).to.equal('timeline-error');
    expect(result.detail.issues.map((i) => i.path)).to.deep.equal([
      'events[0].start',
      'events[1].title',
    ]);
    expect(h.errorLines).to.deep.equal([
      "events[0].start: '2024-13-45' is not a date: month 13 does not exist",
      'events[1].title: every event needs a title',
    ]);
    expect(h.buttons).to.have.length(0);
  });

  it('some invalid events: the valid ones render and the status counts the skipped', async () => {
    const h = await TimelineHarness.create({ data: partlyValid });
    const result = h.results.at(-1) as CustomEvent<LoadDetail>;
    expect(result.type).to.equal('timeline-load');
    expect(result.detail.events).to.equal(3);
    expect(result.detail.issues.map((i) => i.path)).to.deep.equal([
      'events[1].start',
      'events[3].end',
    ]);
    expect(h.errorPanel).to.equal(null);
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['First', 'Second', 'Third']);
    expect(h.buttons).to.have.length(3);
    expect(h.statusText).to.equal('3 events · 2 skipped');
    expect(h.problems).to.deep.equal([]);
  });

  it('"Show problems" expands a list of path: message entries, and collapses again', async () => {
    const h = await TimelineHarness.create({ data: partlyValid });
    const toggle = h.problemsToggle;
    expect(toggle?.textContent?.trim()).to.equal('Show problems');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    await h.press('Enter', toggle ?? undefined);
    expect(h.problems).to.deep.equal([
      "events[1].start: '2024-13-45' is not a date: month 13 does not exist",
      "events[3].end: the end '2020' is before the start '2021'",
    ]);
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle?.textContent?.trim()).to.equal('Hide problems');
    expect(h.root.getElementById(toggle?.getAttribute('aria-controls') ?? '')).to.not.equal(null);
    toggle?.click();
    await h.el.updateComplete;
    expect(h.problems).to.deep.equal([]);
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('issues and events are readable after a partial load and after a failure', async () => {
    const h = await TimelineHarness.create({ data: partlyValid });
    expect(h.el.events).to.have.length(3);
    expect(h.el.issues.map((i: Issue) => [i.path, i.severity])).to.deep.equal([
      ['events[1].start', 'error'],
      ['events[3].end', 'error'],
    ]);
    h.el.data = null;
    h.el.src = MISSING;
    expect((await h.loaded()).type).to.equal('timeline-error');
    expect(h.el.events).to.deep.equal([]);
    expect(h.el.issues.map((i) => i.path)).to.deep.equal(['src']);
  });

  it('fires no timeline-error while a src is still loading', async () => {
    const held = holdFetch();
    restoreFetch = held.restore;
    const h = await TimelineHarness.create({ src: '/slow.json' }, { wait: false });
    await waitUntil(() => held.calls.length === 1, 'the request is made');
    await frames();
    held.calls[0]?.respond({ events: [event('Arrived', '2020')] });
    expect((await h.loaded()).type).to.equal('timeline-load');
    expect(h.resultTypes, describeResults(h)).to.deep.equal(['timeline-load']);
  });

  it('fires no timeline-error while waiting for a script child', async () => {
    const h = await TimelineHarness.create({}, { wait: false });
    await frames();
    h.el.append(jsonScript('{"events":[{"title":"Late","start":"2023-04"}]}'));
    expect((await h.loaded()).type).to.equal('timeline-load');
    expect(h.resultTypes, describeResults(h)).to.deep.equal(['timeline-load']);
  });

  it('no exception escapes to the page, whatever the input', async () => {
    const watch = watchPageErrors();
    try {
      const inputs: { src?: string; data?: unknown; script?: string }[] = [
        { src: MISSING },
        { src: jsonUrl('{"events": [1,]}') },
        { src: '/tests/fixtures/not-json.html' },
        { src: 'http://[invalid' },
        { script: '{"events": [' },
        { data: 42 },
        { data: 'not json' },
        { data: { events: 'none' } },
        { data: { events: [null, 7, [], { title: {}, start: [] }] } },
        { data: [{ content: 'no start' }, { start: 'soon' }] },
        { data: { events: [{ title: 'x', start: '2020', sources: [{ url: 'javascript:1' }] }] } },
      ];
      for (const input of inputs) {
        const h = await TimelineHarness.create(input);
        expect(h.errorPanel !== null || h.buttons.length > 0, JSON.stringify(input)).to.equal(true);
      }
      await frames(2);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('data that is not timeline data shows a message that says so', async () => {
    const h = await TimelineHarness.create({ data: 42 });
    expect(h.errorLines).to.deep.equal([
      'the data must be an object with an "events" list, or a list of vis-timeline items, not a number',
    ]);
  });

  it('the error panel is replaced once valid data arrives', async () => {
    const h = await TimelineHarness.create({ src: MISSING });
    expect(h.errorPanel).to.not.equal(null);
    h.el.data = { events: [event('Recovered', '2020-02-02')] };
    expect((await h.loaded()).type).to.equal('timeline-load');
    expect(h.errorPanel).to.equal(null);
    expect(h.buttonNames).to.deep.equal(['Recovered, 2 February 2020']);
  });
});

describe('error paths in markup', () => {
  it('an invalid inline script in a template shows the error panel', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline><script type="application/json">{ nope }</script></event-timeline>`,
    );
    expect(h.resultTypes.at(-1)).to.equal('timeline-error');
    expect(h.errorLines[0]).to.match(
      /^script: The JSON in the <script> element is not valid JSON at line 1, column 3: /,
    );
  });
});
