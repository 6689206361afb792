import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bench
import { generate } from '../../bench/generate.js';
import { indicesOf } from '../../src/model/bit-set.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { SearchIndex, searchableText, searchText } from '../../src/model/search.js';
import { WordIndexBuilder, wordsOf } from '../../src/model/word-index.js';
import { event, timeline } from './fixtures.js';

/** A word index of events, built the way the engines build it. */
function indexOf(events: readonly { title: string; summary: string }[], locale?: string) {
  const builder = new WordIndexBuilder();
  for (const e of events) builder.add(wordsOf(`${e.title}\n${e.summary}`, locale));
  return builder.build();
}

describe('wordsOf', () => {
  it('gives the words of searchText, through its quick way for ASCII text too', () => {
    for (const text of [
      'Assad IS ousted.\n\tRebels  reach Damascus',
      'Damascène ﬁnal',
      ' a ',
      '',
    ]) {
      expect(wordsOf(text)).toEqual(searchText(text).split(' ').filter(Boolean));
    }
    expect(wordsOf('DIYARBAKIR Izmir', 'tr')).toEqual(['dıyarbakır', 'ızmir']);
    expect(wordsOf('ДАМАСК лётчик')).toEqual(['дамаск', 'летчик']);
  });

  it('takes an empty locale as none', () => {
    expect(wordsOf('Assad', '')).toEqual(['assad']);
  });
});

describe('WordIndex', () => {
  const model = parseTimeline(
    timeline([
      event({ title: 'Assad is ousted', start: '2024-12-08', summary: 'Rebels reach Damascus.' }),
      event({ title: 'Moscow meeting', start: '2025-07-31', summary: 'Assad-era agreements' }),
      event({ title: 'سقوط الأسد', start: '2024-12-09' }),
      event({ title: 'Лётчики в Хмеймиме', start: '2015-09-30' }),
    ]),
  ).model;
  const index = indexOf(model.events);
  const titles = (found: Int32Array) => [...found].map((i) => model.events[i]?.title);

  it('finds words inside words, in time order, and needs every word of the query', () => {
    expect(titles(index.find(['assad']))).toEqual(['Assad is ousted', 'Moscow meeting']);
    expect(titles(index.find(['mas']))).toEqual(['Assad is ousted']);
    expect(titles(index.find(['assad', 'era']))).toEqual(['Moscow meeting']);
    expect(titles(index.find(['assad', 'nowhere']))).toEqual([]);
    expect(titles(index.find(wordsOf('الاسد')))).toEqual(['سقوط الأسد']);
    expect(titles(index.find(wordsOf('летчики')))).toEqual(['Лётчики в Хмеймиме']);
  });

  it('never matches across two words, or across two events', () => {
    expect(index.find(['ousted rebels'])).toEqual(new Int32Array(0));
    expect(index.find(['damascus.moscow'])).toEqual(new Int32Array(0));
  });

  it('an empty query finds nothing', () => {
    expect(index.find([])).toEqual(new Int32Array(0));
  });

  it('finds what SearchIndex finds, in words kept as lists and as bit sets', () => {
    const { events } = parseTimeline(generate(3000, 9)).model;
    const words = new WordIndexBuilder();
    for (const e of events) words.add(wordsOf(searchableText(e)));
    const built = words.build();
    const reference = new SearchIndex(events);
    // Common words ("a", "tr") are in more than 1/32 of the events, the rest (years in the
    // made-up words below) in fewer: both ways of keeping a word's events are searched.
    const queries = ['a', 'tr', 'treaty', 'treaty su', 'summit tre', 'e o', 'xyz', 'ea', 'port'];
    for (const query of queries) {
      expect([...built.find(wordsOf(query))], query).toEqual(reference.find(query));
    }
  });

  it('keeps rare words as lists of events and common ones as bit sets, with the same answers', () => {
    // 64 events: "every" is in all, "even" in every second, "rare" in one, "pair" in two.
    const events = Array.from({ length: 64 }, (_, i) => ({
      title: `every ${i % 2 ? '' : 'even'} ${i === 40 ? 'rare' : ''} ${i % 30 === 7 ? 'pair' : ''}`,
      summary: '',
    }));
    const built = indexOf(events);
    expect([...built.find(['every'])]).toEqual(events.map((_, i) => i));
    expect([...built.find(['even'])]).toEqual(events.flatMap((_, i) => (i % 2 ? [] : [i])));
    expect([...built.find(['rare'])]).toEqual([40]);
    expect([...built.find(['pair'])]).toEqual([7, 37]);
    expect([...built.find(['ev', 'pair'])]).toEqual([7, 37]);
    expect([...built.find(['a'])]).toEqual([7, 37, 40]);
  });

  it('answers the same when asked again, after other queries', () => {
    const { events } = parseTimeline(generate(500, 4)).model;
    const built = indexOf(events);
    const first = [...built.find(['tre', 'a'])];
    built.find(['tre']);
    built.find(['x']);
    expect([...built.find(['tre', 'a'])]).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
  });
});

describe('indicesOf', () => {
  it('lists the set bits in order, the 32nd of each word too', () => {
    const bits = new Uint32Array([0x80000001, 0, 0x10]);
    expect([...indicesOf(bits)]).toEqual([0, 31, 68]);
  });
});
