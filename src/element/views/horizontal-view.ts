import { html, nothing, svg } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { Lane, LanePlan } from '../../layout/lanes.js';
import type { TimelineLayout } from '../../layout/layout.js';
import type { Category, TimelineEvent, TimelineModel } from '../../model/types.js';
import { renderAxis, renderChart } from './chart.js';
import { renderItems } from './items.js';
import { laneClass, laneStyle } from './lane-style.js';
import { place } from './place.js';

export interface HorizontalContext {
  layout: TimelineLayout;
  model: TimelineModel;
  lanes: LanePlan;
  selected: number;
  /** The event that is the Tab stop into the events. */
  stop: number;
  rtl: boolean;
  locale: string;
  words: Messages;
  category: (event: TimelineEvent) => Category | undefined;
  /** Shows the next categories, when there are more than have lanes of their own. */
  nextLanes: () => void;
  /** Per event, 1 when it matches the search; null without one. */
  match: Uint8Array | null;
  /** The matches a crowded view's density would hide, as strokes (layout/match-ticks.ts). */
  matchTicks: string;
  /** A lane name's toggle: shows or hides its category, or with Alt shows only it; null in an export. */
  toggleLane: ((id: string, only: boolean) => void) | null;
}

/** The horizontal plot: the drawing, the lane names and the events as buttons. */
export function renderHorizontal(c: HorizontalContext) {
  const { layout, lanes } = c;
  const named = lanes.lanes.length > 1 || lanes.lanes[0]?.id !== '';
  // The lanes scroll inside when a page caps the element's height; the axis stays in view.
  return html`<div class="lanes${c.match ? ' searching' : ''}">
    ${renderChart(layout, c.model, lanes.lanes, c.selected, c.rtl, c.match)}
    ${c.matchTicks ? svg`<svg class="match-ticks" aria-hidden="true" width=${layout.width} height=${layout.axisY}><path d=${c.matchTicks}></path></svg>` : nothing}
    ${
      named
        ? layout.lanes.map((box) => {
            const lane = lanes.lanes[box.index];
            if (lane?.grouped) return renderGroupedName(c, box.top, lane.grouped);
            return html`<div class="lane-name ${laneClass(lane)}${lane?.hidden ? ' off' : ''}" ${laneStyle(lane)} ${place(0, box.top, layout.width)}>
              ${renderLaneToggle(c, lane)}
            </div>`;
          })
        : []
    }
    ${
      layout.density
        ? html`<div class="swatches" hidden>${lanes.lanes.map((lane) => html`<span class="swatch ${laneClass(lane)}" ${laneStyle(lane)}></span>`)}</div>`
        : []
    }
    ${renderItems({ ...c, lanes: lanes.lanes })}
  </div>
  ${renderAxis(layout, c.rtl)}`;
}

/**
 * A lane's name (part `lane`): a toggle that hides or shows its events, pressed while they are
 * shown. Alt-click, or Alt+Enter, shows only this lane (and all again, if it already was).
 */
export function renderLaneToggle(
  c: Pick<HorizontalContext, 'words' | 'toggleLane'>,
  lane: Lane | undefined,
) {
  const name = html`<span class="swatch"></span>${lane?.label || c.words.other}`;
  const toggle = c.toggleLane;
  if (!lane || !toggle) return html`<span part="lane">${name}</span>`;
  const keydown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    toggle(lane.id, true);
  };
  const click = (e: MouseEvent) => {
    // Not a click on the plot: it neither closes the card nor picks a mark.
    e.stopPropagation();
    toggle(lane.id, e.altKey);
  };
  return html`<button type="button" class="lane-toggle" part="lane" aria-pressed=${lane.hidden ? 'false' : 'true'}
    title=${c.words.laneToggle} aria-keyshortcuts="Alt+Enter" @click=${click} @keydown=${keydown}>${name}</button>`;
}

/**
 * The last lane's name when it holds the categories without a lane of their own: how many, and
 * a button that shows the next ones (layout/lanes.ts LANES_SHOWN at a time).
 */
function renderGroupedName(c: HorizontalContext, top: number, count: number) {
  const page = c.lanes.page;
  if (!page) return nothing;
  const format = (n: number) => n.toLocaleString(c.locale);
  const shown = c.lanes.lanes.length - 1;
  const next = page.first + shown < page.total ? page.first + shown : 0;
  const last = Math.min(page.total, next + shown);
  const click = (e: Event) => {
    // Not a click on the plot: it neither closes the card nor picks a mark.
    e.stopPropagation();
    c.nextLanes();
  };
  return html`<div class="lane-name grouped" part="lane" ${place(0, top, c.layout.width)}>
    <span class="swatch"></span>${c.words.moreCategories(count, format(count))}
    <button class="more-lanes" part="lane-more" type="button" @click=${click}>${c.words.showCategories(format(next + 1), format(last), format(page.total))}</button>
  </div>`;
}
