/**
 * An x kept to the plot and 2 px past its edges: a box that runs out of the window ends just
 * outside it, where its rounded end or edge is not seen, rather than thousands of pixels away.
 */
export function clampToPlot(x: number, left: number, right: number): number {
  return Math.max(left - 2, Math.min(right + 2, x));
}
