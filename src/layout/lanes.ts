import type { TimelineModel } from '../model/types.js';

export interface Lane {
  /** The category id; '' for events without one. */
  id: string;
  label: string;
  color: string | null;
  /** Position of the category among all categories, for palette colours that do not shift. */
  paletteIndex: number;
  /** How many range tracks the lane draws under its points. */
  tracks: number;
  /** Whether the lane has points, which sit on a row of their own. */
  points: boolean;
}

/** Which lane and range track each event sits in; fixed for a dataset, so zooming never reshuffles. */
export interface LanePlan {
  lanes: Lane[];
  laneOf: Int32Array;
  /** -1 for points, else the range track. */
  trackOf: Int8Array;
}

export const MAX_TRACKS = 3;

/**
 * One lane per category that has events, in the order the data declares them, then one for events
 * without a category. Ranges in a lane go to the first track free at their start, so overlapping
 * ranges are drawn apart (beyond MAX_TRACKS they share the track that frees first).
 */
export function planLanes(model: TimelineModel): LanePlan {
  const { events, categories, startMs, endMs } = model;
  const laneIndex = new Map<string, number>();
  const lanes: Lane[] = [];
  const used = new Set(events.map((e) => e.category));
  categories.forEach((c, i) => {
    if (!used.has(c.id)) return;
    laneIndex.set(c.id, lanes.length);
    lanes.push({
      id: c.id,
      label: c.label,
      color: c.color,
      paletteIndex: i,
      tracks: 0,
      points: false,
    });
  });
  if (used.has('')) {
    laneIndex.set('', lanes.length);
    lanes.push({
      id: '',
      label: '',
      color: null,
      paletteIndex: categories.length,
      tracks: 0,
      points: false,
    });
  }
  const laneOf = new Int32Array(events.length);
  const trackOf = new Int8Array(events.length).fill(-1);
  const trackEnds = lanes.map(() => [] as number[]);
  events.forEach((event, i) => {
    const lane = laneIndex.get(event.category) ?? 0;
    laneOf[i] = lane;
    const start = startMs[i] as number;
    const end = endMs[i] as number;
    if (end === start) {
      (lanes[lane] as Lane).points = true;
      return;
    }
    const ends = trackEnds[lane] as number[];
    let track = ends.findIndex((e) => e <= start);
    if (track < 0 && ends.length < MAX_TRACKS) track = ends.length;
    if (track < 0) track = ends.indexOf(Math.min(...ends));
    ends[track] = end;
    trackOf[i] = track;
  });
  lanes.forEach((lane, i) => {
    lane.tracks = (trackEnds[i] as number[]).length;
  });
  return { lanes, laneOf, trackOf };
}
