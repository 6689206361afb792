import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../src/layout/scale.js';
import { mulberry32, randomInt, utc } from './fixtures.js';

const DAY = 86_400_000;

/** A scale of three pieces: 2011–2017 over 600 px, 2017–2066 squeezed into 50 px, then 2 years. */
function story(from = 0, to = 1000) {
  const domain = [utc(2011), utc(2017), utc(2066), utc(2068)];
  const x = [0, 600, 650, 1000].map((p) => from + ((to - from) * p) / 1000);
  return createTimeScale(domain, x);
}

/** A random piecewise scale: 2–8 breakpoints, increasing times, range running either way. */
function randomScale(random: () => number) {
  const n = randomInt(random, 2, 8);
  let t = utc(randomInt(random, -3000, 2500));
  let x = random() * 500;
  const domain: number[] = [];
  const range: number[] = [];
  const dir = random() < 0.5 ? 1 : -1;
  for (let i = 0; i < n; i++) {
    domain.push(t);
    range.push(x);
    t += 1 + random() * 10 ** (3 + random() * 10);
    x += dir * (1 + random() * 400);
  }
  return createTimeScale(domain, range);
}

describe('createTimeScale', () => {
  it('createTimeScale(domain, range) maps each breakpoint to its x', () => {
    const x = story();
    expect([utc(2011), utc(2017), utc(2066), utc(2068)].map(x)).toEqual([0, 600, 650, 1000]);
    expect(x.domain()).toEqual([utc(2011), utc(2017), utc(2066), utc(2068)]);
    expect(x.range()).toEqual([0, 600, 650, 1000]);
  });

  it('createTimeScale(domain, range) interpolates linearly inside each piece', () => {
    const x = story();
    const mid = (a: number, b: number) => (a + b) / 2;
    expect(x(mid(utc(2011), utc(2017)))).toBeCloseTo(300, 9);
    expect(x(mid(utc(2017), utc(2066)))).toBeCloseTo(625, 9);
    expect(x(utc(2017) + (utc(2066) - utc(2017)) / 5)).toBeCloseTo(610, 9);
    expect(x(mid(utc(2066), utc(2068)))).toBeCloseTo(825, 9);
  });

  it('createTimeScale(domain, range).invert(x) gives the time at x, piece by piece', () => {
    const x = story();
    expect(x.invert(0)).toBe(utc(2011));
    expect(x.invert(600)).toBe(utc(2017));
    expect(x.invert(650)).toBe(utc(2066));
    expect(x.invert(1000)).toBe(utc(2068));
    expect(x.invert(625)).toBeCloseTo((utc(2017) + utc(2066)) / 2, 0);
  });

  it('createTimeScale(domain, range) continues the end slopes beyond either end', () => {
    const x = story();
    const first = 600 / (utc(2017) - utc(2011));
    const last = 350 / (utc(2068) - utc(2066));
    expect(x(utc(2011) - 100 * DAY)).toBeCloseTo(-100 * DAY * first, 9);
    expect(x(utc(2068) + 100 * DAY)).toBeCloseTo(1000 + 100 * DAY * last, 9);
    expect(x.invert(-60)).toBeCloseTo(utc(2011) - 60 / first, 0);
    expect(x.invert(1100)).toBeCloseTo(utc(2068) + 100 / last, 0);
  });

  it('createTimeScale(domain, range) runs right to left with a decreasing range', () => {
    const ltr = story(0, 1000);
    const rtl = story(1000, 0);
    for (const t of [utc(2005), utc(2011), utc(2014), utc(2017), utc(2040), utc(2067), utc(2070)]) {
      expect(rtl(t)).toBeCloseTo(1000 - ltr(t), 9);
      expect(rtl.invert(rtl(t))).toBeCloseTo(t, 0);
    }
    expect(rtl.invert(1000)).toBe(utc(2011));
    expect(rtl.invert(350)).toBe(utc(2066));
  });

  it('createTimeScale(domain, range).invert(x(t)) is t on 200 random piecewise scales', () => {
    const random = mulberry32(38);
    for (let round = 0; round < 200; round++) {
      const x = randomScale(random);
      const first = x.domain()[0] as number;
      const last = x.domain()[x.domain().length - 1] as number;
      const span = last - first;
      for (let i = 0; i < 50; i++) {
        // Inside, and up to a fifth of the span beyond either end.
        const t = first - span * 0.2 + random() * span * 1.4;
        // Exact up to rounding, which a steep piece magnifies: within a hundredth of a pixel, or a few ulps of t.
        const steepest = Math.max(
          ...x
            .domain()
            .slice(1)
            .map((d, j) => {
              const dt = d - (x.domain()[j] as number);
              const dx = Math.abs((x.range()[j + 1] as number) - (x.range()[j] as number));
              return dt / dx;
            }),
        );
        const slack = 1e-2 * steepest + 8 * Number.EPSILON * Math.abs(t);
        expect(Math.abs(x.invert(x(t)) - t), `round ${round}, t ${t}`).toBeLessThanOrEqual(slack);
      }
    }
  });

  it('createTimeScale(domain, range) is monotone in the direction its range runs', () => {
    const random = mulberry32(1999);
    for (let round = 0; round < 200; round++) {
      const x = randomScale(random);
      const first = x.domain()[0] as number;
      const span = (x.domain()[x.domain().length - 1] as number) - first;
      const down = (x.range()[x.range().length - 1] as number) < (x.range()[0] as number);
      const times = Array.from({ length: 60 }, () => first - span * 0.2 + random() * span * 1.4);
      times.push(...x.domain());
      times.sort((a, b) => a - b);
      const xs = times.map(x);
      for (let i = 1; i < xs.length; i++) {
        const step = (xs[i] as number) - (xs[i - 1] as number);
        expect(down ? -step : step, `round ${round}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('createTimeScale(domain, range) with two points is linear', () => {
    const x = createTimeScale([utc(2024, 12, 1), utc(2024, 12, 31)], [12, 988]);
    expect(x(utc(2024, 12, 16))).toBeCloseTo(12 + 976 / 2, 9);
    expect(x(utc(2025, 1, 30))).toBeCloseTo(988 + 976, 9);
    expect(x.invert(12 + 976 / 2)).toBeCloseTo(utc(2024, 12, 16), 0);
  });
});
