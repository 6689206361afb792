// The search and filter scenario of issue 15, in the <event-timeline> benchmark page (run by
// bench/search-run.js once the element has rendered its data):
//   filter      sets `el.categories` (a few lanes, then all again) and times each from the setting
//               to the first animation frame after `updateComplete`;
//   build       focuses the search field and types a query's first character at once: from the
//               focus to the first animation frame after `timeline-search` for it, which holds
//               loading the search chunk and building the index (in a worker above 100,000 events);
//   keystrokes  types each query one character at a time, as a reader does, each from dispatching
//               the field's `input` event to the first animation frame after the element's
//               `timeline-search` whose `detail.query` is the text typed so far.
// Long tasks over 50 ms while typing are counted from the page's PerformanceObserver (head.js).

const raw = window.__raw;
const frame = () => new Promise((resolve) => raw.requestAnimationFrame(resolve));

/**
 * Queries from the generated data's vocabulary (bench/generate.js): a word in about one event in
 * seven, two words in fewer, three in fewer still, and one pair found in almost none.
 */
export const QUERIES = ['treaty', 'oil pipeline', 'olympic record final', 'reactor drought'];

/** Lane settings the filter steps through: one lane, three, all (empty), another, all. */
export const LANE_SETS = [['politics'], ['politics', 'economy', 'sport'], [], ['science'], []];

/** How long one keystroke's answer may take before the scenario stops with an error. */
const KEY_TIMEOUT_MS = 30_000;
/** How long the first focus's index may take to build. */
const BUILD_TIMEOUT_MS = 120_000;

const fieldOf = (el) => el.shadowRoot.querySelector('[part~="search"] input');

/**
 * Settles with the moment of the first animation frame after the element fires
 * `timeline-search` for `query`, and the count it gave; rejects after `timeoutMs`.
 */
function searched(el, query, timeoutMs) {
  return new Promise((resolve, reject) => {
    const on = (e) => {
      if (e.detail.query !== query) return;
      off();
      raw.requestAnimationFrame(() => resolve({ at: performance.now(), count: e.detail.count }));
    };
    const timer = raw.setTimeout(() => {
      off();
      reject(new Error(`no timeline-search for ${JSON.stringify(query)} in ${timeoutMs} ms`));
    }, timeoutMs);
    const off = () => {
      clearTimeout(timer);
      raw.removeEventListener.call(el, 'timeline-search', on);
    };
    raw.addEventListener.call(el, 'timeline-search', on);
  });
}

/** Puts `text` in the field as typing does; the time to its highlighted result and its count. */
async function type(el, text, timeoutMs = KEY_TIMEOUT_MS, t0 = performance.now()) {
  const input = fieldOf(el);
  input.value = text;
  const done = searched(el, text, timeoutMs);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const { at, count } = await done;
  return { ms: at - t0, count };
}

/** The long tasks the page saw from `start` on: how many, and the longest. */
function longTasksSince(start) {
  const tasks = window.__longTasks.filter((t) => t.start >= start);
  return { count: tasks.length, maxMs: Math.max(0, ...tasks.map((t) => t.duration)) };
}

/** The scenario's phases for one rendered element; each resolves with its figures. */
export function searchScenario(el) {
  return {
    async filter() {
      const steps = [];
      for (const categories of [...LANE_SETS, ...LANE_SETS, ...LANE_SETS]) {
        // From the start of a frame: work that fits in it is drawn at the next.
        await frame();
        const t0 = performance.now();
        el.categories = categories;
        await el.updateComplete;
        await frame();
        steps.push(performance.now() - t0);
      }
      return { steps };
    },

    async build() {
      const input = fieldOf(el);
      if (!input) throw new Error('no search field ([part~="search"] input) in the element');
      await frame();
      const t0 = performance.now();
      input.focus();
      const first = await type(el, QUERIES[0].slice(0, 1), BUILD_TIMEOUT_MS, t0);
      await type(el, '');
      return { buildMs: first.ms, count: first.count };
    },

    async keystrokes() {
      const start = performance.now();
      const keys = [];
      for (const query of QUERIES) {
        for (let i = 1; i <= query.length; i++) {
          await frame();
          const { ms, count } = await type(el, query.slice(0, i));
          keys.push({ query: query.slice(0, i), ms, count });
        }
        await type(el, '');
      }
      return { keys, longTasks: longTasksSince(start) };
    },
  };
}
