import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseWorker } from '../../src/element/controllers/parse-client.js';
import { WORKER_BYTES } from '../../src/element/controllers/read-json.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { jsonUrl, loadJson, watchPageErrors } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';

type Native = { title: string; events: Record<string, unknown>[]; story?: string[] };

/** bench/generate.js data from the test server: `n` events, about 150 bytes each. */
const generatedUrl = (n: number, options = '') => `/test-server/generated?events=${n}${options}`;

/** Records each parse worker made, and whether it was terminated. */
function watchWorkers() {
  const create = parseWorker.create;
  const made: { started: boolean; terminated: boolean }[] = [];
  parseWorker.create = () => {
    const worker = create();
    const record = { started: false, terminated: false };
    worker.addEventListener('message', () => {
      record.started = true;
    });
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      record.terminated = true;
      terminate();
    };
    made.push(record);
    return worker;
  };
  return {
    made,
    /** How many ran: each posts a message once it has loaded. */
    started: () => made.filter((m) => m.started).length,
    restore: () => Object.assign(parseWorker, { create, failed: false }),
  };
}

/** Mounts a timeline and waits for its result, however long a large dataset takes. */
async function mount(options: { src?: string; data?: unknown }, timeout = 60_000) {
  const h = await TimelineHarness.create(options, { wait: false });
  await waitUntil(() => h.results.length > 0, 'a result', { timeout, interval: 50 });
  return h;
}

/** What a reader and a page get from a timeline: its events and its issues, as text. */
const outcome = (el: EventTimeline) => JSON.stringify({ events: el.events, issues: el.issues });

/** Generated events with one of each kind of problem, so the issues are many and in order. */
function withFaults(data: Native): Native {
  const events = data.events.map((e) => ({ ...e }));
  const at = (i: number) => events[i] as Record<string, unknown>;
  at(3).titel = 'typo';
  at(10).start = '2024-13-45';
  at(20).id = at(21).id;
  at(30).category = 'nowhere';
  at(40).end = '1900';
  at(50).importance = 7;
  at(60).start = 2015;
  delete at(60).end;
  at(70).sources = ['javascript:alert(1)'];
  at(80).title = { text: 'not text' };
  delete at(90).id;
  // Media and the story come through the worker too: a picture, a link card, a refused url.
  at(100).media = { url: '/demo/media/coast.png', alt: 'A map', caption: 'c', credit: 'CC0' };
  at(110).media = { url: 'https://youtu.be/x', caption: 'A clip' };
  at(120).media = { url: 'javascript:alert(1)', alt: 'x' };
  return { ...data, events, story: ['no-such-event'] };
}

describe('a large src is parsed in a worker', () => {
  let workers: ReturnType<typeof watchWorkers>;
  let page: ReturnType<typeof watchPageErrors>;
  beforeEach(() => {
    workers = watchWorkers();
    page = watchPageErrors();
  });
  afterEach(() => {
    workers.restore();
    page.stop();
    expect(page.errors).to.deep.equal([]);
  });

  it('a src of 1 MB or more gives the same events and issues, in the same order, as the data given as a property', async function () {
    this.timeout(120_000);
    const data = withFaults(await loadJson<Native>(generatedUrl(8000, '&seed=5')));
    const text = JSON.stringify(data);
    expect(text.length).to.be.above(WORKER_BYTES);
    const bySrc = await mount({ src: jsonUrl(text) });
    expect(workers.made.length, 'workers made').to.equal(1);
    expect(workers.started(), 'workers that ran').to.equal(1);
    expect(workers.made[0]?.terminated, 'the worker is let go once done').to.equal(true);
    const byData = await mount({ data: JSON.parse(text) });
    expect(bySrc.el.events.length).to.equal(7997);
    expect(bySrc.el.issues.length).to.equal(12);
    expect(bySrc.el.events.flatMap((e) => (e.media ? [e.media.kind] : [])).sort()).to.deep.equal([
      'image',
      'link',
    ]);
    expect(outcome(bySrc.el)).to.equal(outcome(byData.el));
    expect(Object.isFrozen(bySrc.el.events[0])).to.equal(true);
    expect(bySrc.statusText).to.equal(byData.statusText);
  });

  it('TimelineJS and vis-timeline data of 1 MB or more read the same by src as by property', async function () {
    this.timeout(120_000);
    const { events } = await loadJson<Native>(generatedUrl(9000, '&seed=6'));
    const timelineJs = {
      title: { text: { headline: 'From TimelineJS' } },
      events: events.map((e) => {
        const [year, month, day] = String(e.start).split('-').map(Number);
        return {
          start_date: { year, month, day },
          text: { headline: `<b>${e.title}</b>`, text: `<p>${e.summary ?? ''}</p>` },
          group: e.category,
        };
      }),
    };
    const vis = events.map((e) => ({
      id: e.id,
      content: `<i>${e.title}</i>`,
      start: e.start,
      end: e.end,
      group: e.category,
    }));
    for (const data of [timelineJs, vis]) {
      const text = JSON.stringify(data);
      expect(text.length).to.be.above(WORKER_BYTES);
      const bySrc = await mount({ src: jsonUrl(text) });
      const byData = await mount({ data: JSON.parse(text) });
      expect(bySrc.el.events.length).to.equal(9000);
      expect(outcome(bySrc.el)).to.equal(outcome(byData.el));
    }
    expect(workers.started(), 'workers that ran').to.equal(2);
  });

  it('a body with no declared length goes to a worker once its first 1 MB has come', async function () {
    this.timeout(60_000);
    const h = await mount({ src: generatedUrl(10_000) });
    expect(h.el.events.length).to.equal(10_000);
    expect(workers.started()).to.equal(1);
  });

  it('a body under 1 MB is parsed on the page, with no worker', async () => {
    const h = await mount({ src: generatedUrl(2000, '&length=1') });
    expect(h.el.events.length).to.equal(2000);
    expect(workers.made.length).to.equal(0);
  });

  it('bad JSON of 1 MB or more gives the line and column, as it does on the page', async function () {
    this.timeout(60_000);
    const data = await loadJson<Native>(generatedUrl(8000));
    const lines = JSON.stringify(data).replace(/\},\{/g, '},\n{').split('\n');
    lines[5000] = `!${lines[5000]}`;
    const url = jsonUrl(lines.join('\n'));
    const inWorker = await mount({ src: url });
    expect(workers.started()).to.equal(1);
    const found = JSON.stringify(lines[5000]?.slice(0, 12));
    expect(inWorker.el.issues.map((i) => i.message)).to.deep.equal([
      `'${url}' is not valid JSON at line 5001, column 1: unexpected ${found}`,
    ]);
    parseWorker.create = () => {
      throw new Error('no worker');
    };
    const onPage = await mount({ src: url });
    expect(onPage.el.issues).to.deep.equal(inWorker.el.issues);
  });

  it('changing src mid-load stops the worker and the request, and only the new data shows', async function () {
    this.timeout(60_000);
    const h = await TimelineHarness.create(
      { src: generatedUrl(100_000, '&length=1&mbps=4&id=worker-swap') },
      { wait: false },
    );
    await waitUntil(() => workers.started() === 1, 'a worker starts', { timeout: 10_000 });
    h.el.src = '/test-server/slow?ms=0&events=3&label=next';
    await h.loaded();
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['next 0', 'next 1', 'next 2']);
    expect(workers.made[0]?.terminated).to.equal(true);
    await waitUntil(
      async () =>
        (await loadJson<{ closedIds: string[] }>('/test-server/stats')).closedIds.includes(
          'worker-swap',
        ),
      'the request is closed',
      { timeout: 5000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.resultTypes).to.deep.equal(['timeline-load']);
  });

  it('removing the element mid-load stops the worker and reports nothing', async function () {
    this.timeout(60_000);
    const h = await TimelineHarness.create(
      { src: generatedUrl(100_000, '&length=1&mbps=4') },
      { wait: false },
    );
    await waitUntil(() => workers.started() === 1, 'a worker starts', { timeout: 10_000 });
    h.el.remove();
    await waitUntil(() => workers.made[0]?.terminated, 'the worker is terminated');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.results).to.deep.equal([]);
  });
});

describe('where no worker can start, a large src is parsed on the page', () => {
  let page: ReturnType<typeof watchPageErrors>;
  const { create } = parseWorker;
  const Worker = window.Worker;
  beforeEach(() => {
    page = watchPageErrors();
  });
  afterEach(() => {
    Object.assign(parseWorker, { create, failed: false });
    window.Worker = Worker;
    page.stop();
    expect(page.errors).to.deep.equal([]);
  });

  /** Loads the same big data by src and by property: they must read the same. */
  async function sameAsProperty() {
    const text = JSON.stringify(withFaults(await loadJson<Native>(generatedUrl(8000, '&seed=7'))));
    const bySrc = await mount({ src: jsonUrl(text) });
    const byData = await mount({ data: JSON.parse(text) });
    expect(bySrc.el.events.length).to.equal(7997);
    expect(outcome(bySrc.el)).to.equal(outcome(byData.el));
  }

  it("a worker file that fails to load (missing, or refused by the page's CSP)", async function () {
    this.timeout(60_000);
    parseWorker.create = () => new window.Worker('/no-such-parse-worker.js', { type: 'module' });
    await sameAsProperty();
    expect(parseWorker.failed, 'no worker is tried again on this page').to.equal(true);
  });

  it('a browser with no Worker', async function () {
    this.timeout(60_000);
    // @ts-expect-error: a browser without workers
    window.Worker = undefined;
    await sameAsProperty();
  });
});

/** A long animation frame's scripts, as Chromium reports them (not yet in TypeScript's DOM types). */
interface FrameScript {
  startTime: number;
  duration: number;
  invoker: string;
  sourceFunctionName: string;
  sourceURL: string;
}

/**
 * The long tasks the page saw, from `from` on, in the order they came; and what ran in each long
 * animation frame over 50 ms, so that a failure says which scripts made its task long.
 */
function watchLongTasks(from: number) {
  const tasks: PerformanceEntry[] = [];
  const frames: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    frameObserver.observe({ type: 'long-animation-frame' });
  }
  return {
    stop(): PerformanceEntry[] {
      tasks.push(...observer.takeRecords());
      frames.push(...frameObserver.takeRecords());
      observer.disconnect();
      frameObserver.disconnect();
      return tasks.filter((t) => t.startTime + t.duration > from);
    },
    /** Each long frame after `from`, with its scripts: `+812 ms 183 ms: 120 ms message handler of …`. */
    frames(started: number): string[] {
      return frames
        .filter((f) => f.startTime + f.duration > from)
        .map((f) => {
          const scripts = ((f as unknown as { scripts: FrameScript[] }).scripts ?? [])
            .filter((s) => s.duration >= 5)
            .map((s) => {
              const source = s.sourceURL.split('/').pop() ?? '';
              return `${Math.round(s.duration)} ms ${s.invoker} ${s.sourceFunctionName}@${source} at +${Math.round(s.startTime - started)}`;
            });
          return `+${Math.round(f.startTime - started)}: ${Math.round(f.duration)} ms (${scripts.join('; ') || 'no script over 5 ms'})`;
        });
    },
  };
}

/**
 * Long tasks on each side of the moment the model was taken (`assembled`), described with their
 * start after `started`. A task's loading part is what it ran before that moment: all of it, or
 * the start of the task that takes the model and renders it. Parsing on the page's thread makes
 * that part long.
 */
function splitAt(tasks: PerformanceEntry[], assembled: number, started: number) {
  const ms = (t: PerformanceEntry) =>
    `${Math.round(t.duration)} ms at +${Math.round(t.startTime - started)}`;
  const loadingPart = (t: PerformanceEntry) =>
    Math.min(t.startTime + t.duration, assembled) - t.startTime;
  return {
    loading: tasks
      .filter((t) => loadingPart(t) > 50)
      .map((t) => `${Math.round(loadingPart(t))} ms of ${ms(t)}`),
    rendering: tasks.filter((t) => loadingPart(t) <= 50).map(ms),
  };
}

describe('the page while a 100,000-event src loads', () => {
  it('has no long task over 50 ms from setting src until the model is put together', async function () {
    this.timeout(180_000);
    // Wall-clock tasks on a shared machine can stretch when another process takes the core; a
    // load parsed on the page's thread has a long task every time, and fails all three.
    this.retries(2);
    const url = generatedUrl(100_000, '&seed=1&length=1');
    await executeServerCommand('keep-no-response-bodies');
    // The server writes the 15 MB once; that is its time, not the page's.
    await (await fetch(url)).arrayBuffer();
    const h = await TimelineHarness.create({}, { wait: false });
    // When the data controller takes the model (in a task of its own): the loading phase ends,
    // the first render begins. A test-only look inside the element.
    const loader = (h.el as unknown as { loader: { changed(ids?: unknown): void } }).loader;
    let assembled = 0;
    const changed = loader.changed.bind(loader);
    loader.changed = (ids) => {
      assembled = performance.now();
      changed(ids);
    };
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const longTasks = watchLongTasks(started);
    h.el.src = url;
    await waitUntil(() => h.results.length > 0, 'timeline-load', { timeout: 120_000 });
    const loaded = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const tasks = longTasks.stop();
    expect(h.resultTypes).to.deep.equal(['timeline-load']);
    expect(h.el.events.length).to.equal(100_000);
    const { loading, rendering } = splitAt(tasks, assembled, started);
    console.log(
      `100,000 events by src: model put together ${Math.round(assembled - started)} ms after src was set, timeline-load after ${Math.round(loaded - started)} ms; long tasks while loading: [${loading.join(', ')}]; in the first render: [${rendering.join(', ')}]; long frames: [${longTasks.frames(started).join(' | ')}]`,
    );
    expect(loading, 'long tasks while loading').to.deep.equal([]);
  });
});
