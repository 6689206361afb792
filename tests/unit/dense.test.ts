import { describe, expect, it } from 'vitest';
import { BIN, DENSE } from '../../src/layout/dense.js';
import { planLanes } from '../../src/layout/lanes.js';
import { layoutTimeline } from '../../src/layout/package-layout.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { event, timeline, utc } from './fixtures.js';

const NOW = utc(2026, 11, 27);
const DAY = 864e5;

/** One point a day for `days` days from 2000, in four categories, every fifth more important. */
function daily(days: number) {
  const start = utc(2000);
  return parseTimeline(
    timeline(
      Array.from({ length: days }, (_, i) =>
        event({
          title: `Day ${i}`,
          start: new Date(start + i * DAY).toISOString().slice(0, 10),
          category: `c${i % 4}`,
          importance: i % 5 === 0 ? 3 : 1,
        }),
      ),
      { categories: [0, 1, 2, 3].map((i) => ({ id: `c${i}`, label: `C${i}` })) },
    ),
  ).model;
}

describe('crowded layouts (dense.ts over the lane index)', () => {
  const model = daily(4000);
  const lanes = planLanes(model);
  // Plot widths that are not a whole number of bins or 40 px buckets, both ways round.
  for (const width of [1200, 1201, 1219, 1237]) {
    for (const rtl of [false, true]) {
      it(`counts and picks only events in the window, each once (width ${width}${rtl ? ', rtl' : ''})`, () => {
        const view = { start: utc(2001), end: utc(2003) };
        const layout = layoutTimeline({
          model,
          lanes,
          view,
          width,
          now: NOW,
          locale: 'en',
          measure: (t) => t.length * 7,
          words: { today: 'Today', future: 'Future' },
          rtl,
        });
        expect(layout.density, 'crowded').not.toBe(null);
        const inView = (i: number) =>
          (model.startMs[i] as number) >= view.start && (model.startMs[i] as number) <= view.end;
        const visible = model.events.filter((_, i) => inView(i)).length;
        expect(visible).toBeGreaterThan(DENSE);
        let counted = 0;
        for (const lane of layout.density?.points ?? []) for (const n of lane) counted += n;
        expect(counted).toBe(visible);
        for (const list of [layout.marks, layout.labels]) {
          const indices = list.map((m) => m.index);
          expect(new Set(indices).size).toBe(indices.length);
          expect(indices.filter((i) => !inView(i))).toEqual([]);
        }
        // Each point is counted in the bin its x falls in (a linear view: no warp given).
        const { left, right } = layout;
        model.events.forEach((e, i) => {
          if (!inView(i) || i % 97 !== 0) return;
          const share = ((model.startMs[i] as number) - view.start) / (view.end - view.start);
          const x = rtl ? right - share * (right - left) : left + share * (right - left);
          const bin = Math.min(Math.floor((x - left) / BIN), (layout.density?.bins ?? 0) - 1);
          const lane = lanes.laneOf[i] as number;
          const near = [bin - 1, bin, bin + 1].map((b) => layout.density?.points[lane]?.[b] ?? 0);
          expect(Math.max(...near), `${e.title} counted near bin ${bin}`).toBeGreaterThan(0);
        });
      });
    }
  }
});
