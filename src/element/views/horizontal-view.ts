import { html } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { LanePlan } from '../../layout/lanes.js';
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
}

/** The horizontal plot: the drawing, the lane names and the events as buttons. */
export function renderHorizontal(c: HorizontalContext) {
  const { layout, lanes } = c;
  const named = lanes.lanes.length > 1 || lanes.lanes[0]?.id !== '';
  // The lanes scroll inside when a page caps the element's height; the axis stays in view.
  return html`<div class="lanes">
    ${renderChart(layout, c.model, lanes.lanes, c.selected, c.rtl)}
    ${
      named
        ? layout.lanes.map((box) => {
            const lane = lanes.lanes[box.index];
            return html`<div class="lane-name ${laneClass(lane)}" part="lane" ${laneStyle(lane)} ${place(0, box.top, layout.width)}>
              <span class="swatch"></span>${lane?.label || c.words.other}
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
