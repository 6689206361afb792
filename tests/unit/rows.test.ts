import { describe, expect, it } from 'vitest';
import { RowSet } from '../../src/layout/rows.js';
import { mulberry32 } from './fixtures.js';

describe('RowSet', () => {
  it('new RowSet(count) has count empty rows', () => {
    const rows = new RowSet(3);
    expect(rows.count).toBe(3);
    expect([0, 1, 2].map((r) => rows.isFree(r, 0, 100))).toEqual([true, true, true]);
  });

  it('rows.take(row, a, b) makes intervals that touch [a, b] taken, in that row only', () => {
    const rows = new RowSet(2);
    rows.take(0, 10, 20);
    expect(rows.isFree(0, 15, 16)).toBe(false);
    expect(rows.isFree(0, 0, 10)).toBe(false);
    expect(rows.isFree(0, 20, 30)).toBe(false);
    expect(rows.isFree(0, 0, 30)).toBe(false);
    expect(rows.isFree(0, 0, 9.9)).toBe(true);
    expect(rows.isFree(0, 20.1, 30)).toBe(true);
    expect(rows.isFree(1, 10, 20)).toBe(true);
  });

  it('rows.isFree(row, a, b) finds the gap between intervals', () => {
    const rows = new RowSet(1);
    rows.take(0, 50, 60);
    rows.take(0, 10, 20);
    rows.take(0, 30, 40);
    expect(rows.isFree(0, 21, 29)).toBe(true);
    expect(rows.isFree(0, 41, 49)).toBe(true);
    expect(rows.isFree(0, 21, 31)).toBe(false);
    expect(rows.isFree(0, 61, 1000)).toBe(true);
  });

  it('rows.edgesWithin(row, lo, hi) lists the interval edges strictly inside (lo, hi)', () => {
    const rows = new RowSet(1);
    rows.take(0, 10, 20);
    rows.take(0, 30, 40);
    expect(rows.edgesWithin(0, 0, 100)).toEqual([10, 20, 30, 40]);
    expect(rows.edgesWithin(0, 15, 35)).toEqual([20, 30]);
    expect(rows.edgesWithin(0, 10, 40)).toEqual([20, 30]);
    expect(rows.edgesWithin(0, 41, 100)).toEqual([]);
  });

  it('rows.isFree(row, a, b) agrees with a check of every interval on random data', () => {
    const random = mulberry32(11);
    for (let round = 0; round < 100; round++) {
      const rows = new RowSet(2);
      const taken: [number, number][][] = [[], []];
      for (let i = 0; i < 60; i++) {
        const row = Math.floor(random() * 2);
        const a = Math.round(random() * 1000);
        const b = a + Math.round(random() * 40);
        const expected = (taken[row] as [number, number][]).every(([s, e]) => e < a || s > b);
        expect(rows.isFree(row, a, b)).toBe(expected);
        if (expected) {
          rows.take(row, a, b);
          taken[row]?.push([a, b]);
        }
      }
    }
  });
});
