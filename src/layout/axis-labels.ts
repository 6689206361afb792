import type { RowSet } from './rows.js';

/** A label's text starts this far after its mark (before it, right to left). */
export const LABEL_OFFSET = 4;
/** A label's box: the offset, its text, and as much again after it. */
export const LABEL_PAD = 2 * LABEL_OFFSET;
/** Below a pixel's millionth, positions are equal: a label may start at the plot's very edge. */
export const EPSILON = 1e-6;

/** True when [a, b] is free in a one-row set. Boxes may touch: their padding keeps texts apart. */
export function isFree(row: RowSet, a: number, b: number): boolean {
  return row.isFree(0, a + EPSILON, b - EPSILON);
}
