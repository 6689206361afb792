import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { DAY, utc } from './fixtures.js';
import type { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyHarness } from './story-harness.js';

const FOUR_YEARS = utc(2020) - utc(2016);

/** Moves the real mouse in `steps` moves, as a hand would, from where it is to `to`. */
async function moveMouse(from: [number, number], to: [number, number], steps = 6): Promise<void> {
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    await sendMouse({
      type: 'move',
      position: [
        Math.round(from[0] + (to[0] - from[0]) * f),
        Math.round(from[1] + (to[1] - from[1]) * f),
      ],
    });
  }
}

describe('gestures on the plot', () => {
  let h: TimelineHarness;

  beforeEach(async () => {
    h = await storyHarness();
    // Four years with no compressed stretch, so x and time are proportional.
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('Ctrl + wheel zooms in around the pointer and keeps the page from scrolling', async () => {
    const x = h.xAt(0.25);
    const under = h.timeAt(x);
    const before = h.viewChanges.length;
    const wheel = h.wheel({ deltaY: -100, ctrlKey: true, clientX: x, clientY: h.emptyY });
    expect(wheel.defaultPrevented).to.equal(true);
    await h.settle();
    expect(h.span()).to.be.lessThan(FOUR_YEARS * 0.85);
    expect(h.timeAt(x)).to.be.closeTo(under, 2 * DAY);
    expect(h.viewChanges.length).to.be.greaterThan(before);
  });

  it('Ctrl + wheel the other way zooms out around the pointer', async () => {
    const x = h.xAt(0.75);
    const under = h.timeAt(x);
    const wheel = h.wheel({ deltaY: 100, ctrlKey: true, clientX: x, clientY: h.emptyY });
    expect(wheel.defaultPrevented).to.equal(true);
    await h.settle();
    expect(h.span()).to.be.greaterThan(FOUR_YEARS * 1.15);
    expect(h.timeAt(x)).to.be.closeTo(under, 3 * DAY);
  });

  it('⌘ + wheel zooms too', async () => {
    const wheel = h.wheel({ deltaY: -100, metaKey: true, clientX: h.xAt(0.5), clientY: h.emptyY });
    expect(wheel.defaultPrevented).to.equal(true);
    await h.settle();
    expect(h.span()).to.be.lessThan(FOUR_YEARS * 0.85);
  });

  it('a trackpad pinch (many small wheel steps with ctrlKey) zooms, one view change a frame', async () => {
    const x = h.xAt(0.6);
    const under = h.timeAt(x);
    const before = h.viewChanges.length;
    const wheels = Array.from({ length: 10 }, () =>
      h.wheel({ deltaY: -8, ctrlKey: true, clientX: x, clientY: h.emptyY }),
    );
    expect(wheels.every((w) => w.defaultPrevented)).to.equal(true);
    await h.settle();
    expect(h.viewChanges.length - before).to.equal(1);
    expect(h.span()).to.be.lessThan(FOUR_YEARS * 0.85);
    expect(h.timeAt(x)).to.be.closeTo(under, 2 * DAY);
  });

  it('a plain wheel is left to the page: not prevented, the view stays, a hint shows once and goes', async () => {
    expect(h.hintText).to.equal('');
    const before = { view: h.view(), changes: h.viewChanges.length };
    const wheel = h.wheel({ deltaY: 120, clientX: h.xAt(0.5), clientY: h.emptyY });
    expect(wheel.defaultPrevented).to.equal(false);
    await h.el.updateComplete;
    // Chromium on Linux is no Mac: the hint names Ctrl.
    expect(h.hintText).to.equal('Use Ctrl + scroll to zoom');
    expect(h.root.querySelector('.hint')?.getAttribute('role')).to.equal('status');
    const shown = performance.now();
    await waitUntil(() => h.hintText === '', 'the hint did not go away', { timeout: 4000 });
    expect(performance.now() - shown).to.be.within(1500, 3500);
    expect(h.viewChanges.length).to.equal(before.changes);
    expect(h.view()).to.deep.equal(before.view);
    const again = h.wheel({ deltaY: 120, clientX: h.xAt(0.5), clientY: h.emptyY });
    expect(again.defaultPrevented).to.equal(false);
    await h.waitFrames(3);
    expect(h.hintText).to.equal('');
  });

  it('the hint shows over the plot beside the pointer, not under it, on the side with room', async () => {
    // Near each corner and under the axis, in px from the plot's top left (negative: from the
    // right or the bottom).
    const points: [number, number][] = [
      [40, 30],
      [-40, 30],
      [0.5, -12],
      [-20, -10],
    ];
    for (const [px, py] of points) {
      // The hint shows once per element: a new one for each point.
      const fresh = await storyHarness();
      const area = (fresh.plot as HTMLElement).getBoundingClientRect();
      const x = px === 0.5 ? area.left + area.width / 2 : px < 0 ? area.right + px : area.left + px;
      const y = py < 0 ? area.bottom + py : area.top + py;
      fresh.wheel({ deltaY: 120, clientX: x, clientY: y });
      await fresh.el.updateComplete;
      const hint = fresh.root.querySelector('.hint') as HTMLElement;
      expect(fresh.hintText, `at ${x}, ${y}`).to.equal('Use Ctrl + scroll to zoom');
      expect(hint.closest('.plot'), 'in the plot').to.equal(fresh.plot);
      const box = hint.getBoundingClientRect();
      const where = `at ${Math.round(x)}, ${Math.round(y)}: ${JSON.stringify(box.toJSON())}`;
      expect(box.left >= area.left && box.right <= area.right, `inside, ${where}`).to.equal(true);
      expect(box.top >= area.top && box.bottom <= area.bottom, `inside, ${where}`).to.equal(true);
      const under = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      expect(under, `not under the pointer, ${where}`).to.equal(false);
      const dx = Math.max(box.left - x, 0, x - box.right);
      const dy = Math.max(box.top - y, 0, y - box.bottom);
      expect(Math.hypot(dx, dy), `near the pointer, ${where}`).to.be.at.most(100);
      fresh.container.remove();
    }
  });

  it('a sideways wheel pans', async () => {
    const before = h.view();
    const wheel = h.wheel({ deltaX: 200, clientX: h.xAt(0.5), clientY: h.emptyY });
    expect(wheel.defaultPrevented).to.equal(true);
    await h.settle();
    expect(h.view().start).to.be.greaterThan(before.start + 10 * DAY);
    expect(h.span()).to.be.closeTo(FOUR_YEARS, DAY);
  });

  it('dragging with the mouse pans: the time under the pointer follows it', async () => {
    const y = Math.round(h.emptyY);
    const from: [number, number] = [Math.round(h.xAt(0.6)), y];
    const to: [number, number] = [Math.round(h.xAt(0.4)), y];
    const grabbed = h.timeAt(from[0]);
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await moveMouse(from, to);
    await sendMouse({ type: 'up' });
    await h.settle();
    expect(h.timeAt(to[0])).to.be.closeTo(grabbed, 3 * DAY);
    expect(h.view().start).to.be.closeTo(utc(2016) + 0.2 * FOUR_YEARS, 3 * DAY);
    expect(h.span()).to.be.closeTo(FOUR_YEARS, DAY);
    expect(h.selections).to.have.length(0);
  });

  it('a drag that ends on a label pans and does not select it', async () => {
    const title = STORY.leases.title;
    const label = h.labelByTitle(title);
    expect(label, 'the label is drawn').to.not.equal(undefined);
    const box = (label as HTMLElement).getBoundingClientRect();
    const from: [number, number] = [
      Math.round(box.left + 20),
      Math.round(box.top + box.height / 2),
    ];
    const to: [number, number] = [from[0] + 150, from[1]];
    const before = h.view();
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await moveMouse(from, to);
    // The label has followed the pointer: the button goes up over the label it went down on.
    const top = h.root.elementFromPoint(to[0], to[1]);
    expect(top?.closest('li[data-index]') && h.eventOf(top as Element).title).to.equal(title);
    await sendMouse({ type: 'up' });
    await h.settle();
    expect(h.el.selected).to.equal('');
    expect(h.selections).to.have.length(0);
    expect(h.detail).to.equal(null);
    expect(h.view().start).to.be.lessThan(before.start - 30 * DAY);
  });

  it('a click that does not move still selects the label', async () => {
    await h.clickLabel(STORY.leases.title);
    expect(h.el.selected).to.equal(STORY.leases.id);
  });

  it('one finger pans along the time axis on touch', async () => {
    const undo = h.allowSyntheticCapture();
    try {
      const y = h.emptyY;
      const grabbed = h.timeAt(h.xAt(0.3));
      h.drag([h.xAt(0.3), y], [h.xAt(0.5), y], { pointerType: 'touch', pointerId: 11 });
      await h.settle();
      expect(h.timeAt(h.xAt(0.5))).to.be.closeTo(grabbed, 3 * DAY);
      expect(h.view().start).to.be.closeTo(utc(2016) - 0.2 * FOUR_YEARS, 3 * DAY);
      expect(h.selections).to.have.length(0);
    } finally {
      undo();
    }
  });

  it('leaves vertical swipes to the page: touch-action pan-y, and the view stays', async () => {
    expect(getComputedStyle(h.plot as HTMLElement).touchAction).to.equal('pan-y');
    const undo = h.allowSyntheticCapture();
    try {
      const before = h.viewChanges.length;
      const x = h.xAt(0.5);
      h.drag([x, h.emptyY], [x, h.emptyY - 200], { pointerType: 'touch', pointerId: 12 });
      await h.waitFrames(4);
      expect(h.viewChanges.length).to.equal(before);
    } finally {
      undo();
    }
  });

  it('two fingers pinch to zoom', async () => {
    const y = h.emptyY;
    const start = h.touch('touchstart', [
      [21, h.xAt(0.4), y],
      [22, h.xAt(0.6), y],
    ]);
    expect(start.defaultPrevented, 'a pinch is not left to the page').to.equal(false);
    // The fingers spread to twice their distance, in steps.
    for (let i = 1; i <= 4; i++) {
      const move = h.touch('touchmove', [
        [21, h.xAt(0.4 - 0.05 * i), y],
        [22, h.xAt(0.6 + 0.05 * i), y],
      ]);
      expect(move.defaultPrevented, 'the page does not zoom or scroll too').to.equal(true);
    }
    h.touch(
      'touchend',
      [],
      [
        [21, h.xAt(0.2), y],
        [22, h.xAt(0.8), y],
      ],
    );
    await h.settle();
    // The fingers went from 0.2 to 0.6 of the width apart: a third of the time now fills it.
    expect(h.span() / FOUR_YEARS).to.be.closeTo(1 / 3, 0.05);
    expect((h.view().start + h.view().end) / 2).to.be.closeTo(utc(2018), 30 * DAY);
    expect(h.selections).to.have.length(0);
  });

  it('pinching the other way zooms out', async () => {
    const y = h.emptyY;
    h.touch('touchstart', [
      [31, h.xAt(0.2), y],
      [32, h.xAt(0.8), y],
    ]);
    h.touch('touchmove', [
      [31, h.xAt(0.2), y],
      [32, h.xAt(0.5), y],
    ]);
    h.touch(
      'touchend',
      [],
      [
        [31, h.xAt(0.2), y],
        [32, h.xAt(0.5), y],
      ],
    );
    await h.settle();
    expect(h.span() / FOUR_YEARS).to.be.closeTo(2, 0.1);
  });

  it('one finger on the glass is left to the pointer pan: d3-zoom does not take it', async () => {
    const y = h.emptyY;
    const before = h.viewChanges.length;
    h.touch('touchstart', [[41, h.xAt(0.4), y]]);
    const move = h.touch('touchmove', [[41, h.xAt(0.4), y - 120]]);
    h.touch('touchend', [], [[41, h.xAt(0.4), y - 120]]);
    await h.waitFrames(3);
    expect(move.defaultPrevented, 'a vertical swipe still scrolls the page').to.equal(false);
    expect(h.viewChanges.length).to.equal(before);
  });

  it('a double-click zooms in around the point, animated', async () => {
    const x = h.xAt(0.25);
    const under = h.timeAt(x);
    const before = h.viewChanges.length;
    const dblclick = new MouseEvent('dblclick', {
      clientX: x,
      clientY: h.emptyY,
      bubbles: true,
      cancelable: true,
      composed: true,
      detail: 2,
    });
    h.plot?.dispatchEvent(dblclick);
    await h.settle();
    expect(h.span()).to.be.closeTo(FOUR_YEARS / 2, 2 * DAY);
    expect(h.timeAt(x)).to.be.closeTo(under, 2 * DAY);
    expect(h.viewChanges.length - before, 'changes on several frames').to.be.greaterThan(2);
  });
});
