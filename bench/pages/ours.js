// The <event-timeline> benchmark page: fetches the dataset, hands it to the element and waits for
// the first complete render (two animation frames after timeline-load); then offers the scenario.
import { dataExtent, frame, scenario } from './common.js';

const size = new URLSearchParams(location.search).get('n');
const el = document.querySelector('event-timeline');

/** A window bound from view-start / view-end (ISO, UTC when no zone is written). */
const parse = (iso) =>
  Date.parse(iso.includes('T') && !/[Z+]|-\d\d:\d\d$/.test(iso) ? `${iso}Z` : iso);

// view-start and view-end follow the window once it has moved; until then (and when zoomTo asks
// for the window already shown) they stay as they were, so the window last asked for stands in.
let requested = null;

const adapter = {
  async window() {
    await frame();
    await frame();
    if (!el.viewStart || !el.viewEnd) return requested;
    return { start: parse(el.viewStart), end: parse(el.viewEnd) };
  },
  zoomBy(factor) {
    el.zoomBy(factor);
    return el.updateComplete;
  },
  wheel(factor) {
    const plot = el.shadowRoot.querySelector('.plot');
    const box = plot.getBoundingClientRect();
    // The element zooms by exp(-deltaY / 300) per pixel-mode wheel event.
    plot.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300 * Math.log(factor),
        deltaMode: 0,
        ctrlKey: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    return el.updateComplete;
  },
  setWindow(start, end) {
    requested = { start, end };
    el.zoomTo(start, end);
    return el.updateComplete;
  },
  panBy(fraction) {
    el.panBy(fraction);
    return el.updateComplete;
  },
  domNodes: () => el.shadowRoot.querySelectorAll('*').length,
};

try {
  const data = fetch(`/bench/data/ours-${size}.json`).then((r) => r.json());
  await customElements.whenDefined('event-timeline');
  // Let the element be laid out and measured first, as it is on a page that sets data later.
  await frame();
  await frame();
  await el.updateComplete;
  const json = await data;
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('timeline-load', (e) => resolve(e.detail), { once: true });
    el.addEventListener('timeline-error', (e) => reject(new Error(e.detail.issues[0]?.message)));
  });
  performance.mark('bench:data');
  const t0 = performance.now();
  el.data = json;
  const detail = await loaded;
  const loadAt = performance.now();
  await frame();
  await frame();
  const t1 = performance.now();
  performance.measure('bench:data→render', 'bench:data');
  window.__scenario = () => scenario(adapter, dataExtent(json.events));
  window.__domNodes = adapter.domNodes;
  window.__done({
    dataToRender: t1 - t0,
    navToRender: t1,
    dataToLoadEvent: loadAt - t0,
    renderStart: t0,
    renderEnd: t1,
    events: detail.events,
    issues: detail.issues.length,
  });
} catch (error) {
  window.__fail(error);
}
