// The vis-timeline 8.5.4 benchmark page: the generated data as vis items and groups, made before
// the clock starts. `go()` times from `new vis.Timeline(…)` to two animation frames after its
// last 'changed' event (vis draws in animation frames, and the first draw's fit to the data draws
// once more in the next frame).
import { toVis } from '../formats.js';
import {
  benchData,
  countElements,
  dataExtent,
  dragPhase,
  frame,
  publish,
  scenario,
} from './common.js';

/** Settles two frames after the last 'changed' event, once one has come. */
function rendered(timeline) {
  return new Promise((resolve) => {
    let seq = 0;
    timeline.on('changed', () => {
      const mine = ++seq;
      frame()
        .then(frame)
        .then(() => {
          if (mine === seq) resolve(performance.now());
        });
    });
  });
}

/**
 * vis reads `wheelDelta` when it is not 0 (delta = wheelDelta / 120), else `deltaY` (delta =
 * -deltaY / 3), and zooms by 1 + |delta| / 5 (zoomFriction 5). Chromium derives wheelDelta of a
 * constructed WheelEvent from deltaY: find how, then pick the deltaY that zooms by `factor`.
 */
function visDeltaY(factor) {
  const delta = factor >= 1 ? 5 * (factor - 1) : -5 * (1 / factor - 1);
  const k = new WheelEvent('wheel', { deltaY: 120 }).wheelDelta / 120;
  return k ? (120 * delta) / k : -3 * delta;
}

function adapterOf(timeline, box) {
  const centre = () => box.querySelector('.vis-panel.vis-center').getBoundingClientRect();
  const adapter = {
    window() {
      const w = timeline.getWindow();
      return { start: w.start.getTime(), end: w.end.getTime() };
    },
    setWindow(start, end) {
      timeline.setWindow(start, end, { animation: false });
    },
    zoomBy(factor) {
      const { start, end } = adapter.window();
      const middle = (start + end) / 2;
      const half = (end - start) / 2 / factor;
      timeline.setWindow(middle - half, middle + half, { animation: false });
    },
    wheel(factor) {
      const plot = centre();
      const x = plot.left + plot.width / 2;
      const y = plot.top + plot.height / 2;
      (document.elementFromPoint(x, y) ?? box).dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: visDeltaY(factor),
          deltaMode: 0,
          ctrlKey: true,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
        }),
      );
    },
    panBy(fraction) {
      const { start, end } = adapter.window();
      const d = (end - start) * fraction;
      timeline.setWindow(start + d, end + d, { animation: false });
    },
    dragSurface: centre,
    domNodes: () => countElements(box),
  };
  return adapter;
}

publish(async () => {
  const data = benchData();
  const extent = dataExtent(data.events);
  const { items, groups } = toVis(data);
  window.__input = { data, items, groups };
  const box = document.getElementById('box');
  await frame();
  await frame();
  let timeline = null;
  return {
    ready: true,
    async go() {
      const t0 = performance.now();
      timeline = new vis.Timeline(box, items, groups, {
        width: '100%',
        height: '600px',
        zoomKey: 'ctrlKey',
      });
      const t1 = await rendered(timeline);
      return {
        dataToRender: t1 - t0,
        start: t0,
        end: t1,
        events: items.length,
        domNodes: countElements(box),
      };
    },
    scenario: () => scenario(adapterOf(timeline, box), extent),
    drag: () => dragPhase(adapterOf(timeline, box), extent),
  };
});
