import type { LabelBox, LaneBox, LayoutInput, MarkBox } from './layout.js';
import { GEOMETRY } from './layout.js';
import { RowSet } from './rows.js';

/**
 * Places labels in each lane's rows, most important first: none overlaps another, and none is
 * crossed by another's leader line.
 */
export function placeLabels(
  input: LayoutInput,
  marks: MarkBox[],
  lanes: LaneBox[],
  rows: number,
  left: number,
  right: number,
): LabelBox[] {
  const { model, measure, rtl = false, selected = -1 } = input;
  const g = GEOMETRY;
  // Per lane: rows of labels and leader lines, which a label must avoid, and rows of label text
  // alone, which a leader must not cross. A label's own leader edge is left out of the text rows,
  // so labels of events at the same instant stack along one leader.
  const taken = lanes.map(() => new RowSet(rows));
  const texts = lanes.map(() => new RowSet(rows));
  const maxWidth = Math.min(g.maxLabel, right - left);
  const order = marks.slice().sort((a, b) => {
    const ea = model.events[a.index];
    const eb = model.events[b.index];
    return (
      Number(b.index === selected) - Number(a.index === selected) ||
      (eb?.importance ?? 2) - (ea?.importance ?? 2) ||
      a.index - b.index
    );
  });
  const labels: LabelBox[] = [];
  for (const mark of order) {
    const title = model.events[mark.index]?.title ?? '';
    const width = Math.min(maxWidth, Math.ceil(measure(title)) + 2 * g.labelPad);
    const all = taken[mark.lane] as RowSet;
    const text = texts[mark.lane] as RowSet;
    const slot = findSlot(all, text, mark, width, left, right, rtl);
    if (!slot) continue;
    const { row, a, anchor } = slot;
    all.take(row, a, a + width);
    // The edge the leader meets is not text: another leader may run along it.
    const edge = anchor <= a + 1 ? 'start' : anchor >= a + width - 1 ? 'end' : 'none';
    text.take(row, a + (edge === 'start' ? 2 : 0), a + width - (edge === 'end' ? 2 : 0));
    for (let r = 0; r < row; r++) {
      if (all.isFree(r, anchor - 1, anchor + 1)) all.take(r, anchor - 1, anchor + 1);
    }
    const lane = lanes[mark.lane] as LaneBox;
    const y = lane.pointY - g.pointRow / 2 - (row + 1) * g.row + (g.row - g.labelHeight) / 2;
    labels.push({ index: mark.index, x: a, y, width, anchor, markY: mark.y, lane: mark.lane });
  }
  return labels;
}

/**
 * The lowest row where the label fits with its leader crossing no other label. A point's label
 * hangs from the point; a range's may slide along its bar, to just past whatever is in the way.
 */
function findSlot(
  all: RowSet,
  text: RowSet,
  mark: MarkBox,
  width: number,
  left: number,
  right: number,
  rtl: boolean,
): { row: number; a: number; anchor: number } | null {
  const g = GEOMETRY;
  const dir = rtl ? -1 : 1;
  const first = Math.max(
    left,
    Math.min(right, rtl ? Math.max(mark.x, mark.x2) : Math.min(mark.x, mark.x2)),
  );
  const last = mark.range
    ? Math.max(
        left,
        Math.min(right, rtl ? Math.min(mark.x, mark.x2) + 12 : Math.max(mark.x, mark.x2) - 12),
      )
    : first;
  const anchors = [first];
  if (mark.range && (last - first) * dir > 0) {
    const lo = Math.min(first, last);
    const hi = Math.max(first, last);
    for (let r = 0; r < all.count; r++) {
      for (const edge of all.edgesWithin(r, lo - width - g.gap, hi + width + g.gap)) {
        const candidate = edge + dir * (g.gap + 1);
        if (candidate > lo && candidate < hi) anchors.push(candidate);
      }
    }
    anchors.sort((p, q) => (p - q) * dir);
  }
  for (const anchor of anchors.slice(0, 24)) {
    let a = rtl ? anchor - width : anchor;
    if (a < left) a = left;
    if (a + width > right) a = rtl ? right - width : Math.max(left, anchor - width);
    for (let row = 0; row < all.count; row++) {
      if (all.isFree(row, a - g.gap, a + width + g.gap)) return { row, a, anchor };
      if (!text.isFree(row, anchor - 0.5, anchor + 0.5)) break;
    }
  }
  return null;
}
