import { describe, expect, it } from 'vitest';
import { nextEvent, viewKey } from '../../src/layout/navigation.js';

// Five events in time order, in lanes 0, 1, 0, 2, 1.
const starts = [10, 20, 30, 40, 50];
const lanes = [0, 1, 0, 2, 1];

describe('nextEvent', () => {
  it('nextEvent(ArrowRight/ArrowLeft) steps through time, and stops at the ends', () => {
    expect(nextEvent('ArrowRight', 1, starts, lanes, false)).toBe(2);
    expect(nextEvent('ArrowLeft', 1, starts, lanes, false)).toBe(0);
    expect(nextEvent('ArrowLeft', 0, starts, lanes, false)).toBe(-1);
    expect(nextEvent('ArrowRight', 4, starts, lanes, false)).toBe(-1);
  });

  it('nextEvent(ArrowRight) goes back in time right to left, as reading does', () => {
    expect(nextEvent('ArrowRight', 2, starts, lanes, true)).toBe(1);
    expect(nextEvent('ArrowLeft', 2, starts, lanes, true)).toBe(3);
  });

  it('nextEvent(Home/End) goes to the first and last event from anywhere', () => {
    expect(nextEvent('Home', 3, starts, lanes, false)).toBe(0);
    expect(nextEvent('End', -1, starts, lanes, false)).toBe(4);
  });

  it('nextEvent(ArrowDown/ArrowUp) goes to the nearest event in time in the next lane', () => {
    expect(nextEvent('ArrowDown', 2, starts, lanes, false)).toBe(1);
    expect(nextEvent('ArrowDown', 4, starts, lanes, false)).toBe(3);
    expect(nextEvent('ArrowUp', 3, starts, lanes, false)).toBe(4);
    expect(nextEvent('ArrowUp', 0, starts, lanes, false)).toBe(-1);
  });

  it('nextEvent(key) is -1 for keys that do not move and for no events', () => {
    expect(nextEvent('Enter', 2, starts, lanes, false)).toBe(-1);
    expect(nextEvent('ArrowRight', 0, [], [], false)).toBe(-1);
  });
});

describe('viewKey', () => {
  it('viewKey(+, -, 0, Escape) zooms, fits and closes wherever focus is', () => {
    const focus = { onEvent: true, vertical: false, rtl: false };
    expect(viewKey('+', focus)).toEqual({ kind: 'zoom', factor: 2 });
    expect(viewKey('-', focus)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(viewKey('0', focus)).toEqual({ kind: 'fit' });
    expect(viewKey('Escape', focus)).toEqual({ kind: 'close' });
  });

  it('viewKey(arrows) pans only when no event has focus, mirrored right to left', () => {
    expect(viewKey('ArrowRight', { onEvent: true, vertical: false, rtl: false })).toBeNull();
    expect(viewKey('ArrowRight', { onEvent: false, vertical: false, rtl: false })).toEqual({
      kind: 'pan',
      fraction: 0.2,
    });
    expect(viewKey('ArrowRight', { onEvent: false, vertical: false, rtl: true })).toEqual({
      kind: 'pan',
      fraction: -0.2,
    });
  });

  it('viewKey(PageUp/PageDown) pans by a whole view', () => {
    expect(viewKey('PageDown', { onEvent: true, vertical: false, rtl: false })).toEqual({
      kind: 'pan',
      fraction: 1,
    });
    expect(viewKey('PageUp', { onEvent: false, vertical: false, rtl: false })).toEqual({
      kind: 'pan',
      fraction: -1,
    });
  });
});
