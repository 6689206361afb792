// The timelines-chart 2.14.3 benchmark page: the generated data as one swimlane per category
// (formats.js), made before the clock starts. timelines-chart has no "drawn" event: it renders in
// a timer after its last setter call (kapsule's digest), then finishes d3 transitions in animation
// frames. `go()` times from the constructor to two animation frames after the chart's DOM last
// changed (the page waits until it has not changed for half a second). It zooms and pans through
// `zoomX([start, end])`; it has no wheel zoom, and a drag selects a range to zoom into, not a pan.
import { toTimelinesChart } from '../formats.js';
import {
  benchData,
  countElements,
  dataExtent,
  domSettled,
  frame,
  publish,
  scenario,
} from './common.js';

const raw = window.__raw;

function adapterOf(chart, box) {
  const adapter = {
    window() {
      const [start, end] = chart.zoomX();
      return { start: +start, end: +end };
    },
    setWindow(start, end) {
      chart.zoomX([new Date(start), new Date(end)]);
    },
    zoomBy(factor) {
      const { start, end } = adapter.window();
      const half = (end - start) / 2 / factor;
      adapter.setWindow((start + end) / 2 - half, (start + end) / 2 + half);
    },
    panBy(fraction) {
      const { start, end } = adapter.window();
      const d = (end - start) * fraction;
      adapter.setWindow(start + d, end + d);
    },
    // The chart renders in a 1 ms timer after a change: let it run before the next step.
    after: () => new Promise((resolve) => raw.setTimeout(resolve, 4)),
    domNodes: () => countElements(box),
  };
  return adapter;
}

publish(async () => {
  const data = benchData();
  const extent = dataExtent(data.events);
  const lines = toTimelinesChart(data);
  window.__input = { data, lines };
  const box = document.getElementById('box');
  await frame();
  await frame();
  let chart = null;
  return {
    ready: true,
    async go() {
      const settled = domSettled(box);
      const t0 = performance.now();
      chart = new TimelinesChart(box)
        .width(1200)
        .maxHeight(600)
        .useUtc(true)
        .zQualitative(true)
        .enableAnimations(false)
        .data(lines);
      const t1 = await settled;
      return {
        dataToRender: t1 - t0,
        start: t0,
        end: t1,
        events: data.events.length,
        domNodes: countElements(box),
      };
    },
    scenario: () => scenario(adapterOf(chart, box), extent),
    drag: null,
  };
});
