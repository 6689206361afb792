import { describe, expect, it } from 'vitest';
import { type Box, placeCard } from '../../src/layout/card.js';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** An element 1000 × 600 at the page's origin, and a card 400 × 200. */
const CONTAINER = box(0, 0, 1000, 600);
const CARD = { width: 400, height: 200 };

describe('placeCard', () => {
  it('placeCard(anchor, card, container) opens below the anchor, 8 px under it, at its left edge', () => {
    expect(placeCard(box(100, 100, 150, 24), CARD, CONTAINER)).toEqual({
      x: 100,
      y: 132,
      maxHeight: 600 - 8 - 132,
      side: 'below',
    });
  });

  it('flips above when the card does not fit below', () => {
    const anchor = box(100, 450, 150, 24);
    const p = placeCard(anchor, CARD, CONTAINER);
    expect(p.side).toBe('above');
    expect(p.y + CARD.height).toBe(anchor.top - 8);
    expect(p.maxHeight).toBe(450 - 8 - 8);
  });

  it('stays below when it fits there, however much more room there is above', () => {
    const p = placeCard(box(100, 350, 150, 24), CARD, CONTAINER);
    expect(p.side).toBe('below');
    expect(p.y).toBe(382);
  });

  it('fits nowhere whole: takes the side with more room and caps its height to it', () => {
    const tall = { width: 400, height: 500 };
    const low = placeCard(box(100, 400, 150, 24), tall, CONTAINER);
    expect(low).toEqual({ x: 100, y: 8, maxHeight: 400 - 16, side: 'above' });
    const high = placeCard(box(100, 150, 150, 24), tall, CONTAINER);
    expect(high).toEqual({ x: 100, y: 182, maxHeight: 600 - 8 - 182, side: 'below' });
  });

  it('a capped card stays inside the container and off the anchor, on either side', () => {
    const tall = { width: 400, height: 2000 };
    for (let top = 0; top <= 576; top += 16) {
      const anchor = box(300, top, 100, 24);
      const p = placeCard(anchor, tall, CONTAINER);
      const height = Math.min(tall.height, p.maxHeight);
      expect(p.y).toBeGreaterThanOrEqual(CONTAINER.top);
      expect(p.y + height).toBeLessThanOrEqual(CONTAINER.bottom);
      const apart = p.y >= anchor.bottom || p.y + height <= anchor.top;
      expect(apart, `anchor at ${top}`).toBe(true);
    }
  });

  it('slides left to stay inside the right edge, and right to stay inside the left edge', () => {
    expect(placeCard(box(850, 100, 100, 24), CARD, CONTAINER).x).toBe(1000 - 8 - 400);
    expect(placeCard(box(-40, 100, 100, 24), CARD, CONTAINER).x).toBe(8);
  });

  it('right to left, lines up with the anchor right edge, and slides the same way', () => {
    expect(placeCard(box(600, 100, 150, 24), CARD, CONTAINER, true).x).toBe(750 - 400);
    expect(placeCard(box(100, 100, 150, 24), CARD, CONTAINER, true).x).toBe(8);
    expect(placeCard(box(900, 100, 150, 24), CARD, CONTAINER, true).x).toBe(1000 - 8 - 400);
  });

  it('mirrors: the placement right to left is the left-to-right one reflected', () => {
    const width = CONTAINER.right;
    const mirror = (b: Box): Box => ({ ...b, left: width - b.right, right: width - b.left });
    for (const left of [-50, 0, 60, 300, 700, 900]) {
      const anchor = box(left, 200, 120, 24);
      const ltr = placeCard(anchor, CARD, CONTAINER);
      const rtl = placeCard(mirror(anchor), CARD, CONTAINER, true);
      expect(rtl.x, `anchor at ${left}`).toBe(width - ltr.x - CARD.width);
      expect(rtl.y).toBe(ltr.y);
    }
  });

  it('wider than the container: its start edge stays in view', () => {
    const wide = { width: 1200, height: 200 };
    expect(placeCard(box(500, 100, 100, 24), wide, CONTAINER).x).toBe(8);
    expect(placeCard(box(500, 100, 100, 24), wide, CONTAINER, true).x).toBe(1000 - 8 - 1200);
  });

  it('works in any coordinate space: a container scrolled off the top of the page', () => {
    const container = box(20, -300, 1000, 600);
    const p = placeCard(box(120, 200, 100, 24), CARD, container);
    expect(p).toEqual({ x: 120, y: 200 - 8 - 200, maxHeight: 200 - 8 - (-300 + 8), side: 'above' });
  });
});
