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
import type { ServedTable } from '../controllers/types.js';
import { renderControls, renderWheelHint } from './controls.js';
import { renderClusterList, renderDetail } from './detail.js';
import { renderHorizontal, renderLaneToggle } from './horizontal-view.js';
import { laneClass, laneStyle } from './lane-style.js';
import { tableRenderer } from './lazy-table.js';
import { verticalChunk } from './lazy-vertical.js';
import { renderOverview } from './overview.js';
import { renderPrintList } from './print-view.js';
import { renderSearchField, type SearchFieldContext } from './search-field.js';
import { renderStatus } from './status.js';

/** Everything the loaded timeline shows, and what its controls do. */
export interface FrameContext {
  /** The shadow root drawn into: chunks' styles are adopted there when they arrive. */
  root: ShadowRoot;
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
  /** The search field, and the search's matches as the drawing shows them. */
  search: SearchFieldContext;
  match: Uint8Array | null;
  matchTicks: string;
  overviewMatches: string;
  /** A lane name's toggle (Alt: only that lane), and Show all while some are hidden. */
  toggleLane: (id: string, only: boolean) => void;
  showAll: () => void;
  /** The table's rows while searching or filtering (indices in time order); null for every event. */
  tableRows: ArrayLike<number> | null;
  /** A tiled source's table: the page its server gave (no events while it comes). */
  served: ServedTable | null;
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
    // Before the buttons: the search, and the category filter's state (not in story mode).
    c.story === null ? html`${renderSearchField(c.search)}${renderFilter(c)}` : nothing,
  );
  const status = renderStatus(
    // A tiled source's count is the source's, not the events its tiles for the view carry.
    model.tiled?.count ?? model.events.length,
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
              ${(verticalChunk.get() as NonNullable<ReturnType<typeof verticalChunk.get>>).renderVertical({ model, lanes: lanes.lanes, laneOf: lanes.laneOf, rows: c.vertical, selected: c.selected, stop: c.stop, locale: c.locale, words, category: c.category, detail, match: c.match })}
            </div>`
          : nothing
      }
      ${
        c.layout && !table
          ? html`<div class="plot" @click=${on.plotClick}>
              ${renderHorizontal({ layout: c.layout, model, lanes, selected: c.selected, stop: c.stop, rtl: c.rtl, locale: c.locale, words, category: c.category, nextLanes: on.nextLanes, match: c.match, matchTicks: c.matchTicks, toggleLane: c.toggleLane })}
              ${renderWheelHint(words, c.hint)}
            </div>
            ${card}
            ${
              c.overview
                ? html`<div part="overview" class="overview">
                    ${renderOverview(c.overview, lanes.lanes, c.warp, c.view, c.layout.width, c.rtl, c.overviewMatches)}
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

/**
 * The category filter beside the search: in the vertical layout, where lanes have no names, a
 * toggle per category; and while some are hidden, how many, with Show all.
 */
function renderFilter(c: FrameContext) {
  const lanes = c.lanes.lanes.filter((lane) => !lane.grouped);
  const named = lanes.length > 1 || (lanes[0] !== undefined && lanes[0].id !== '');
  const hidden = lanes.filter((lane) => lane.hidden).length;
  const number = (n: number) => n.toLocaleString(c.locale);
  return html`${
    c.vertical && named
      ? html`<div class="lane-toggles" role="group" aria-label=${c.words.category}>
          ${lanes.map((lane) => html`<span class="chip ${laneClass(lane)}${lane.hidden ? ' off' : ''}" ${laneStyle(lane)}>${renderLaneToggle({ words: c.words, toggleLane: c.toggleLane }, lane)}</span>`)}
        </div>`
      : nothing
  }${
    hidden
      ? html`<div class="filtered"><span>${c.words.hiddenCategories(hidden, number(hidden))}</span>
          <button type="button" class="show-all" @click=${c.showAll}>${c.words.showAll}</button></div>`
      : nothing
  }`;
}

/** The table replaces the drawing once its chunk has loaded (lazy-table.ts). */
function renderTableOf(c: FrameContext) {
  const renderTable = tableRenderer(c.root);
  if (c.table === null || !renderTable) return null;
  const query = c.search.count === null ? '' : c.search.query;
  const page = { open: c.on.openFromTable, page: c.on.tablePage };
  const { served } = c;
  if (served) {
    return renderTable(
      served.events,
      served.page,
      c.locale,
      c.words,
      c.category,
      page,
      null,
      query,
      served,
    );
  }
  return renderTable(
    c.model.events,
    c.table,
    c.locale,
    c.words,
    c.category,
    page,
    c.tableRows,
    query,
  );
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
