import type { TickBox } from './layout.js';
import type { TimeScale } from './scale.js';
import {
  CONTEXT_UNIT,
  chooseTickStep,
  formatContext,
  formatTick,
  type TickUnit,
  tickTimes,
} from './ticks.js';

/** The axis: ticks per linear piece of the scale, labels kept apart, and the coarser context row. */
export function axisTicks(
  x: TimeScale,
  left: number,
  right: number,
  rtl: boolean,
  locale: string,
  measure: (text: string) => number,
): { ticks: TickBox[]; context: TickBox[]; tickUnit: TickUnit } {
  const sample = Date.UTC(2000, 8, 28, 23, 58, 58);
  const ticks: TickBox[] = [];
  const contextTimes: { t: number; unit: TickUnit }[] = [];
  let firstContext: TickUnit | null = null;
  let tickUnit: TickUnit = 'year';
  let widest = -1;
  const { domain, range } = x;
  // Each linear piece of the scale gets the ticks its own density allows: a compressed gap gets
  // coarser ones, and the ticks on either side of it stay where their dates are.
  for (let i = 1; i < domain.length; i++) {
    const t0 = domain[i - 1] as number;
    const t1 = domain[i] as number;
    const px = Math.abs((range[i] as number) - (range[i - 1] as number));
    if (t1 <= t0) continue;
    const spacing = (unit: TickUnit) =>
      16 +
      (unit === 'year'
        ? Math.max(measure(formatTick(t0, unit, locale)), measure(formatTick(t1, unit, locale)))
        : measure(formatTick(sample, unit, locale)));
    const step = chooseTickStep(px / (t1 - t0), spacing);
    if (px > widest) {
      widest = px;
      tickUnit = step.unit;
    }
    for (const t of tickTimes(t0, t1, step.unit, step.step)) {
      if (ticks.length && t <= (ticks[ticks.length - 1] as TickBox & { t: number }).t) continue;
      ticks.push({ x: x(t), label: formatTick(t, step.unit, locale), t } as TickBox);
    }
    const contextUnit = CONTEXT_UNIT[step.unit];
    if (i === 1) firstContext = contextUnit;
    if (contextUnit) {
      for (const t of tickTimes(t0, t1, contextUnit)) contextTimes.push({ t, unit: contextUnit });
    }
  }
  // Tick labels sit after their tick (before it, right to left) and must not run into the next.
  let free = rtl ? right : left;
  for (const tick of ticks) {
    const w = measure(tick.label) + 8;
    const fits = rtl ? tick.x <= free && tick.x - w >= left : tick.x >= free && tick.x + w <= right;
    if (fits) free = rtl ? tick.x - w : tick.x + w;
    else tick.label = '';
  }
  for (const tick of ticks) delete (tick as TickBox & { t?: number }).t;
  return {
    ticks,
    context: contextLabels(x, contextTimes, firstContext, left, right, rtl, locale, measure),
    tickUnit,
  };
}

/** The coarser second row: each boundary in view, and the period the window opens in at its edge. */
function contextLabels(
  x: TimeScale,
  times: { t: number; unit: TickUnit }[],
  edgeUnit: TickUnit | null,
  left: number,
  right: number,
  rtl: boolean,
  locale: string,
  measure: (text: string) => number,
): TickBox[] {
  // The period the window opens in is named at its edge, even when none of its boundaries is in
  // view ("December 2024" above the days of one week), unless a boundary sits on the edge itself.
  const unit = edgeUnit ?? times[0]?.unit;
  if (!unit) return [];
  const start = x.domain[0] as number;
  const edge = rtl ? right : left;
  const first = times[0];
  if (!first || x(first.t) !== edge) times.unshift({ t: start, unit });
  const context: TickBox[] = [];
  let free = edge;
  times.forEach(({ t, unit }, i) => {
    const label = formatContext(t, unit, locale);
    const w = measure(label) + 12;
    const tx = i === 0 ? edge : x(t);
    const fits = rtl ? tx <= free && tx - w >= left : tx >= free && tx + w <= right;
    if (!fits) return;
    context.push({ x: tx, label });
    free = rtl ? tx - w : tx + w;
  });
  return context;
}
