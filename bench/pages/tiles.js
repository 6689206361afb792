// The <event-timeline> benchmark page over a tiled source (`?tiles=` a tile URL template, served
// by `npm run tiles:serve`): `go()` times from setting `tiles` to the first labels drawn from the
// tiles; `zoom()` zooms from the whole source down to one day around a busy moment (`?at=`) in 24
// steps through the API, one per frame, and back out, timing frames and each step's script as
// the in-memory scenario does (common.js), and how long the day's labels take to come.
import { countElements, DAY, frame, phaseOf, publish, steps } from './common.js';

const raw = window.__raw;
const query = new URLSearchParams(location.search);
const template = query.get('tiles') ?? '';
const bundle = query.get('bundle') ?? '/dist/event-timeline.js';
const at = Date.parse(query.get('at') ?? '2024-06-10T12:00Z');
const STEPS = 24;

const parse = (iso) =>
  Date.parse(iso.includes('T') && !/[Z+]|-\d\d:\d\d$/.test(iso) ? `${iso}Z` : iso);
const labels = (el) => el.shadowRoot.querySelectorAll('.lanes .label').length;

/** Resolves once `test()` holds, checked every frame, with the ms it took; rejects after `ms`. */
async function until(test, ms, what) {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > ms) throw new Error(`${what} did not happen in ${ms / 1000} s`);
    await frame();
  }
  return performance.now() - t0;
}

/** Requests the element has in flight (its tiles and pages), counted by wrapping fetch. */
let inFlight = 0;
const fetch0 = window.fetch;
window.fetch = function counted(...args) {
  inFlight++;
  return fetch0.apply(this, args).finally(() => {
    inFlight--;
  });
};

publish(async () => {
  if (!template) throw new Error('no ?tiles= template');
  await import(bundle);
  const Timeline = await customElements.whenDefined('event-timeline');
  Timeline.prototype.performUpdate = window.__meter.timed(Timeline.prototype.performUpdate);
  const box = document.getElementById('box');
  const el = box.appendChild(document.createElement('event-timeline'));
  el.style.height = '700px';
  await el.updateComplete;
  const lib = { after: () => el.updateComplete };
  return {
    ready: true,
    async go() {
      const t0 = performance.now();
      const load = new Promise((resolve, reject) => {
        raw.addEventListener.call(el, 'timeline-load', (e) => resolve(e.detail), { once: true });
        raw.addEventListener.call(
          el,
          'timeline-error',
          (e) => reject(new Error(e.detail.issues[0]?.message)),
          { once: true },
        );
      });
      el.setAttribute('tiles', template);
      const detail = await load;
      const loadMs = performance.now() - t0;
      await until(() => labels(el) > 0, 60_000, 'the first labels');
      return { loadMs, labelsMs: performance.now() - t0, events: detail.events };
    },
    async zoom() {
      const start = parse(el.viewStart);
      const end = parse(el.viewEnd);
      await until(() => labels(el) > 0 && inFlight === 0, 60_000, 'labels of the whole source');
      // Each step a window around the busy moment, its width a constant factor of the last's (the
      // element keeps a window near the ends of the data inside them).
      const factor = ((end - start) / DAY) ** (1 / STEPS);
      const around = (i) => {
        const width = (end - start) / factor ** i;
        return el.zoomTo(new Date(at - width / 2), new Date(at + width / 2));
      };
      const inward = await steps(
        lib,
        STEPS,
        (i) => around(i + 1),
        () => {},
      );
      const day = { start: parse(el.viewStart), end: parse(el.viewEnd) };
      // Until every tile asked for has come, and the day's labels are drawn from them.
      const settled = performance.now();
      await until(() => inFlight === 0 && labels(el) > 0, 30_000, 'labels of the day');
      await frame();
      const dayLabelsMs = performance.now() - settled;
      const outward = await steps(
        lib,
        STEPS,
        (i) => around(STEPS - 1 - i),
        () => {},
      );
      const join = (key) => [...inward[key], ...outward[key]];
      return {
        ...phaseOf({
          frames: join('frames'),
          scripts: join('scripts'),
          start: inward.start,
          end: outward.end,
          truncated: inward.truncated || outward.truncated,
        }),
        day: [new Date(day.start).toISOString(), new Date(day.end).toISOString()],
        dayLabelsMs,
        domNodes: countElements(el.shadowRoot),
      };
    },
  };
});
