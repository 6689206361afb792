// The generated data (generate.js) in each peer's own input format, made before the clock starts,
// as a page that uses the peer would hold its data. Pure; runs in Node and in the pages.

const DAY_MS = 864e5;
const labelsOf = (data) => new Map(data.categories.map((c) => [c.id, c.label]));

/**
 * vis-timeline items and groups: `content` is the title, `group` the category, `title` (vis's
 * tooltip) the summary; ranges get `type: 'range'`, points vis's default `box`.
 */
export function toVis(data) {
  const groups = data.categories.map((c) => ({ id: c.id, content: c.label }));
  const items = data.events.map((e) => {
    const item = { id: e.id, content: e.title, start: e.start, group: e.category };
    if (e.end) {
      item.end = e.end;
      item.type = 'range';
    }
    if (e.summary) item.title = e.summary;
    return item;
  });
  return { items, groups };
}

/**
 * timelines-chart's `[{ group, data: [{ label, data: [{ timeRange, val }] }] }]`: a group and one
 * line (swimlane) per category, as our lanes are, in the categories' order. A point becomes a
 * one-day segment (timelines-chart draws only segments); `val`, which colours a segment, is the
 * category's label. The chart has no place for titles or summaries.
 */
export function toTimelinesChart(data) {
  const labels = labelsOf(data);
  const lines = new Map(data.categories.map((c) => [c.id, []]));
  for (const e of data.events) {
    const start = Date.parse(e.start);
    const end = e.end ? Date.parse(e.end) : start + DAY_MS;
    lines.get(e.category)?.push({
      timeRange: [new Date(start), new Date(end)],
      val: labels.get(e.category),
    });
  }
  return [...lines].map(([id, segments]) => ({
    group: labels.get(id),
    data: [{ label: labels.get(id), data: segments }],
  }));
}

/** `YYYY-MM-DD` as TimelineJS's date object. */
function timelineJsDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/**
 * TimelineJS3 JSON: a slide per event with the title as headline and the summary as text, the
 * category's label as its group (TimelineJS's rows), and the id as `unique_id`.
 */
export function toTimelineJS(data) {
  const labels = labelsOf(data);
  return {
    events: data.events.map((e) => {
      const event = {
        unique_id: e.id,
        start_date: timelineJsDate(e.start),
        text: { headline: e.title, text: e.summary ?? '' },
        group: labels.get(e.category),
      };
      if (e.end) event.end_date = timelineJsDate(e.end);
      return event;
    }),
  };
}
