import { expect, waitUntil } from '@open-wc/testing';
import { densityInks } from './contrast-checks.js';
import { shapeBox } from './harness/dom.js';
import { TimelineHarness } from './harness/timeline-harness.js';

/** A seeded crowd: `n` events over fifty years in eight categories, a third of them ranges. */
function crowd(n: number) {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const start = Date.UTC(1975, 0, 1);
  return {
    categories: Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, label: `Category ${i}` })),
    events: Array.from({ length: n }, (_, i) => {
      const t = start + random() * 50 * 365.25 * 864e5;
      return {
        id: `e${i}`,
        title: `Event number ${i}`,
        start: day(t),
        ...(random() < 0.3 ? { end: day(t + random() * 2 * 365 * 864e5) } : {}),
        category: `c${Math.floor(random() * 8)}`,
        importance: 1 + Math.floor(random() * 3),
      };
    }),
  };
}

/**
 * Clicks the first lane's density where it is drawn: on its point row, from the middle
 * outwards, away from any labelled point (a click there opens that event instead).
 */
function clickDensity(h: TimelineHarness): void {
  const canvas = h.root.querySelector('canvas.density') as HTMLCanvasElement;
  const box = canvas.getBoundingClientRect();
  // The first lane's point row: under its name (18 px) and its label rows (28 px each).
  const lane = h.root.querySelector('rect.lane-bg') as SVGRectElement;
  const rows = Number(lane.dataset.rows);
  expect(rows, 'the first lane has label rows').to.be.above(0);
  const y = shapeBox(lane).top + 18 + rows * 28 + 12;
  const labelled = [...h.root.querySelectorAll<SVGCircleElement>('svg.chart circle.mark')]
    .map((c) => shapeBox(c))
    .filter((c) => Math.abs((c.top + c.bottom) / 2 - y) < 4)
    .map((c) => (c.left + c.right) / 2);
  const ratio = canvas.width / box.width;
  const pixels = canvas
    .getContext('2d')
    ?.getImageData(0, Math.round((y - box.top) * ratio), canvas.width, 1).data;
  const drawn = (px: number) => (pixels?.[Math.round((px - box.left) * ratio) * 4 + 3] ?? 0) > 0;
  let x = box.left + box.width / 2;
  for (let d = 0; d < box.width / 2; d++) {
    const at = x + (d % 2 ? d : -d);
    if (drawn(at) && labelled.every((c) => Math.abs(c - at) > 16)) {
      x = at;
      break;
    }
  }
  const plot = h.root.querySelector('.plot') as HTMLElement;
  plot.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
  );
}

describe('a crowded timeline', () => {
  it('draws 5,000 events as density on a canvas, in fewer than 2,000 DOM nodes', async () => {
    const h = await TimelineHarness.create({
      data: crowd(5000),
      width: 1200,
      orientation: 'horizontal',
    });
    expect(h.root.querySelector('canvas.density'), 'a density canvas').to.not.equal(null);
    expect(h.root.querySelectorAll('*').length).to.be.below(2000);
    expect(h.labelRects().length, 'some labels').to.be.greaterThan(10);
    expect(h.overlappingLabels()).to.deep.equal([]);
  });

  it('reaches every event by keyboard: End, then back through time one by one', async () => {
    const h = await TimelineHarness.create({
      data: crowd(2000),
      width: 1200,
      orientation: 'horizontal',
    });
    const stop = h.buttons.find((b) => b.tabIndex === 0);
    expect(stop, 'one Tab stop').to.not.equal(undefined);
    stop?.focus();
    await h.press('End');
    const events = h.el.events;
    const name = () => h.focused?.getAttribute('aria-label') ?? '';
    expect(name()).to.match(new RegExp(`^${events[events.length - 1]?.title}, `));
    for (let k = 2; k <= 6; k++) {
      await h.press('ArrowLeft');
      expect(name()).to.match(new RegExp(`^${events[events.length - k]?.title}, `));
    }
    await h.press('Home');
    expect(name()).to.match(new RegExp(`^${events[0]?.title}, `));
  });

  it('a click on the crowd zooms in towards the events under the pointer', async () => {
    const h = await TimelineHarness.create({
      data: crowd(3000),
      width: 1200,
      orientation: 'horizontal',
    });
    const before = h.el.viewEnd;
    clickDensity(h);
    const span = () => Date.parse(h.el.viewEnd) - Date.parse(h.el.viewStart);
    const wide = span();
    // The zoom animates: wait for it to go well in, not for its first frame.
    await waitUntil(() => h.el.viewEnd !== before && span() < wide / 2, 'the view zooms in', {
      timeout: 3000,
    });
    expect(span()).to.be.below(wide / 2);
  });

  it('draws the density in the colour scheme the page switches to, at the next render', async () => {
    const h = await TimelineHarness.create({
      data: crowd(5000),
      width: 1200,
      orientation: 'horizontal',
    });
    const colours = () =>
      densityInks(h)
        .map((i) => `${i.ink.r},${i.ink.g},${i.ink.b}`)
        .sort()
        .join(' ');
    const light = colours();
    document.documentElement.style.colorScheme = 'dark';
    try {
      await h.el.panBy(0.01);
      await h.el.updateComplete;
      expect(colours(), 'the dark palette, not the light one').to.not.equal(light);
      document.documentElement.style.colorScheme = 'light';
      await h.el.panBy(-0.01);
      await h.el.updateComplete;
      expect(colours(), 'the light palette again').to.equal(light);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('takes 300,000 events, one of them ongoing: renders, zooms and opens the crowd under a click', async function () {
    this.timeout(90_000);
    const data = crowd(300_000);
    const ongoing = data.events[10] as { end?: string; ongoing?: boolean };
    delete ongoing.end;
    ongoing.ongoing = true;
    const h = await TimelineHarness.create({ data, width: 1200, orientation: 'horizontal' });
    expect(h.el.events.length).to.equal(300_000);
    expect(h.root.querySelectorAll('canvas.density').length, 'a canvas per lane').to.equal(8);
    expect(h.root.querySelectorAll('*').length).to.be.below(2000);
    expect(h.overlappingLabels()).to.deep.equal([]);
    await h.el.zoomBy(4);
    await h.el.updateComplete;
    expect(h.root.querySelectorAll('*').length).to.be.below(2000);
    // A click on the density asks for the targets under it: gathered then, over every event in
    // view, and a cluster of many thousands opens (zooming in) without overflowing anything.
    const before = h.el.viewEnd;
    clickDensity(h);
    await waitUntil(() => h.el.viewEnd !== before, 'the view zooms in', { timeout: 5000 });
  });
});
