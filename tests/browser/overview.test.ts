import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { DAY, utc } from './fixtures.js';
import type { TimelineHarness } from './harness/timeline-harness.js';
import { storyData, storyHarness } from './story-harness.js';

/** Presses the real mouse at `from`, moves it to `to` in steps and lets go. */
async function mouseDrag(from: [number, number], to: [number, number], steps = 5): Promise<void> {
  const at = (p: [number, number]): [number, number] => [Math.round(p[0]), Math.round(p[1])];
  await sendMouse({ type: 'move', position: at(from) });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    await sendMouse({
      type: 'move',
      position: at([from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f]),
    });
  }
  await sendMouse({ type: 'up' });
}

/** What the overview draws in one lane's path: ticks (points) and lines (ranges), in client x. */
function laneMarks(
  h: TimelineHarness,
  lane: number,
): { ticks: number[]; lines: [number, number][] } {
  const path = h.overview?.querySelectorAll('path.overview-ticks')[lane];
  const left = h.overview?.querySelector('svg')?.getBoundingClientRect().left ?? 0;
  const ticks: number[] = [];
  const lines: [number, number][] = [];
  for (const m of (path?.getAttribute('d') ?? '').matchAll(
    /M([-\d.]+) [-\d.]+(?:v[-\d.]+|H([-\d.]+))/g,
  )) {
    const x0 = left + Number(m[1]);
    if (m[2] === undefined) ticks.push(x0);
    else lines.push([x0, left + Number(m[2])]);
  }
  return { ticks, lines };
}

describe('the overview strip', () => {
  let h: TimelineHarness;

  beforeEach(async () => {
    h = await storyHarness();
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('draws every event as a tick, or a line for a range, in its lane', async () => {
    // The box of a window with no compressed stretch in it gives the strip's scale there.
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
    const box = h.overviewWindow();
    const x = (t: number) => box.left + ((t - utc(2016)) / (utc(2020) - utc(2016))) * box.width;
    const story = (await storyData()) as { categories: { id: string; label: string }[] };
    const categories = story.categories;
    const missing: string[] = [];
    for (const e of h.el.events) {
      const label = categories.find((c) => c.id === e.category)?.label ?? '';
      const { ticks, lines } = laneMarks(h, h.laneNames.indexOf(label));
      const start = x(Date.parse(e.start));
      const drawn =
        e.end || e.ongoing
          ? lines.some(([a, b]) => a <= start + 2.5 && b >= start - 2.5)
          : ticks.some((t) => Math.abs(t - start) <= 2.5);
      if (!drawn) missing.push(e.id);
    }
    expect(missing).to.deep.equal([]);
    expect(h.overview?.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws the whole data whatever the view', async () => {
    const before = [...(h.overview?.querySelectorAll('path') ?? [])].map((p) =>
      p.getAttribute('d'),
    );
    expect(before.join('')).to.not.equal('');
    await h.el.zoomTo('2024-12-01', '2024-12-31');
    await h.settle();
    const after = [...(h.overview?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('d'));
    expect(after).to.deep.equal(before);
  });

  it('shows the visible window as a box that follows the view', async () => {
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
    const four = h.overviewWindow();
    await h.el.zoomTo('2016-01-01', '2017-12-31');
    await h.settle();
    const two = h.overviewWindow();
    expect(two.width).to.be.closeTo(four.width / 2, 1);
    expect(two.left).to.be.closeTo(four.left, 1);
    await h.el.panBy(1);
    await h.settle();
    expect(h.overviewWindow().left).to.be.closeTo(two.left + two.width, 1);
    expect(h.overviewWindow().width).to.be.closeTo(two.width, 1);
  });

  it('dragging the box pans the view by the time the box moves over', async () => {
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
    const box = h.overviewWindow();
    const perPx = (utc(2020) - utc(2016)) / box.width;
    const y = box.top + box.height / 2;
    await mouseDrag([box.left + box.width / 2, y], [box.left + box.width / 2 + 60, y]);
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2016) + 60 * perPx, 5 * DAY);
    expect(h.span()).to.be.closeTo(utc(2020) - utc(2016), 2 * DAY);
    expect(h.overviewWindow().left).to.be.closeTo(box.left + 60, 1.5);
  });

  it("dragging the box's right edge moves the end, its left edge the start", async () => {
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
    const box = h.overviewWindow();
    const perPx = (utc(2020) - utc(2016)) / box.width;
    const y = box.top + box.height / 2;
    // The edge moves as far as the pointer does (d3-brush's handles, which sit on the edges).
    await mouseDrag([box.right, y], [box.right + 48, y]);
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2016), 2 * DAY);
    expect(h.view().end).to.be.closeTo(utc(2020) + 48 * perPx, 3 * DAY);

    const wider = h.overviewWindow();
    const end = h.view().end;
    await mouseDrag([wider.left, y], [wider.left - 48, y]);
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2016) - 48 * perPx, 3 * DAY);
    expect(h.view().end).to.be.closeTo(end, 2 * DAY);
  });

  it('a press near either end of the strip keeps the window within it, as "Show all" shows', async () => {
    await h.el.zoomToFit();
    await h.settle();
    const fit = h.view();
    await h.el.zoomTo('2016-01-01', '2017-12-31');
    await h.settle();
    const span = h.span();
    // d3-brush's overlay is the part of the strip that takes presses.
    const overlay = h.overview?.querySelector('.brush .overlay');
    if (!overlay) throw new Error('the strip has no brush overlay');
    const strip = overlay.getBoundingClientRect();
    const y = Math.round(strip.top + strip.height / 2);
    await sendMouse({ type: 'click', position: [Math.round(strip.left + 3), y] });
    await h.settle();
    expect(h.view().start, 'not before the data and its margin').to.be.at.least(fit.start);
    expect(h.view().start, 'at the start of the strip').to.be.closeTo(fit.start, 2 * DAY);
    expect(h.span()).to.be.closeTo(span, 2 * DAY);
    expect(h.overviewWindow().left).to.be.at.least(strip.left);
    await sendMouse({ type: 'click', position: [Math.round(strip.right - 3), y] });
    await h.settle();
    expect(h.view().end, 'not after the data and its margin').to.be.at.most(fit.end + DAY);
  });

  it('pressing the strip outside the box brings the window there, animated', async () => {
    await h.el.zoomTo('2016-01-01', '2017-12-31');
    await h.settle();
    const box = h.overviewWindow();
    const before = h.viewChanges.length;
    // Three box widths to the right of the box's left edge is the start of 2022.
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + 3 * box.width), Math.round(box.top + box.height / 2)],
    });
    await h.settle();
    expect((h.view().start + h.view().end) / 2).to.be.closeTo(utc(2022), 10 * DAY);
    expect(h.span()).to.be.closeTo(utc(2018) - utc(2016), 2 * DAY);
    expect(h.viewChanges.length - before, 'changes on several frames').to.be.greaterThan(2);
  });
});
