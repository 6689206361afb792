// Small pure statistics shared by the bench's Node side and its pages.

export function round(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

const finite = (values) => values.filter((x) => typeof x === 'number' && Number.isFinite(x));

/** The median of the finite numbers among `values`, or null when there are none. */
export function median(values) {
  const v = finite(values).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Nearest-rank percentile of the finite numbers among `values`, or null when there are none. */
export function percentile(values, p) {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** The long tasks that started in [start, end): how many, their total and the longest, in ms. */
export function tasksIn(tasks, start, end) {
  const inside = tasks.filter((t) => t.start >= start && t.start < end);
  return {
    count: inside.length,
    totalMs: round(
      inside.reduce((sum, t) => sum + t.duration, 0),
      1,
    ),
    maxMs: round(Math.max(0, ...inside.map((t) => t.duration)), 1),
  };
}
