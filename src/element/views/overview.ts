import { nothing, svg } from 'lit';
import type { Lane } from '../../layout/lanes.js';
import { OVERVIEW_HEIGHT, type OverviewLayout, windowOf } from '../../layout/overview.js';
import type { View } from '../../layout/view.js';
import type { Warp } from '../../layout/warp.js';
import { laneClass, laneStyle } from './lane-style.js';

/**
 * The overview strip: all events, the parts outside the visible window shaded, and the window
 * itself as a d3 brush.
 */
export function renderOverview(
  o: OverviewLayout,
  lanes: Lane[],
  warp: Warp,
  view: View,
  width: number,
  rtl: boolean,
  /** The search's matches, as strokes across the strip ('' without a search). */
  matches = '',
) {
  const [a, b] = windowOf(o, warp, view, rtl);
  return svg`<svg class="overview-svg" aria-hidden="true" width=${width} height=${OVERVIEW_HEIGHT}>
    ${o.paths.map((p) => {
      const lane = lanes[p.lane];
      return p.d
        ? svg`<path class="overview-ticks ${laneClass(lane)}${lane?.hidden ? ' off' : ''}${matches ? ' dim' : ''}" ${laneStyle(lane)} d=${p.d}></path>`
        : nothing;
    })}
    ${matches ? svg`<path class="overview-matches" d=${matches}></path>` : nothing}
    <rect class="overview-shade" x="0" y="0" width=${Math.max(0, a)} height=${OVERVIEW_HEIGHT}></rect>
    <rect class="overview-shade" x=${b} y="0" width=${Math.max(0, width - b)} height=${OVERVIEW_HEIGHT}></rect>
    <!-- d3-brush owns what is inside this group: Lit renders it empty and never touches it. -->
    <g class="brush"></g>
  </svg>`;
}
