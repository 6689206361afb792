// The TimelineJS 3.9.11 benchmark page: the generated data as TimelineJS3 JSON (formats.js), made
// before the clock starts. `go()` times from `new TL.Timeline(…)` to two animation frames after
// its 'loaded' event (its slides and its time navigator are built). Animations take no time
// (`duration: 0`), and no web font is loaded. TimelineJS has no API for its visible window: it
// zooms through its 11 fixed levels (`zoomIn`, `zoomOut`), moves along time only slide by slide
// (`goToNext`, standing in for a pan), and pans with a drag of its time navigator; it has no wheel
// zoom (the wheel scrolls the navigator).
import { toTimelineJS } from '../formats.js';
import {
  benchData,
  countElements,
  dataExtent,
  dragPhase,
  frame,
  publish,
  scenario,
} from './common.js';

const ZOOM_LEVELS = 10;

function adapterOf(timeline, box) {
  return {
    window: () => null,
    // Its widest level stands in for "all the data"; no window can be asked for.
    setWindow(start, end) {
      if (end - start > 5 * 365 * 864e5) timeline.setZoom(0);
    },
    zoomLevels: ZOOM_LEVELS,
    zoomBy: (factor) => (factor > 1 ? timeline.zoomIn() : timeline.zoomOut()),
    panBy: () => timeline.goToNext(),
    dragSurface: () => box.querySelector('.tl-timenav').getBoundingClientRect(),
    domNodes: () => countElements(box),
  };
}

publish(async () => {
  const data = benchData();
  const extent = dataExtent(data.events);
  const json = toTimelineJS(data);
  window.__input = { data, json };
  const box = document.getElementById('box');
  await frame();
  await frame();
  let timeline = null;
  return {
    ready: true,
    async go() {
      const t0 = performance.now();
      timeline = new TL.Timeline('box', json, {
        script_path: '/node_modules/@knight-lab/timelinejs/dist/js/',
        font: null,
        duration: 0,
        language: 'en',
      });
      await new Promise((resolve) => timeline.on('loaded', resolve));
      await frame();
      await frame();
      const t1 = performance.now();
      return {
        dataToRender: t1 - t0,
        start: t0,
        end: t1,
        events: json.events.length,
        domNodes: countElements(box),
      };
    },
    scenario: () => scenario(adapterOf(timeline, box), extent),
    drag: () => dragPhase(adapterOf(timeline, box), extent),
  };
});
