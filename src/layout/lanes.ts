import type { TimelineEvent, TimelineModel } from '../model/types.js';

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
  /** For the one lane that holds the categories not shown on their own: how many it holds. */
  grouped?: number;
  /** Filtered out (filterLanes): the lane collapses to its name, and its events are not drawn. */
  hidden?: boolean;
}

/** Which lane and range track each event sits in; fixed for a dataset, so zooming never reshuffles. */
export interface LanePlan {
  lanes: Lane[];
  laneOf: Int32Array;
  /** -1 for points, else the range track. */
  trackOf: Int8Array;
  /** With more categories than LANES_SHOWN: the first shown on its own lane, and how many there are. */
  page?: { first: number; total: number };
  /** With a category filter (filterLanes): 1 for each event filtered out. */
  off?: Uint8Array;
}

export const MAX_TRACKS = 3;
/**
 * Lanes a reader can take in at once. With more categories than this, that many have lanes of
 * their own and one more lane holds the rest; the reader pages through them (issue 12: 3,000
 * categories must not make 15,000 elements).
 */
export const LANES_SHOWN = 24;

/**
 * One lane per category that has events, in the order the data declares them, then one for events
 * without a category. Ranges in a lane go to the first track free at their start, so overlapping
 * ranges are drawn apart (beyond MAX_TRACKS they share the track that frees first). With more
 * than `shown` lanes, the `shown` from `first` on stay, and one lane after them holds the rest.
 */
export function planLanes(model: TimelineModel, first = 0, shown = LANES_SHOWN): LanePlan {
  const { events, categories, startMs, endMs } = model;
  const used = usedCategories(model);
  const all: Lane[] = [];
  categories.forEach((c, i) => {
    if (!used.has(c.id)) return;
    all.push({
      id: c.id,
      label: c.label,
      color: c.color,
      paletteIndex: i,
      tracks: 0,
      points: false,
    });
  });
  if (used.has('')) {
    all.push({
      id: '',
      label: '',
      color: null,
      paletteIndex: categories.length,
      tracks: 0,
      points: false,
    });
  }
  const paged = all.length > shown;
  const from = paged ? Math.max(0, Math.min(first, all.length - 1)) : 0;
  const lanes = paged ? all.slice(from, from + shown) : all;
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  if (paged) {
    const rest = all.length - lanes.length;
    const id = '\u0000rest';
    lanes.push({
      id,
      label: '',
      color: null,
      paletteIndex: categories.length + 1,
      tracks: 0,
      points: false,
      grouped: rest,
    });
  }
  const laneOf = new Int32Array(events.length);
  const trackOf = new Int8Array(events.length).fill(-1);
  const trackEnds = lanes.map(() => [] as number[]);
  events.forEach((event, i) => {
    const lane = laneIndex.get(event.category) ?? lanes.length - 1;
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
    // A tiled source's lanes keep their height as its events come and go with the tiles.
    if (model.tiled) Object.assign(lane, { tracks: MAX_TRACKS, points: true });
  });
  const page = paged ? { page: { first: from, total: all.length } } : {};
  return { lanes, laneOf, trackOf, ...page };
}

/** The categories with events; for a tiled source, all of them, whichever events are at hand. */
function usedCategories({ events, categories, tiled }: TimelineModel): Set<string> {
  const used = new Set(events.map((e) => e.category));
  if (tiled) for (const c of categories) used.add(c.id);
  return used;
}

/**
 * The plan with only the categories in `shown` drawn (all of them when it is empty). Lanes and
 * tracks stay where they were, so showing a category again puts it back in its place; a lane
 * with nothing left to draw is `hidden`, and each filtered-out event is marked in `off`. The
 * lane of the categories grouped together (past LANES_SHOWN) hides only their events not shown.
 */
export function filterLanes(
  model: TimelineModel,
  plan: LanePlan,
  shown: ReadonlySet<string>,
): LanePlan {
  if (shown.size === 0) return plan;
  const { ids, of } = categoryColumn(model.events);
  const keep = Uint8Array.from(ids, (id) => (shown.has(id) ? 1 : 0));
  const off = new Uint8Array(of.length);
  const drawn = new Uint8Array(plan.lanes.length);
  // Over a typed column, not the event objects: a filter at 100,000 events fits in a frame.
  for (let i = 0; i < of.length; i++) {
    if (keep[of[i] as number]) drawn[plan.laneOf[i] as number] = 1;
    else off[i] = 1;
  }
  const lanes = plan.lanes.map((lane, i) => (drawn[i] ? lane : { ...lane, hidden: true }));
  return { ...plan, lanes, off };
}

const columns = new WeakMap<readonly TimelineEvent[], { ids: string[]; of: Int32Array }>();

/** Each event's category as an index into `ids`, made once per dataset. */
function categoryColumn(events: readonly TimelineEvent[]): { ids: string[]; of: Int32Array } {
  let column = columns.get(events);
  if (!column) {
    const at = new Map<string, number>();
    const of = Int32Array.from(events, (e) => {
      const known = at.get(e.category);
      if (known !== undefined) return known;
      at.set(e.category, at.size);
      return at.size - 1;
    });
    column = { ids: [...at.keys()], of };
    columns.set(events, column);
  }
  return column;
}

/** Whether event `i` is drawn under the plan's category filter. */
export function isShown(plan: LanePlan, i: number): boolean {
  return !plan.off || plan.off[i] === 0;
}
