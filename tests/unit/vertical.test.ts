import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/format/dates.js';
import {
  layoutBars,
  layoutVertical,
  MAX_BAR_COLUMNS,
  markerUnit,
} from '../../src/layout/vertical.js';
import { type View, viewLimits } from '../../src/layout/view.js';
import { dataExtent, finestPrecision } from '../../src/layout/visible.js';
import { LINEAR, modelWarp, type Warp } from '../../src/layout/warp.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineModel } from '../../src/model/types.js';
import { event, storyModel, timeline, utc, wholeGapWarp } from './fixtures.js';
import { clampView } from './zoom-fixtures.js';

const NOW = utc(2026, 11, 27);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

function model(starts: string[]): TimelineModel {
  return parseTimeline(timeline(starts.map((start, i) => event({ start, title: `E${i}` })))).model;
}

/** Every event, in time order. */
function all(m: TimelineModel): number[] {
  return m.events.map((_, i) => i);
}

/** The whole data, as clampView leaves it. */
function wholeView(m: TimelineModel, w: Warp): View {
  const lim = viewLimits(w, dataExtent(m, NOW), finestPrecision(m), 1200);
  return clampView(w, { start: w.fromU(lim.u0), end: w.fromU(lim.u1) }, lim);
}

describe('markerUnit', () => {
  it('markerUnit(view) is the year over more than three years', () => {
    expect(markerUnit({ start: utc(2011), end: utc(2067) })).toBe('year');
    expect(markerUnit({ start: 0, end: 3 * YEAR + 1 })).toBe('year');
  });

  it('markerUnit(view) is the month over more than 60 days, up to three years', () => {
    expect(markerUnit({ start: 0, end: 3 * YEAR })).toBe('month');
    expect(markerUnit({ start: utc(2024, 11), end: utc(2025, 1, 15) })).toBe('month');
    expect(markerUnit({ start: 0, end: 60 * DAY + 1 })).toBe('month');
  });

  it('markerUnit(view) is the day over 60 days or less', () => {
    expect(markerUnit({ start: 0, end: 60 * DAY })).toBe('day');
    expect(markerUnit({ start: utc(2024, 12, 8), end: utc(2024, 12, 8, 6) })).toBe('day');
  });
});

describe('layoutVertical', () => {
  const story = storyModel();
  const warp = modelWarp(story, NOW);
  const view = wholeView(story, warp);

  it('layoutVertical(model, indices, …) gives one row per index, in the given order', () => {
    const indices = [3, 0, 9, 5];
    expect(layoutVertical(story, indices, view, warp, 'en-GB').map((r) => r.index)).toEqual(
      indices,
    );
    expect(layoutVertical(story, [], view, warp, 'en-GB')).toEqual([]);
  });

  it('layoutVertical(story, …) heads each new year of the story', () => {
    const rows = layoutVertical(story, all(story), view, warp, 'en-GB');
    expect(rows.map((r) => r.marker)).toEqual([
      '2011',
      '2015',
      null,
      '2017',
      '2024',
      null,
      null,
      null,
      '2025',
      null,
    ]);
    expect(rows.map((r) => r.hidden)).toEqual(Array(10).fill(null));
  });

  it('layoutVertical(model, …) gives the first card no space above it', () => {
    for (const indices of [all(story), [4, 5], [9]]) {
      expect(layoutVertical(story, indices, view, warp, 'en-GB')[0]?.gap).toBe(0);
    }
  });

  it('layoutVertical(model, …) gives more space for more time between cards', () => {
    // Gaps of 1, 2, 4, 8 and 16 days, then another of 16.
    const m = model([
      '2024-11-01',
      '2024-11-02',
      '2024-11-04',
      '2024-11-08',
      '2024-11-16',
      '2024-12-02',
      '2024-12-18',
    ]);
    const view = { start: utc(2024, 10, 25), end: utc(2024, 12, 25) };
    const gaps = layoutVertical(m, all(m), view, LINEAR, 'en-GB').map((r) => r.gap);
    for (let i = 2; i < 6; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] as number);
    expect(gaps[6]).toBeCloseTo(gaps[5] as number, 9);
    expect(gaps[1]).toBeGreaterThanOrEqual(8);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(96);
  });

  it('layoutVertical(model, …, maxGap) never leaves more than maxGap', () => {
    // Nine cards in one week of 1900 and one a century later: a long wait among many cards.
    const m = model([...Array.from({ length: 9 }, (_, i) => `1900-01-0${i + 1}`), '2000']);
    const view = { start: utc(1899), end: utc(2001) };
    for (const maxGap of [96, 40, 12]) {
      const gaps = layoutVertical(m, all(m), view, LINEAR, 'en-GB', maxGap).map((r) => r.gap);
      expect(Math.max(...gaps)).toBe(maxGap);
      for (const g of gaps) expect(g).toBeLessThanOrEqual(maxGap);
    }
  });

  it('layoutVertical(model, …) heads each new month when the window spans months', () => {
    const m = model(['2024-11-27', '2024-11-30', '2024-12-08', '2024-12-08', '2025-01-02']);
    const view = { start: utc(2024, 11, 20), end: utc(2025, 1, 20) };
    expect(layoutVertical(m, all(m), view, LINEAR, 'en-GB').map((r) => r.marker)).toEqual([
      'November 2024',
      null,
      'December 2024',
      null,
      'January 2025',
    ]);
  });

  it('layoutVertical(model, …) heads each new day, in UTC, when the window spans days', () => {
    const m = model([
      '2024-12-07T23:30',
      '2024-12-08T00:00',
      '2024-12-08T10:00',
      '2024-12-08T23:59',
      '2024-12-09',
    ]);
    const view = { start: utc(2024, 12, 1), end: utc(2024, 12, 15) };
    expect(layoutVertical(m, all(m), view, LINEAR, 'en-GB').map((r) => r.marker)).toEqual([
      '7 December 2024',
      '8 December 2024',
      null,
      null,
      '9 December 2024',
    ]);
  });

  it('layoutVertical(model, …) says what a compressed stretch between two cards hides', () => {
    const m = model(['1950', '1951', '1952', '2000', '2001']);
    // Compressed whole (no kept ends), so the stretch hidden is the one between the cards.
    const w = wholeGapWarp(m, NOW);
    expect(w.gaps).toEqual([{ start: utc(1952), end: utc(2000) }]);
    const rows = layoutVertical(m, all(m), wholeView(m, w), w, 'en-GB');
    expect(rows.map((r) => r.hidden)).toEqual([null, null, null, '48 years', null]);
  });

  it('layoutVertical(model, …) leaves less space across a compressed stretch', () => {
    const m = model(['1950', '1951', '1952', '2000', '2001']);
    const w = wholeGapWarp(m, NOW);
    const view = wholeView(m, w);
    const warped = layoutVertical(m, all(m), view, w, 'en-GB');
    const linear = layoutVertical(m, all(m), view, LINEAR, 'en-GB');
    expect(warped[3]?.gap).toBeLessThan(linear[3]?.gap as number);
    expect(warped[3]?.gap).toBeLessThan(warped[1]?.gap as number);
    expect(linear.map((r) => r.hidden)).toEqual(Array(5).fill(null));
  });
});

describe('layoutBars', () => {
  const story = storyModel();
  const starts = (m: TimelineModel) => Array.from(m.startMs);
  /** The story's bars as "id column first–last", "+" for one that fades out. */
  const bars = (m: TimelineModel, unit: 'year' | 'day' = 'year') =>
    layoutBars(m, all(m), starts(m), unit).map(
      (b) => `${m.events[b.index]?.id} ${b.column} ${b.first}-${b.last}${b.open ? '+' : ''}`,
    );

  it('layoutBars(story, …) runs each range from its card to the last card before its end, side by side', () => {
    expect(story.events.map((e) => e.id)).toEqual([
      'civil-war',
      'hmeimim-agreement',
      'russian-intervention',
      'bases-leases',
      'rebel-offensive',
      'assad-ousted',
      'assad-flees',
      'transition',
      'moscow-meeting',
      'review-pledge',
    ]);
    // The war and the intervention end on 8 December 2024, with the last card of that day; the
    // leases (to 2066) and the ongoing transition run on past the last card and fade out there.
    expect(bars(story)).toEqual([
      'civil-war 0 0-7',
      'russian-intervention 1 2-7',
      'bases-leases 2 3-9+',
      'rebel-offensive 3 4-7',
      'transition 4 7-9+',
    ]);
  });

  it('layoutBars(model, …) gives a column back once its bar has ended, never at the same card', () => {
    const m = parseTimeline(
      timeline([
        event({ id: 'a', title: 'A', start: '2001', end: '2002' }),
        event({ id: 'b', title: 'B', start: '2003' }),
        event({ id: 'c', title: 'C', start: '2003-06', end: '2005' }),
        event({ id: 'd', title: 'D', start: '2005', end: '2006' }),
        event({ id: 'e', title: 'E', start: '2007' }),
      ]),
    ).model;
    // A ends before B starts: C takes its column. D starts at C's last card: a column of its own,
    // and ends as E starts, so its bar stays on its own card.
    expect(bars(m)).toEqual(['a 0 0-0', 'c 0 2-3', 'd 1 3-3']);
  });

  it('layoutBars(model, …) fades a bar out only when it runs past the last card’s period', () => {
    const m = parseTimeline(
      timeline([
        event({ id: 'day', title: 'Day', start: '2024-12-01', end: '2024-12-08' }),
        event({ id: 'later', title: 'Later', start: '2024-12-02', end: '2025-02' }),
        event({ id: 'last', title: 'Last', start: '2024-12-08' }),
      ]),
    ).model;
    expect(bars(m, 'day')).toEqual(['day 0 0-2', 'later 1 1-2+']);
    expect(bars(m, 'year')).toEqual(['day 0 0-2', 'later 1 1-2+']);
    const month = layoutBars(m, all(m), starts(m), 'month').map((b) => b.open);
    expect(month).toEqual([false, true]);
  });

  it(`layoutBars(model, …) stops at ${MAX_BAR_COLUMNS} columns`, () => {
    const m = parseTimeline(
      timeline(
        Array.from({ length: 9 }, (_, i) =>
          event({ title: `R${i}`, start: `200${i}`, end: '2020' }),
        ),
      ),
    ).model;
    const columns = layoutBars(m, all(m), starts(m), 'year').map((b) => b.column);
    expect(columns).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('layoutVertical(story, …) lists on each row the bars that run past it', () => {
    const rows = layoutVertical(story, all(story), view(story), modelWarp(story, NOW), 'en-GB');
    expect(rows.map((r) => r.bars.map((b) => b.column))).toEqual([
      [0],
      [0],
      [0, 1],
      [0, 1, 2],
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [0, 1, 2, 3, 4],
      [2, 4],
      [2, 4],
    ]);
  });
});

function view(m: TimelineModel): View {
  return wholeView(m, modelWarp(m, NOW));
}

describe('formatDuration', () => {
  it('formatDuration(start, end, locale) counts whole years', () => {
    expect(formatDuration(0, 40 * YEAR, 'en-GB')).toBe('40 years');
    expect(formatDuration(NOW, utc(2067), 'en-GB')).toBe('40 years');
    expect(formatDuration(0, YEAR, 'en-GB')).toBe('1 year');
    expect(formatDuration(0, 2.9 * YEAR, 'en-GB')).toBe('2 years');
  });

  it('formatDuration(start, end, locale) counts whole months under a year', () => {
    expect(formatDuration(utc(2024, 12, 8), utc(2025, 7, 31), 'en-GB')).toBe('7 months');
    expect(formatDuration(0, 31 * DAY, 'en-GB')).toBe('1 month');
    expect(formatDuration(0, 364 * DAY, 'en-GB')).toBe('11 months');
  });

  it('formatDuration(start, end, locale) counts whole days under a month', () => {
    expect(formatDuration(utc(2024, 11, 27), utc(2024, 12, 8), 'en-GB')).toBe('11 days');
    expect(formatDuration(0, DAY, 'en-GB')).toBe('1 day');
    expect(formatDuration(0, 30 * DAY, 'en-GB')).toBe('30 days');
  });

  it('formatDuration(start, end, locale) counts whole hours, minutes and seconds under a day', () => {
    expect(formatDuration(0, 5 * HOUR + 59 * 60_000, 'en-GB')).toBe('5 hours');
    expect(formatDuration(0, HOUR, 'en-GB')).toBe('1 hour');
    expect(formatDuration(0, 90_000, 'en-GB')).toBe('1 minute');
    expect(formatDuration(0, 45_000, 'en-GB')).toBe('45 seconds');
  });

  it('formatDuration(start, end, locale) writes the locale’s words', () => {
    expect(formatDuration(0, 3 * DAY, 'de')).toBe('3 Tage');
    expect(formatDuration(0, 3 * DAY, 'not a locale!')).toBe('3 day');
  });

  it('formatDuration(start, end, locale) counts the calendar years between two year starts', () => {
    // 2001–2010 holds two leap days, not 2.25, so it is a little under 9 × 365.25 days.
    expect(formatDuration(utc(2001), utc(2010), 'en-GB')).toBe('9 years');
    expect(formatDuration(utc(2023), utc(2024), 'en-GB')).toBe('1 year');
  });
});
