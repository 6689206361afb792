import { countVisible, denseMarks, denseTargets } from './dense.js';
import { layoutTimeline as layout } from './layout.js';
import type { LayoutInput, TimelineLayout } from './types.js';

/**
 * The horizontal layout, as the package exports it: with the crowded view's code always (the
 * element loads that code as a chunk, and only for data that can crowd a view).
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  return layout({ crowd: { countVisible, denseMarks, denseTargets }, ...input });
}
