import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineEvent } from '../model/types.js';
import { TARGET_SIZE } from './clusters.js';
import { alignStart, forward } from './direction.js';
import { GEOMETRY } from './geometry.js';
import { RowSet } from './rows.js';
import type { MarkBox } from './types.js';

/** A label before the lanes are stacked: its row (or range track) instead of its y. */
export interface PlacedLabel {
  index: number;
  lane: number;
  /** The label row of a point (0 nearest the points), or the track of a range. */
  row: number;
  x: number;
  width: number;
  full: number;
  anchor: number;
  leader: boolean;
}

export interface LabelInput {
  /** The events' titles (measured) and importance (placed first). */
  model: { events: readonly Pick<TimelineEvent, 'title' | 'importance'>[] };
  measure: (text: string) => number;
  rtl: boolean;
  selected: number;
  left: number;
  right: number;
  /** Label rows per lane for points. */
  rows: number[];
}

/**
 * Labels every mark that has room. A point's label hangs from a leader in the lowest of its
 * lane's rows where it fits whole; where it fits nowhere whole, it is cut to the most room any
 * row has, and hidden only below GEOMETRY.minLabel. A range's label sits on its own bar, from
 * its start (or the plot's edge when the start is scrolled off) to the next range of its track.
 */
export function placeLabels(input: LabelInput, marks: MarkBox[]): PlacedLabel[] {
  const points = marks.filter((m) => !m.range);
  const ranges = marks.filter((m) => m.range);
  return [...placePointLabels(input, points), ...placeRangeLabels(input, ranges)];
}

function labelWidth(input: LabelInput, index: number): number {
  const title = input.model.events[index]?.title ?? '';
  return Math.min(
    input.right - input.left,
    Math.ceil(input.measure(title)) + 2 * GEOMETRY.labelPad,
  );
}

function placePointLabels(input: LabelInput, marks: MarkBox[]): PlacedLabel[] {
  // Per lane: rows of labels and leader lines, which a label must avoid, and rows of label text
  // alone, which a leader must not cross. A label's own leader edge is left out of the text rows,
  // so labels of events at the same instant stack along one leader.
  const taken = input.rows.map((n) => new RowSet(n));
  const texts = input.rows.map((n) => new RowSet(n));
  // Per lane, where the points still waiting for a label are, in order.
  const waiting = input.rows.map(() => [] as number[]);
  for (const m of marks) waiting[m.lane]?.push(m.x);
  for (const list of waiting) list.sort((p, q) => p - q);
  const labels: PlacedLabel[] = [];
  // Per lane, the rows its labels use so far.
  const used = input.rows.map(() => 0);
  for (const mark of labelOrder(input, marks)) {
    const all = taken[mark.lane];
    const text = texts[mark.lane];
    const points = waiting[mark.lane];
    if (!all || !text || !points) continue;
    points.splice(bisectLeft(points, mark.x), 1);
    const space = openings(all, text, mark.x);
    if (!anyRoom(space, input)) continue;
    const full = labelWidth(input, mark.index);
    const covers = coverage(points, mark.x, full, used[mark.lane] ?? 0);
    const slot = findSlot(space, mark.x, full, input, covers);
    if (!slot) continue;
    labels.push(takeSlot(all, text, mark, slot, full, input.rtl));
    used[mark.lane] = Math.max(used[mark.lane] ?? 0, slot.row + 1);
  }
  return labels;
}

/** The order labels are placed in: the selected event, then the most important, latest first. */
function labelOrder(input: LabelInput, marks: MarkBox[]): MarkBox[] {
  const { events } = input.model;
  return marks.slice().sort(
    (a, b) =>
      Number(b.index === input.selected) - Number(a.index === input.selected) ||
      (events[b.index]?.importance ?? 2) - (events[a.index]?.importance ?? 2) ||
      // Latest first: each label then hangs towards points already labelled, above their
      // leaders, and never over a point still waiting (a staircase, as newsrooms draw them).
      b.index - a.index,
  );
}

/**
 * How many points still waiting a label from `a`, `width` wide, would cover. Such a label blocks
 * their leaders at its row and above, so it goes at least that high when it can, leaving the rows
 * below to them; but never above the lane's highest label but one (`used` rows), so no row is
 * left empty below a label. Points at the label's own instant don't count: their labels stack
 * along its leader.
 */
function coverage(points: number[], anchor: number, full: number, used: number) {
  const same = bisectRight(points, anchor) - bisectLeft(points, anchor);
  return (a: number, width = full) =>
    Math.min(used, Math.max(0, bisectRight(points, a + width) - bisectLeft(points, a) - same));
}

/** Takes a label's slot in its lane's rows, with its leader's path through the rows below. */
function takeSlot(
  all: RowSet,
  text: RowSet,
  mark: MarkBox,
  slot: { row: number; width: number; forward: boolean },
  full: number,
  rtl: boolean,
): PlacedLabel {
  const { row, width, forward } = slot;
  const anchor = mark.x;
  const before = forward === rtl;
  const a = before ? anchor - width : anchor;
  all.take(row, a, a + width);
  // The edge the leader meets is not text: another leader may run along it.
  text.take(row, a + (before ? 0 : 2), a + width - (before ? 2 : 0));
  for (let r = 0; r < row; r++) {
    if (all.isFree(r, anchor - 1, anchor + 1)) all.take(r, anchor - 1, anchor + 1);
  }
  return { index: mark.index, lane: mark.lane, row, x: a, width, full, anchor, leader: true };
}

/** Where a point's label could go: the rows its leader reaches, and each row's free length. */
interface Openings {
  reach: number;
  /** Free length from the anchor towards `to`, keeping `gap` from any other label. */
  room: (row: number, to: number) => number;
}

function openings(all: RowSet, text: RowSet, anchor: number): Openings {
  const { gap } = GEOMETRY;
  const room = (row: number, to: number) => {
    const back = to > anchor ? anchor - gap : anchor + gap;
    if (!all.isFree(row, Math.min(anchor, back), Math.max(anchor, back))) return 0;
    const run = all.room(row, anchor, to);
    return run >= Math.abs(to - anchor) ? run : Math.max(0, run - gap);
  };
  // Rows the leader can reach: up to the first whose text covers the anchor.
  let reach = 0;
  while (reach < all.count && text.isFree(reach, anchor - 0.5, anchor + 0.5)) reach++;
  return { reach: Math.min(all.count, reach + 1), room };
}

/** The narrowest a label can be: its padding and a pixel of text (widths are rounded up). */
const NARROWEST = 2 * GEOMETRY.labelPad + 1;

/**
 * Whether any label could hang from the anchor: checked before its title is measured, which in
 * a crowded view is most of what placing labels costs, and most candidates have no room.
 */
function anyRoom(space: Openings, input: LabelInput): boolean {
  for (let row = 0; row < space.reach; row++) {
    if (space.room(row, input.right) >= NARROWEST || space.room(row, input.left) >= NARROWEST) {
      return true;
    }
  }
  return false;
}

/**
 * The lowest row where the whole label fits, hanging forward from its point (or back, where the
 * plot ends first), with its leader crossing no other label; else the row with the most room, if
 * that is at least GEOMETRY.minLabel.
 */
function findSlot(
  space: Openings,
  anchor: number,
  full: number,
  input: LabelInput,
  covers: (a: number, width?: number) => number,
): { row: number; width: number; forward: boolean } | null {
  const { minLabel } = GEOMETRY;
  const { left, right, rtl } = input;
  const { reach, room } = space;
  const ahead = rtl ? left : right;
  const behind = rtl ? right : left;
  // Where the whole label would start hanging forward, and hanging back.
  const starts = rtl ? [anchor - full, anchor] : [anchor, anchor - full];
  if (reach === 0) return null;
  // Rows to try for a label that covers k points still waiting: from k up (leaving k rows below
  // for them), then down from k, as close to k as the leader reaches.
  const order = (k: number) => {
    const from = Math.min(k, reach - 1);
    const up = Array.from({ length: reach - from }, (_, i) => from + i);
    return [...up, ...Array.from({ length: from }, (_, i) => from - 1 - i)];
  };
  // Whole and forward; whole and hanging back (where the plot ends first); else cut.
  for (const forward of [true, false]) {
    for (const row of order(covers(starts[forward ? 0 : 1] as number))) {
      if (room(row, forward ? ahead : behind) >= full) return { row, width: full, forward };
    }
  }
  // Cut to the most room a row has, among the rows the order above prefers first.
  let best: { row: number; width: number; forward: boolean; rank: number } | null = null;
  for (const forward of [true, false]) {
    for (let row = 0; row < reach; row++) {
      const width = Math.floor(room(row, forward ? ahead : behind));
      if (width < minLabel) continue;
      const k = covers(forward === rtl ? anchor - width : anchor, width);
      // Rows at or above k rank first (by room); below k, the higher the better.
      const rank = row >= k ? 0 : k - row;
      if (!best || rank < best.rank || (rank === best.rank && width > best.width)) {
        best = { row, width, forward, rank };
      }
    }
  }
  return best && { row: best.row, width: best.width, forward: best.forward };
}

function placeRangeLabels(input: LabelInput, marks: MarkBox[]): PlacedLabel[] {
  const { rtl, left, right } = input;
  const { gap, minLabel } = GEOMETRY;
  const start = (m: MarkBox) =>
    rtl ? Math.min(right, Math.max(m.x, m.x2)) : Math.max(left, Math.min(m.x, m.x2));
  const tracks = new Map<string, MarkBox[]>();
  for (const m of marks) {
    const key = `${m.lane} ${m.track}`;
    tracks.set(key, [...(tracks.get(key) ?? []), m]);
  }
  const labels: PlacedLabel[] = [];
  for (const list of tracks.values()) {
    const dir = forward(rtl);
    list.sort((p, q) => (start(p) - start(q)) * dir || p.index - q.index);
    // Where the target of the last unlabelled range ends: no label may start before it.
    let blocked = Number.NEGATIVE_INFINITY;
    list.forEach((m, k) => {
      const anchor = start(m);
      const next = list[k + 1];
      const room = next
        ? Math.abs(start(next) - anchor) - gap
        : rtl
          ? anchor - left
          : right - anchor;
      const full = labelWidth(input, m.index);
      const width = Math.floor(Math.min(full, room));
      if (width < Math.min(full, minLabel) || anchor * dir < blocked) {
        blocked = Math.max(blocked, anchor * dir + TARGET_SIZE + gap);
        return;
      }
      const x = alignStart(anchor, anchor, width, rtl);
      labels.push({
        index: m.index,
        lane: m.lane,
        row: m.track,
        x,
        width,
        full,
        anchor,
        leader: false,
      });
    });
  }
  return labels;
}
