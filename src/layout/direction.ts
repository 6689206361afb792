// Right to left, the axis and everything on it are mirrored: these say how, once.

/** The sign of going forward in reading order along x: 1 left to right, −1 right to left. */
export function forward(rtl: boolean): 1 | -1 {
  return rtl ? -1 : 1;
}

/** The SVG text-anchor of a text that begins at its x, in reading order. */
export function textStart(rtl: boolean): 'start' | 'end' {
  return rtl ? 'end' : 'start';
}

/** Mirrors x across the plot right to left, so a layout made left to right serves both ways. */
export function mirror(left: number, right: number, rtl: boolean): (x: number) => number {
  return rtl ? (x) => left + right - x : (x) => x;
}

/**
 * The left x of a box `width` wide whose start edge lines up with the start of [from, to]: at
 * `from` left to right, its right edge at `to` right to left.
 */
export function alignStart(from: number, to: number, width: number, rtl: boolean): number {
  return rtl ? to - width : from;
}
