// The vis-timeline benchmark page: fetches the items and groups, constructs the timeline and waits
// for the first complete render (two animation frames after its last 'changed' event: vis draws in
// animation frames, and the first draw's fit to the data draws once more in the next frame).
import { dataExtent, frame, scenario } from './common.js';

const size = new URLSearchParams(location.search).get('n');
const box = document.getElementById('box');

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

try {
  const { items, groups } = await fetch(`/bench/data/vis-${size}.json`).then((r) => r.json());
  await frame();
  await frame();
  performance.mark('bench:data');
  const t0 = performance.now();
  const timeline = new vis.Timeline(box, items, groups, {
    width: '100%',
    height: '600px',
    zoomKey: 'ctrlKey',
  });
  const constructed = performance.now();
  const t1 = await rendered(timeline);
  performance.measure('bench:data→render', 'bench:data');
  const adapter = {
    window() {
      const w = timeline.getWindow();
      return { start: w.start.getTime(), end: w.end.getTime() };
    },
    zoomBy(factor) {
      const { start, end } = adapter.window();
      const centre = (start + end) / 2;
      const half = (end - start) / 2 / factor;
      timeline.setWindow(centre - half, centre + half, { animation: false });
    },
    wheel(factor) {
      const centre = box.querySelector('.vis-panel.vis-center').getBoundingClientRect();
      const x = centre.left + centre.width / 2;
      const y = centre.top + centre.height / 2;
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
    setWindow(start, end) {
      timeline.setWindow(start, end, { animation: false });
    },
    panBy(fraction) {
      const { start, end } = adapter.window();
      const d = (end - start) * fraction;
      timeline.setWindow(start + d, end + d, { animation: false });
    },
    domNodes: () => box.querySelectorAll('*').length,
  };
  window.__scenario = () => scenario(adapter, dataExtent(items));
  window.__domNodes = adapter.domNodes;
  window.__done({
    dataToRender: t1 - t0,
    navToRender: t1,
    constructMs: constructed - t0,
    renderStart: t0,
    renderEnd: t1,
    events: items.length,
  });
} catch (error) {
  window.__fail(error);
}
