import type { DirectiveResult } from 'lit/directive.js';
import type { Lane } from '../../layout/lanes.js';
import { customProperties } from './place.js';

/**
 * A lane's colour from the data, as a custom property value: as given on light backgrounds, and
 * mixed with white on dark ones, where a dark data colour would be lost (marks keep 3:1).
 */
export function laneInk(lane: Lane | undefined): string | null {
  const color = lane?.color;
  return color ? `light-dark(${color}, color-mix(in oklab, ${color} 55%, white))` : null;
}

/** The palette class of a lane, unless the data gives its colour. */
export function laneClass(lane: Lane | undefined): string {
  return lane && !lane.color ? `c${lane.paletteIndex % 8}` : '';
}

/** Sets a lane's colour from the data, as `--c`, on the element it goes on. */
export function laneStyle(lane: Lane | undefined): DirectiveResult {
  return customProperties({ '--c': laneInk(lane) });
}
