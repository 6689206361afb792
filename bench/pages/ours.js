// The <event-timeline> benchmark page. Generates the data, loads the bundle (`?bundle=`, by default
// dist/event-timeline.js) and mounts the element in one of two orders (`?order=`):
//   connected-first  the element is in the 1200 px box and laid out before `data` is set;
//   data-first       `data` is set on a new element that is not yet connected, which is then
//                    appended to the box.
// `go()` times from `el.data = …` to two animation frames after `timeline-load`; `search()` gives
// the search and filter scenario (search.js).
import {
  benchData,
  countElements,
  dataExtent,
  dragPhase,
  frame,
  params,
  publish,
  scenario,
} from './common.js';
import { searchScenario } from './search.js';

const raw = window.__raw;

/** A window bound from view-start / view-end (ISO, UTC when no zone is written). */
const parse = (iso) =>
  Date.parse(iso.includes('T') && !/[Z+]|-\d\d:\d\d$/.test(iso) ? `${iso}Z` : iso);

/** The element's plot, where the wheel turns and the mouse drags. */
const plotOf = (el) => el.shadowRoot.querySelector('.plot');

function adapterOf(el) {
  // view-start and view-end follow the window once it has moved; until then (and when zoomTo asks
  // for the window already shown) they stay as they were, so the window last asked for stands in.
  let requested = null;
  return {
    async window() {
      await frame();
      await frame();
      if (!el.viewStart || !el.viewEnd) return requested;
      return { start: parse(el.viewStart), end: parse(el.viewEnd) };
    },
    setWindow(start, end) {
      requested = { start, end };
      return el.zoomTo(start, end);
    },
    zoomBy: (factor) => el.zoomBy(factor),
    wheel(factor) {
      const box = plotOf(el).getBoundingClientRect();
      // The element zooms by exp(-deltaY / 300) per pixel-mode wheel event.
      plotOf(el).dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -300 * Math.log(factor),
          deltaMode: 0,
          ctrlKey: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + Math.min(box.height, 400) / 2,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    },
    panBy: (fraction) => el.panBy(fraction),
    after: () => el.updateComplete,
    dragSurface: () => plotOf(el).getBoundingClientRect(),
    domNodes: () => countElements(el.shadowRoot),
  };
}

/** Settles with timeline-load's detail, or fails with timeline-error's first issue. */
function loaded(el) {
  return new Promise((resolve, reject) => {
    const once = { once: true };
    raw.addEventListener.call(el, 'timeline-load', (e) => resolve(e.detail), once);
    raw.addEventListener.call(
      el,
      'timeline-error',
      (e) => reject(new Error(e.detail.issues[0]?.message ?? 'timeline-error')),
      once,
    );
  });
}

publish(async () => {
  const data = benchData();
  const extent = dataExtent(data.events);
  await import(params.bundle);
  const Timeline = await customElements.whenDefined('event-timeline');
  // Lit renders in a microtask after the change that asked for it: time each update.
  Timeline.prototype.performUpdate = window.__meter.timed(Timeline.prototype.performUpdate);
  const box = document.getElementById('box');
  let el = null;
  if (params.order === 'connected-first') {
    el = box.appendChild(document.createElement('event-timeline'));
    await frame();
    await frame();
    await el.updateComplete;
  }
  return {
    ready: true,
    async go() {
      const connected = el !== null;
      el ??= document.createElement('event-timeline');
      const load = loaded(el);
      const t0 = performance.now();
      el.data = data;
      if (!connected) box.append(el);
      const detail = await load;
      const loadAt = performance.now();
      await frame();
      await frame();
      const t1 = performance.now();
      return {
        dataToRender: t1 - t0,
        dataToLoadEvent: loadAt - t0,
        start: t0,
        end: t1,
        events: detail.events,
        issues: detail.issues.length,
        domNodes: countElements(el.shadowRoot),
      };
    },
    scenario: () => scenario(adapterOf(el), extent),
    drag: () => dragPhase(adapterOf(el), extent),
    search: () => searchScenario(el),
  };
});
