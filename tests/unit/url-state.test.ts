import { describe, expect, it } from 'vitest';
import { viewToIso } from '../../src/layout/view.js';
import { utcMs } from '../../src/model/dates.js';
import {
  fitToData,
  formatUrlState,
  linkWindow,
  parseUrlState,
  type UrlState,
} from '../../src/model/url-state.js';

/** A state with defaults for the parts not given. */
function state(parts: Partial<UrlState> = {}): UrlState {
  return { event: '', view: null, query: '', categories: [], ...parts };
}

/** The state read back from the hash written for it. */
function roundTrip(elementId: string, s: UrlState): UrlState | undefined {
  return parseUrlState(formatUrlState(elementId, s), elementId)?.state;
}

describe('formatUrlState', () => {
  it('formatUrlState(id, state) writes only the event as #<id>/<event id>, as links did before', () => {
    expect(formatUrlState('syria', state({ event: 'assad-ousted' }))).toBe('#syria/assad-ousted');
    expect(formatUrlState('', state({ event: 'bases-leases' }))).toBe('#timeline/bases-leases');
  });

  it('formatUrlState(id, state) writes nothing when every part is its default', () => {
    expect(formatUrlState('syria', state())).toBe('');
  });

  it('formatUrlState(id, state) writes view, q and categories after ?, in that order', () => {
    const s = state({
      event: 'moscow-meeting',
      view: { start: '2024-01-01', end: '2025-12-31' },
      query: 'assad',
      categories: ['politics', 'diplomacy'],
    });
    expect(formatUrlState('syria', s)).toBe(
      '#syria/moscow-meeting?view=2024-01-01~2025-12-31&q=assad&categories=politics,diplomacy',
    );
  });

  it('formatUrlState(id, state) leaves the event empty when only other parts are set', () => {
    expect(formatUrlState('', state({ query: 'assad' }))).toBe('#timeline/?q=assad');
  });

  it('formatUrlState(id, state) encodes each value, and each category id on its own', () => {
    const s = state({ event: 'a/b?c', query: 'x&y=z #1 50%', categories: ['a,b', 'c&d'] });
    expect(formatUrlState('t', s)).toBe(
      '#t/a%2Fb%3Fc?q=x%26y%3Dz%20%231%2050%25&categories=a%2Cb,c%26d',
    );
  });
});

describe('parseUrlState', () => {
  it('parseUrlState(hash, id) reads back every state formatUrlState writes', () => {
    const states = [
      state({ event: 'assad-ousted' }),
      state({ view: { start: '2015-09-30', end: '2024-12-08' } }),
      state({ event: 'x', view: { start: '2024-12-08T10:30Z', end: '2024-12-08T18:00:05Z' } }),
      state({ query: 'Damascus', categories: ['military'] }),
      state({ event: 'e', query: 'q', categories: ['a', 'b', 'c'] }),
    ];
    for (const s of states) expect(roundTrip('syria', s)).toEqual(s);
  });

  it('parseUrlState(hash, id) reads back BCE and far-future windows as the view attributes write them', () => {
    const bce = state({ view: { start: '-000500-01-01', end: '-000043-03-15' } });
    const future = state({ view: { start: '2066-01-01', end: '+012000-01-01' } });
    expect(roundTrip('', bce)).toEqual(bce);
    expect(roundTrip('', future)).toEqual(future);
  });

  it('parseUrlState(hash, id) reads back ids and text with / ? & , # % and Arabic and Cyrillic', () => {
    const s = state({
      event: 'a/b?c&d,e#f%g',
      query: 'الأسد بشار',
      categories: ['дипломатия', 'a,b', '%', '#x', 'y/z?'],
    });
    expect(roundTrip('my/time?line', s)).toEqual(s);
    expect(roundTrip('خط-زمني', state({ event: 'Москва' }))).toEqual(state({ event: 'Москва' }));
  });

  it('parseUrlState(hash, id) reads an old #<id>/<event id> link as the event alone', () => {
    expect(parseUrlState('#syria/moscow-meeting', 'syria')).toEqual({
      state: state({ event: 'moscow-meeting' }),
      problems: [],
      badView: false,
    });
    expect(parseUrlState('#timeline/a%20b', '')?.state.event).toBe('a b');
  });

  it('parseUrlState(hash, id) is null for another timeline, another anchor or no hash', () => {
    expect(parseUrlState('#other/moscow-meeting', 'syria')).toBeNull();
    expect(parseUrlState('#syria', 'syria')).toBeNull();
    expect(parseUrlState('#section-2', '')).toBeNull();
    expect(parseUrlState('', '')).toBeNull();
    expect(parseUrlState('#timeline/x', 'syria')).toBeNull();
  });

  it('parseUrlState(hash, id) reads + in q as a space, as a form writes it', () => {
    expect(parseUrlState('#t/?q=bashar+al-assad', 't')?.state.query).toBe('bashar al-assad');
  });

  it('parseUrlState(hash, id) shows all categories for an empty categories=, and skips empty ids', () => {
    expect(parseUrlState('#t/?categories=', 't')?.state.categories).toEqual([]);
    expect(parseUrlState('#t/?categories=a,,b,a', 't')?.state.categories).toEqual(['a', 'b']);
  });
});

describe('parseUrlState with bad values', () => {
  /** The problems of a hash of timeline `t`. */
  const problems = (hash: string) => parseUrlState(hash, 't')?.problems;

  it('a view that is not two dates in order is a problem naming it, and the rest is read', () => {
    const reading = parseUrlState('#t/e?view=abc~2020&q=assad&categories=military', 't');
    expect(reading?.state).toEqual(state({ event: 'e', query: 'assad', categories: ['military'] }));
    expect(reading?.badView).toBe(true);
    expect(reading?.problems).toHaveLength(1);
    expect(reading?.problems[0]).toMatch(
      /^view 'abc~2020' is not a window: .*abc.*the whole data is shown$/,
    );
  });

  it('a view ending before it starts, or missing a part, is a problem', () => {
    expect(problems('#t/?view=2020~2019')).toEqual([
      "view '2020~2019' is not a window: it ends before it starts; the whole data is shown",
    ]);
    expect(problems('#t/?view=2020~')).toEqual([
      "view '2020~' is not a window: its end is missing; the whole data is shown",
    ]);
    expect(problems('#t/?view=~2020')?.[0]).toContain('its start is missing');
    expect(problems('#t/?view=2020')?.[0]).toContain('is not a window (<start>~<end>)');
    expect(problems('#t/?view')?.[0]).toMatch(/^view '' is not a window/);
    expect(problems('#t/?view=2020~2021~2022')?.[0]).toContain('is not a window');
  });

  it('a broken %-escape is a problem for its part only', () => {
    const reading = parseUrlState('#t/%E0%A4?q=%zz&categories=ok,%E0,fine&view=2020~2021', 't');
    expect(reading?.state).toEqual(
      state({ view: { start: '2020', end: '2021' }, categories: ['ok', 'fine'] }),
    );
    expect(reading?.problems).toEqual([
      "event '%E0%A4' has a broken %-escape; none is selected",
      "q '%zz' has a broken %-escape; nothing is searched",
      "category '%E0' has a broken %-escape; it is left out",
    ]);
    expect(problems('#t/?view=%E0~2020')?.[0]).toBe(
      "view '%E0~2020' has a broken %-escape; the whole data is shown",
    );
  });

  it('an unknown parameter is a problem naming it, and is ignored', () => {
    const reading = parseUrlState('#t/e?zoom=3&q=x', 't');
    expect(reading?.state).toEqual(state({ event: 'e', query: 'x' }));
    expect(reading?.problems).toEqual([
      "'zoom' is not a part of the link (view, q, categories); it is ignored",
    ]);
  });

  it('a very long bad value is shortened in its problem', () => {
    const message = problems(`#t/?view=${'x'.repeat(500)}`)?.[0] ?? '';
    expect(message.length).toBeLessThan(140);
    expect(message).toContain('…');
  });
});

describe('fitToData', () => {
  const has = { event: (id: string) => id === 'e1', categories: new Set(['military', 'politics']) };

  it('fitToData(state, has) keeps the categories the data has, with a problem for each other', () => {
    const fitted = fitToData(
      state({ event: 'e1', categories: ['military', 'sport', 'politics'] }),
      has,
    );
    expect(fitted).toEqual({
      categories: ['military', 'politics'],
      problems: ["category 'sport' is not in the data; it is left out"],
    });
  });

  it('fitToData(state, has) says when the event is not in the data', () => {
    expect(fitToData(state({ event: 'nope' }), has).problems).toEqual([
      "event 'nope' is not in the data; none is selected",
    ]);
    expect(fitToData(state(), has)).toEqual({ categories: [], problems: [] });
  });
});

describe('linkWindow', () => {
  it('linkWindow(view) reads each end as the instant it names: 2024~2025 is the year 2024', () => {
    expect(linkWindow({ start: '2024', end: '2025' })).toEqual({
      start: utcMs(2024),
      end: utcMs(2025),
    });
  });

  it('linkWindow(view) reads back the window the view attributes write, without drifting', () => {
    const windows = [
      { start: utcMs(2011, 3, 15, 7), end: utcMs(2066, 6, 1, 13) },
      { start: utcMs(-500, 2, 3), end: utcMs(-43, 3, 15) },
      { start: utcMs(2024, 12, 8, 10, 31), end: utcMs(2024, 12, 9, 18, 2) },
      { start: utcMs(2024, 12, 8, 10, 31, 5), end: utcMs(2024, 12, 8, 10, 35, 7) },
      { start: utcMs(9000), end: utcMs(12000) },
    ];
    for (const w of windows) {
      const text = viewToIso(w);
      const back = linkWindow(text);
      expect(viewToIso(back), JSON.stringify(text)).toEqual(text);
      expect(roundTrip('', state({ view: text }))?.view).toEqual(text);
      // Written again, the window read back names the same text: a shared link stays put.
      expect(viewToIso(linkWindow(viewToIso(back)))).toEqual(text);
    }
  });
});
