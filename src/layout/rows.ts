import { bisectLeft } from 'd3-array';

/**
 * Occupied horizontal intervals per label row. Each row keeps its intervals sorted and disjoint,
 * so asking whether [a, b] is free is a binary search.
 */
export class RowSet {
  private readonly rows: number[][];

  constructor(count: number) {
    this.rows = Array.from({ length: count }, () => []);
  }

  get count(): number {
    return this.rows.length;
  }

  /** True when [a, b] touches no interval of the row. */
  isFree(row: number, a: number, b: number): boolean {
    const list = this.rows[row] as number[];
    const i = this.firstEndingAfter(list, a);
    return i >= list.length || (list[i] as number) > b;
  }

  /** Marks [a, b] as taken in the row; the caller has checked that it is free. */
  take(row: number, a: number, b: number): void {
    const list = this.rows[row] as number[];
    list.splice(this.firstEndingAfter(list, a), 0, a, b);
  }

  /**
   * How far the row is free from x towards `to` (either side of x), up to `to`: 0 when x is taken.
   */
  room(row: number, x: number, to: number): number {
    const list = this.rows[row] as number[];
    const i = this.firstEndingAfter(list, x);
    if (i < list.length && (list[i] as number) <= x) return 0;
    if (to >= x) return Math.max(0, Math.min(to, (list[i] as number | undefined) ?? to) - x);
    return Math.max(0, x - Math.max(to, (list[i - 1] as number | undefined) ?? to));
  }

  /** Edges of the intervals of a row that fall inside (lo, hi): places worth trying next. */
  edgesWithin(row: number, lo: number, hi: number): number[] {
    const list = this.rows[row] as number[];
    const edges: number[] = [];
    for (let i = this.firstEndingAfter(list, lo); i < list.length; i++) {
      const edge = list[i] as number;
      if (edge >= hi) break;
      if (edge > lo) edges.push(edge);
    }
    return edges;
  }

  /**
   * Index (even) of the first interval whose end is at or after x. The flat list [a0, b0, a1,
   * b1, …] is sorted, so the first value at or after x is either that interval's end or its start.
   */
  private firstEndingAfter(list: number[], x: number): number {
    const i = bisectLeft(list, x);
    return i - (i & 1);
  }
}
