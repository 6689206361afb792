// The peers run beside <event-timeline>: their pages (bench/pages/<name>.html), their files and
// what each can and cannot be asked to do.

export const PEER_TITLES = {
  vis: 'vis-timeline 8.5.4',
  'timelines-chart': 'timelines-chart 2.14.3',
  timelinejs: 'TimelineJS 3.9.11',
};

/** The files a page loads, for the bundle line: the script, and the stylesheet when separate. */
export const PEER_FILES = {
  vis: { js: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js' },
  'timelines-chart': { js: 'node_modules/timelines-chart/dist/timelines-chart.min.js' },
  timelinejs: {
    js: 'node_modules/@knight-lab/timelinejs/dist/js/timeline.js',
    css: 'node_modules/@knight-lab/timelinejs/dist/css/timeline.css',
  },
};

export const PEER_NOTES = {
  vis:
    'rendered = two frames after its last `changed` event; zooms and pans with `setWindow` ' +
    '(no animation), ctrl+wheel and a mouse drag; items and groups (one per category) built ' +
    'before the clock starts; its standalone build carries its CSS.',
  'timelines-chart':
    'one swimlane per category; a point is a one-day segment; no titles or summaries shown (it ' +
    'has no place for them). It has no "drawn" event: rendered = two frames after its DOM last ' +
    'changed (it renders in a timer after the last setter call). Zoom and pan through ' +
    '`zoomX([start, end])`; it has no wheel zoom, and a drag selects a range to zoom into, so ' +
    'there is no wheel or drag figure.',
  timelinejs:
    'rendered = two frames after its `loaded` event (every slide and the time navigator built); ' +
    'animations set to take no time, no web font. It has no API for its visible window: the zoom ' +
    'steps through its 10 fixed levels in and out (`zoomIn`, `zoomOut`), not all the data to one ' +
    'month; the pan is `goToNext()` (slide by slide, its only way along time); the drag pans its ' +
    'time navigator; no wheel zoom (the wheel scrolls).',
};
