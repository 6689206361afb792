import { type ScaleLinear, scaleLinear } from 'd3-scale';

/** Time (ms) to pixels: a d3 linear scale, polylinear where compressed gaps add stops. */
export type TimeScale = ScaleLinear<number, number, never>;

/**
 * A d3 scale through the points (domain[i], range[i]). The domain increases; the range may run
 * either way (right to left for RTL), and `invert` reads pointer positions back. Beyond either
 * end it continues the slope of the end segment (d3 does not clamp unless asked).
 */
export function createTimeScale(domain: number[], range: number[]): TimeScale {
  return scaleLinear().domain(domain).range(range);
}
