import { describe, expect, it } from 'vitest';
import { densityRects } from '../../src/export/density-rects.js';
import {
  cssNumber,
  dashArray,
  fontStack,
  hexColor,
  localUrl,
  paintOf,
} from '../../src/export/svg-values.js';
import { describeView } from '../../src/format/view-description.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { BIN } from '../../src/layout/dense.js';
import type { TimelineLayout } from '../../src/layout/types.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { event, timeline } from './fixtures.js';

describe('svg values', () => {
  it('hexColor(rgba) writes #rrggbb, rounding and clamping channels', () => {
    expect(hexColor([11, 87, 208, 1])).toBe('#0b57d0');
    expect(hexColor([255.4, -3, 0.6, 0.5])).toBe('#ff0001');
  });

  it('paintOf(rgba, opacity) multiplies the alpha into the opacity, and is null when nothing shows', () => {
    expect(paintOf([0, 0, 0, 1])).toEqual({ color: '#000000', opacity: 1 });
    expect(paintOf([255, 255, 255, 0.5], 0.5)).toEqual({ color: '#ffffff', opacity: 0.25 });
    expect(paintOf([255, 255, 255, 0])).toBe(null);
    expect(paintOf([255, 255, 255, 1], 0)).toBe(null);
    expect(paintOf(null)).toBe(null);
  });

  it('cssNumber(length) drops px, and refuses other units', () => {
    expect(cssNumber('1.5px')).toBe('1.5');
    expect(cssNumber(' 12px ')).toBe('12');
    expect(cssNumber('0.45')).toBe('0.45');
    expect(cssNumber('2em')).toBe(null);
    expect(cssNumber('normal')).toBe(null);
  });

  it('dashArray(value) is a list of numbers, or null for none', () => {
    expect(dashArray('4px, 3px')).toBe('4 3');
    expect(dashArray('1.5px 2.5px')).toBe('1.5 2.5');
    expect(dashArray('none')).toBe(null);
    expect(dashArray('4px, 1em')).toBe(null);
  });

  it('localUrl(value, ids) keeps only references to the file’s own definitions', () => {
    const ids = new Set(['future-hatch', 'fade-right']);
    expect(localUrl('url("#future-hatch")', ids)).toBe('url(#future-hatch)');
    expect(localUrl('url(#fade-right)', ids)).toBe('url(#fade-right)');
    // Firefox may write a fragment resolved against the page.
    expect(localUrl('url("http://localhost:8000/page.html#fade-right")', ids)).toBe(
      'url(#fade-right)',
    );
    expect(localUrl('url(#elsewhere)', ids)).toBe(null);
    expect(localUrl('url(https://evil.example/x.svg)', ids)).toBe(null);
    expect(localUrl('var(--c)', ids)).toBe(null);
  });

  it('fontStack(family) quotes names with single quotes and ends with a generic family', () => {
    expect(fontStack('"Noto Sans", Arial')).toBe("'Noto Sans', Arial, sans-serif");
    expect(fontStack('system-ui, sans-serif')).toBe('system-ui, sans-serif');
    expect(fontStack('Georgia, serif')).toBe('Georgia, serif');
    expect(fontStack('')).toBe('sans-serif');
  });
});

describe('describeView', () => {
  it('describeView(events, locale, words) is one line per event: its title and its date as the card writes it', () => {
    const { model } = parseTimeline(
      timeline([
        event({ title: 'Assad is ousted', start: '2024-12-08' }),
        event({ title: 'Leases', start: '2017-01', end: '2066', approximate: true }),
      ]),
    );
    expect(describeView(model.events, 'en-GB', messagesFor('en')).split('\n')).toEqual([
      'Leases, c. January 2017 – 2066',
      'Assad is ousted, 8 December 2024',
    ]);
  });

  it('describeView keeps markup in titles as the characters it is', () => {
    const { model } = parseTimeline(timeline([event({ title: '<img src=x onerror=alert(1)>' })]));
    expect(describeView(model.events, 'en-GB', messagesFor('en'))).toBe(
      '<img src=x onerror=alert(1)>, 8 December 2024',
    );
  });
});

describe('densityRects', () => {
  /** A layout of one lane whose density is given per bin. */
  function crowded(points: number[], ranges: number[]): TimelineLayout {
    const lane = { index: 0, top: 0, height: 100, rows: 0, pointY: 30, tracksTop: 50 };
    return {
      left: 12,
      right: 12 + BIN * points.length,
      lanes: [lane],
      density: {
        bins: points.length,
        points: [Uint16Array.from(points)],
        ranges: [Uint16Array.from(ranges)],
      },
    } as unknown as TimelineLayout;
  }

  it('densityRects(layout) is empty without a density', () => {
    expect(densityRects({ ...crowded([1], [0]), density: null })).toEqual([]);
  });

  it('densityRects(layout) draws a tick per bin of points, taller for more, over the bands of ranges', () => {
    const rects = densityRects(crowded([1, 0, 4], [0, 2, 0]));
    expect(rects.map((r) => [r.x, r.opacity < 1 ? 'band' : 'tick'])).toEqual([
      [12 + BIN, 'band'],
      [12, 'tick'],
      [12 + 2 * BIN, 'tick'],
    ]);
    const [, one, four] = rects;
    expect(four?.height).toBeGreaterThan(one?.height as number);
    // Ticks are centred on the point row.
    expect((one?.y as number) + (one?.height as number) / 2).toBe(30);
  });
});
