import { expect, waitUntil } from '@open-wc/testing';
// @ts-expect-error: a plain JavaScript module of the bench
import { generate } from '../../bench/generate.js';
import { searchWorker } from '../../src/element/controllers/search-client.js';
import { searchEngine, WORKER_EVENTS } from '../../src/element/controllers/search-engine.js';
import { SearchIndex } from '../../src/model/search.js';
import type { SearchReply, SearchRequest } from '../../src/model/search-messages.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { watchPageErrors } from './fixtures.js';

type Generated = { events: { id: string; title: string; start: string; summary?: string }[] };

/** `n` generated events as search reads them, with a few in Arabic and Russian among them. */
function eventsOf(n: number, seed = 1): TimelineEvent[] {
  const { events } = generate(n, seed) as Generated;
  const foreign = ['سقوط الأسد في دمشق', 'Лётчики в Хмеймиме', 'Damascène café'];
  return events.map((e, i) => {
    const title = i % 10_007 === 5 ? (foreign[((i / 10_007) % 3) | 0] ?? e.title) : e.title;
    return { ...e, title, summary: e.summary ?? '', description: '', quote: null } as TimelineEvent;
  });
}

const QUERIES = ['a', 'tr', 'treaty su', 'Summit  TREATY', 'الاسد', 'летчики', 'damascene', 'xyz'];

/** Records each search worker made, and whether it was terminated. */
function watchWorkers() {
  const { create } = searchWorker;
  const made: { terminated: boolean }[] = [];
  searchWorker.create = () => {
    const worker = create();
    const record = { terminated: false };
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      record.terminated = true;
      terminate();
    };
    made.push(record);
    return worker;
  };
  return { made, restore: () => Object.assign(searchWorker, { create, failed: false }) };
}

describe('search over more than 100,000 events, in a worker', function () {
  this.timeout(120_000);
  // Made once for these tests and let go after, so that the heap is small again for the next.
  let events: TimelineEvent[] = [];
  let reference = new SearchIndex([]);
  before(() => {
    events = eventsOf(WORKER_EVENTS + 20_000);
    reference = new SearchIndex(events, 'en');
  });
  after(() => {
    events = [];
    reference = new SearchIndex([]);
  });
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

  it('finds what SearchIndex finds on the page, in a worker it lets go when disposed', async () => {
    const engine = searchEngine(events, 'en');
    for (const query of QUERIES) {
      expect([...(await engine.find(query))], query).to.deep.equal(reference.find(query));
    }
    expect(workers.made.length).to.equal(1);
    engine.dispose();
    expect(workers.made[0]?.terminated).to.equal(true);
  });

  it('each query typed without waiting gets its own answer', async () => {
    const engine = searchEngine(events, 'en');
    await engine.prepare();
    const typed = ['t', 'tr', 'tre', 'trea', 'treaty', 'treaty ', 'treaty s', 'treaty su'];
    const answers = await Promise.all(typed.map((q) => engine.find(q)));
    answers.forEach((found, i) => {
      expect([...found], typed[i]).to.deep.equal(reference.find(typed[i] ?? ''));
    });
    engine.dispose();
  });

  it('a search asked while the index builds waits for it; dispose() rejects what is pending', async () => {
    const engine = searchEngine(events, 'en');
    const first = engine.find('summit');
    expect([...(await first)]).to.deep.equal(reference.find('summit'));
    const pending = engine.find('treaty');
    engine.dispose();
    let error: unknown = null;
    await pending.catch((e) => {
      error = e;
    });
    expect((error as DOMException | null)?.name).to.equal('AbortError');
  });

  it('where no worker starts, it searches on the page', async () => {
    searchWorker.create = () => {
      throw new Error('no worker here');
    };
    const engine = searchEngine(events, 'en');
    expect([...(await engine.find('treaty su'))]).to.deep.equal(reference.find('treaty su'));
    expect(searchWorker.failed).to.equal(true);
  });
});

/**
 * A worker that answers only when told to, in any order: what a late answer to an earlier query
 * looks like to the page.
 */
function heldWorker() {
  const finds: { seq: number; query: string }[] = [];
  const worker = {
    onmessage: null as ((e: MessageEvent<SearchReply>) => void) | null,
    onerror: null,
    postMessage(message: SearchRequest) {
      if (message.type === 'end') setTimeout(() => this.reply({ type: 'built', ms: 0 }));
      if (message.type === 'find') finds.push(message);
    },
    terminate() {},
    reply(data: SearchReply) {
      this.onmessage?.({ data } as MessageEvent<SearchReply>);
    },
  };
  setTimeout(() => worker.reply({ type: 'ready' }));
  return { worker, finds };
}

describe('answers from the search worker', () => {
  it('go to their own query by number, however late and in whatever order they come', async () => {
    const { create } = searchWorker;
    const held = heldWorker();
    searchWorker.create = () => held.worker as unknown as Worker;
    try {
      const engine = searchEngine(eventsOf(WORKER_EVENTS + 1), 'en');
      const asked = ['a', 'ab', 'abc'].map((q) => engine.find(q));
      await waitUntil(() => held.finds.length === 3, 'three queries sent', { timeout: 30_000 });
      expect(held.finds.map((f) => f.query)).to.deep.equal(['a', 'ab', 'abc']);
      // Answered last first; each answer names its query's length, as its only index.
      for (const { seq, query } of [...held.finds].reverse()) {
        held.worker.reply({ type: 'found', seq, indices: Int32Array.of(query.length) });
      }
      const answers = await Promise.all(asked);
      expect(answers.map((a) => [...a])).to.deep.equal([[1], [2], [3]]);
    } finally {
      searchWorker.create = create;
    }
  });
});

/** A script that ran in a long animation frame (not yet in TypeScript's DOM types). */
interface FrameScript {
  duration: number;
  invoker: string;
  sourceURL: string;
}

/**
 * The long tasks (over 50 ms) the page has from now until stop(), as "83 ms at +120", each with
 * what ran in the long animation frames at that time, so that a failure says whose they were.
 */
function watchLongTasks() {
  const started = performance.now();
  const tasks: PerformanceEntry[] = [];
  const frames: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    frameObserver.observe({ type: 'long-animation-frame' });
  }
  const scriptsIn = (task: PerformanceEntry) =>
    frames
      .filter(
        (f) =>
          f.startTime <= task.startTime + task.duration &&
          task.startTime <= f.startTime + f.duration,
      )
      .flatMap((f) => (f as unknown as { scripts: FrameScript[] }).scripts ?? [])
      .filter((script) => script.duration >= 5)
      .map(
        (script) =>
          `${Math.round(script.duration)} ms ${script.invoker} ${script.sourceURL.split('/').pop()}`,
      );
  return () => {
    tasks.push(...observer.takeRecords());
    frames.push(...frameObserver.takeRecords());
    observer.disconnect();
    frameObserver.disconnect();
    return tasks
      .filter((t) => t.startTime >= started)
      .map(
        (t) =>
          `${Math.round(t.duration)} ms at +${Math.round(t.startTime - started)} (${scriptsIn(t).join('; ')})`,
      );
  };
}

describe('building the index', function () {
  this.timeout(120_000);
  // Wall-clock tasks on a shared machine can stretch when another process takes the core.
  this.retries(2);

  for (const n of [WORKER_EVENTS, WORKER_EVENTS + 20_000]) {
    it(`of ${n.toLocaleString('en-US')} events leaves the page no long task`, async function () {
      // Firefox and WebKit report no long tasks: the test would pass whatever happened.
      if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) this.skip();
      const events = eventsOf(n, 2);
      const engine = searchEngine(events, 'en');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stop = watchLongTasks();
      const t0 = performance.now();
      await engine.prepare();
      const ms = performance.now() - t0;
      const found = await engine.find('treaty');
      const tasks = stop();
      console.log(`index of ${n} events ready in ${Math.round(ms)} ms; long tasks: [${tasks}]`);
      expect(found.length).to.be.above(0);
      expect(tasks).to.deep.equal([]);
      engine.dispose();
    });
  }
});
