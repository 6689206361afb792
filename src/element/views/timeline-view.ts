import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { LanePlan } from '../../layout/lanes.js';
import type { TimelineLayout } from '../../layout/layout.js';
import type { OverviewLayout } from '../../layout/overview.js';
import type { VerticalRow } from '../../layout/vertical.js';
import type { View } from '../../layout/view.js';
import type { Warp } from '../../layout/warp.js';
import type { Category, Issue, TimelineEvent, TimelineModel } from '../../model/types.js';
import type { HintPoint } from '../controllers/gesture-controller.js';
import { renderControls, renderWheelHint } from './controls.js';
import { renderClusterList, renderDetail } from './detail.js';
import { renderHorizontal } from './horizontal-view.js';
import { laneClass, laneStyle } from './lane-style.js';
import { tableRenderer } from './lazy-table.js';
import { verticalChunk } from './lazy-vertical.js';
import { renderOverview } from './overview.js';
import { renderPrintList } from './print-view.js';
import { renderStatus } from './status.js';

/** Everything the loaded timeline shows, and what its controls do. */
export interface FrameContext {
  /** Story mode's slides (views/story-view.ts), shown above the chart as its strip; null in the chart. */
  story: unknown;
  /** While printing: the events in view, listed under the drawing; null on screen. */
  print: readonly number[] | null;
  /** The element's width. */
  width: number;
  model: TimelineModel;
  lanes: LanePlan;
  issues: readonly Issue[];
  label: string;
  words: Messages;
  locale: string;
  rtl: boolean;
  selected: number;
  /** The event that is the Tab stop into the events. */
  stop: number;
  layout: TimelineLayout | null;
  vertical: VerticalRow[] | null;
  overview: OverviewLayout | null;
  warp: Warp;
  view: View;
  /** Where the wheel hint shows, or null while it does not. */
  hint: HintPoint | null;
  cluster: number[] | null;
  problemsOpen: boolean;
  /** The table view is shown instead of the drawing, at this page. */
  table: number | null;
  /** What the live region says: the title of the event just opened. */
  announce: string;
  category: (event: TimelineEvent) => Category | undefined;
  on: {
    zoomIn: () => void;
    zoomOut: () => void;
    fit: () => void;
    plotClick: (e: MouseEvent) => void;
    verticalClick: (e: MouseEvent) => void;
    closeDetail: () => void;
    chooseFromList: (id: string) => void;
    closeCluster: () => void;
    toggleProblems: () => void;
    table: () => void;
    tablePage: (page: number) => void;
    openFromTable: (id: string) => void;
    nextLanes: () => void;
  };
}

/** The loaded timeline: controls, the plot (horizontal or vertical), overview, card, status. */
export function renderFrame(c: FrameContext) {
  const { model, lanes, words, on } = c;
  const indexOf = new Map<TimelineEvent, number>();
  // Over the horizontal plot the card is a popover next to its event (card-position.ts places
  // it); in the vertical layout it opens under its event, and with the table under the table.
  const popover = !!c.layout && c.table === null;
  const detail = (event: TimelineEvent) => {
    const index = indexOf.get(event) ?? model.events.indexOf(event);
    const lane = lanes.lanes[lanes.laneOf[index] as number];
    return html`<section part="detail" id="detail" tabindex="-1" class="${laneClass(lane)}${popover ? ' popover' : ''}" data-for=${index}
      aria-labelledby="detail-title" ${laneStyle(lane)}>
      ${renderDetail(event, c.category(event), c.locale, words, on.closeDetail)}
    </section>`;
  };
  const event = model.events[c.selected];
  if (event) indexOf.set(event, c.selected);
  const toolbar = renderControls(
    words,
    { zoomIn: on.zoomIn, zoomOut: on.zoomOut, fit: on.fit, table: on.table },
    c.table !== null,
  );
  const status = renderStatus(
    model.events.length,
    [...c.issues],
    c.problemsOpen,
    c.locale,
    words,
    on.toggleProblems,
  );
  const table = renderTableOf(c);
  // In story mode the slide is the selected event's card, made large.
  const card =
    c.story !== null && !table
      ? nothing
      : event && (!c.vertical || table)
        ? detail(event)
        : c.cluster
          ? html`<section part="detail" id="detail" tabindex="-1" class=${popover ? 'popover' : ''} data-for=${c.cluster[0] as number}
            aria-labelledby="detail-title">
            ${renderClusterList(
              c.cluster.map((i) => model.events[i] as TimelineEvent),
              c.locale,
              words,
              on.chooseFromList,
              on.closeCluster,
            )}
          </section>`
          : nothing;
  if (c.story !== null && !c.layout && !c.vertical && !table) return renderPhoneStory(c, status);
  return html`
    <div class="root${c.story === null ? '' : ' story-mode'}" role="region" aria-label=${c.label}>
      ${c.print ? html`<h2 class="print-title">${c.label}</h2>` : nothing}
      ${c.vertical ? toolbar : nothing}
      <div class="sr-only" role="status">${c.announce}</div>
      ${table ?? c.story ?? nothing}
      ${
        c.vertical && !table
          ? html`<div class="plot vertical" @click=${on.verticalClick}>
              ${(verticalChunk.get() as NonNullable<ReturnType<typeof verticalChunk.get>>).renderVertical({ model, lanes: lanes.lanes, laneOf: lanes.laneOf, rows: c.vertical, selected: c.selected, stop: c.stop, locale: c.locale, words, category: c.category, detail })}
            </div>`
          : nothing
      }
      ${
        c.layout && !table
          ? html`<div class="plot" @click=${on.plotClick}>
              ${renderHorizontal({ layout: c.layout, model, lanes, selected: c.selected, stop: c.stop, rtl: c.rtl, locale: c.locale, words, category: c.category, nextLanes: on.nextLanes })}
              ${renderWheelHint(words, c.hint)}
            </div>
            ${card}
            ${
              c.overview
                ? html`<div part="overview" class="overview">
                    ${renderOverview(c.overview, lanes.lanes, c.warp, c.view, c.layout.width, c.rtl)}
                  </div>`
                : nothing
            }`
          : nothing
      }
      ${popover ? nothing : card}
      ${c.print ? renderPrintList(model, c.print, c.locale, words) : nothing}
      ${
        c.vertical
          ? status
          : // Under the chart, with the overview: the count, then the view's controls.
            html`<div class="footer">${status}${toolbar}</div>`
      }
    </div>
  `;
}

/** The table replaces the drawing once its chunk has loaded (lazy-table.ts). */
function renderTableOf(c: FrameContext) {
  const renderTable = tableRenderer();
  if (c.table === null || !renderTable) return null;
  return renderTable(c.model.events, c.table, c.locale, c.words, c.category, {
    open: c.on.openFromTable,
    page: c.on.tablePage,
  });
}

/**
 * Story mode on a phone: the slides one after another, under the strip of every event pinned at
 * the top (the overview, whose window follows the slide).
 */
function renderPhoneStory(c: FrameContext, status: unknown) {
  return html`
    <div class="root story-mode" role="region" aria-label=${c.label}>
      <div class="sr-only" role="status">${c.announce}</div>
      ${
        c.overview
          ? html`<div part="overview" class="overview story-strip">
              ${renderOverview(c.overview, c.lanes.lanes, c.warp, c.view, c.width, c.rtl)}
            </div>`
          : nothing
      }
      ${c.story}
      ${status}
    </div>
  `;
}
