import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bench
import { generate } from '../../bench/generate.js';
import { searchEngine } from '../../src/element/controllers/search-engine.js';
import { inSlices, SLICE_MS } from '../../src/element/controllers/search-local.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { SearchIndex } from '../../src/model/search.js';

describe('searchEngine up to 100,000 events (on the page)', () => {
  const { events } = parseTimeline(generate(2000, 3)).model;

  it('finds what SearchIndex finds, building its index on the first search', async () => {
    const engine = searchEngine(events, 'en');
    const reference = new SearchIndex(events, 'en');
    for (const query of ['Treaty', 'treaty su', 'a', 'nowhere', 'PORT  a']) {
      expect([...(await engine.find(query))], query).toEqual(reference.find(query));
    }
  });

  it('an empty query finds nothing, without building', async () => {
    expect(await searchEngine(events, 'en').find('  ')).toEqual(new Int32Array(0));
  });

  it('prepare() builds it once; finds asked meanwhile wait for it', async () => {
    const engine = searchEngine(events, 'en');
    const ready = engine.prepare();
    const asked = engine.find('summit');
    await ready;
    expect([...(await asked)]).toEqual(new SearchIndex(events).find('summit'));
  });

  it('after dispose() a search rejects with an AbortError', async () => {
    const engine = searchEngine(events, 'en');
    await engine.prepare();
    engine.dispose();
    await expect(engine.find('summit')).rejects.toThrow(/disposed/);
  });

  it('a dispose() while building stops the building', async () => {
    const many = parseTimeline(generate(20_000, 3)).model.events;
    const engine = searchEngine(many, 'en');
    const asked = engine.find('summit');
    await new Promise((resolve) => setTimeout(resolve, 20));
    engine.dispose();
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('inSlices', () => {
  it('does all the work, in order, in slices of about SLICE_MS with a task between', async () => {
    const done: number[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {}
    };
    await inSlices(
      40,
      (i) => {
        busy(1);
        done.push(i);
      },
      () => false,
    );
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const ends: number[] = [];
    await inSlices(
      200,
      () => busy(0.05),
      () => false,
      { after: (end) => ends.push(end) },
    );
    // 10 ms of work: two slices at least, none after the last.
    expect(ends.length).toBeGreaterThan(1);
    expect(ends.at(-1)).toBe(200);
    expect(SLICE_MS).toBeLessThan(50);
  });
});
