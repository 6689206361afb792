/** A piecewise-linear map from time (ms) to pixels, and back. Domain and range have equal length. */
export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
  readonly domain: readonly number[];
  readonly range: readonly number[];
}

/**
 * Builds a piecewise-linear scale through the points (domain[i], range[i]). Beyond either end it
 * continues the slope of the end segment. The domain must increase; the range may run either way
 * (right to left for RTL), so the inverse searches it in the direction it runs.
 */
export function createTimeScale(domain: number[], range: number[]): TimeScale {
  const n = domain.length;
  const down = n > 1 && (range[n - 1] as number) < (range[0] as number);
  const segment = (values: number[], v: number, flip: boolean) => {
    let lo = 1;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (flip ? (values[mid] as number) > v : (values[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lerp = (from: number[], to: number[], i: number, v: number) => {
    const a = from[i - 1] as number;
    const b = from[i] as number;
    const c = to[i - 1] as number;
    const d = to[i] as number;
    return b === a ? c : c + ((v - a) / (b - a)) * (d - c);
  };
  const scale = ((t: number) => lerp(domain, range, segment(domain, t, false), t)) as TimeScale;
  scale.invert = (x: number) => lerp(range, domain, segment(range, x, down), x);
  Object.assign(scale, { domain, range });
  return scale;
}
