import { nothing, render } from 'lit';
import { describeView } from '../format/view-description.js';
import type { LanePlan } from '../layout/lanes.js';
import { OVERVIEW_HEIGHT } from '../layout/overview.js';
import { visibleEvents } from '../layout/visible.js';
import type { TimelineEvent } from '../model/types.js';
import type { DataController } from './controllers/data-controller.js';
import type { FilterController } from './controllers/filter-controller.js';
import type { GestureController } from './controllers/gesture-controller.js';
import type { LayoutController } from './controllers/layout-controller.js';
import type { LocaleController } from './controllers/locale-controller.js';
import type { PanelsController } from './controllers/panels-controller.js';
import type { PrintController } from './controllers/print-controller.js';
import type { RovingFocusController } from './controllers/roving-focus-controller.js';
import type { SearchController } from './controllers/search-controller.js';
import type { SelectionController } from './controllers/selection-controller.js';
import type { SizeController } from './controllers/size-controller.js';
import type { StoryController } from './controllers/story-controller.js';
import type { ViewController } from './controllers/view-controller.js';
import type { ExportScene } from './export/types.js';
import { type HorizontalContext, renderHorizontal } from './views/horizontal-view.js';
import { renderWithout } from './views/status.js';
import { type FrameContext, renderFrame } from './views/timeline-view.js';

/** How wide an export of the vertical layout is drawn: the horizontal drawing of its window. */
const EXPORT_WIDTH = 960;

/** The element as its render and its export read it: its own API, and its controllers. */
export interface ElementViews {
  host: HTMLElement & {
    label: string;
    query: string;
    updateComplete: Promise<boolean>;
    renderRoot: HTMLElement | DocumentFragment;
    select(id: string | null): void;
    zoomBy(factor: number): Promise<void>;
    zoomToFit(): Promise<void>;
  };
  loader: DataController;
  filter: FilterController;
  search: SearchController;
  language: LocaleController;
  size: SizeController;
  printer: PrintController;
  viewer: ViewController;
  selection: SelectionController;
  roving: RovingFocusController;
  drawing: LayoutController;
  gestures: GestureController;
  panels: PanelsController;
  story: StoryController;
}

/** The element's shadow content: the timeline, or the status when there is none to show. */
export function renderElement(v: ElementViews) {
  const { host, loader, language, selection, drawing, panels, viewer } = v;
  const { model, state, issues } = loader;
  const words = language.words;
  const lanes = drawing.lanes;
  if (state === 'failed' || !model || !lanes) return renderWithout(state, issues, words);
  const category = (e: TimelineEvent) => model.categories.find((c) => c.id === e.category);
  return renderFrame({
    root: host.renderRoot as ShadowRoot,
    story: v.story.render(category),
    width: v.size.width,
    print: v.printer.printing ? visibleEvents(model, viewer.view.start, viewer.view.end) : null,
    model,
    lanes,
    issues,
    label: host.label || model.title || words.timeline,
    words,
    locale: language.locale,
    rtl: language.rtl,
    selected: selection.index,
    stop: v.roving.stop,
    layout: drawing.layout,
    vertical: drawing.vertical,
    overview: drawing.overview,
    warp: viewer.warp,
    view: viewer.view,
    hint: v.gestures.hint,
    cluster: selection.cluster,
    problemsOpen: panels.problemsOpen,
    table: panels.page,
    served: loader.tiled && panels.page !== null ? loader.tiled.tablePage(panels.page) : null,
    // One live region: the title of the event just opened, or the search's count, the later.
    announce: v.search.liveAt > selection.announcedAt ? v.search.live : selection.announce,
    category,
    ...findAndFilter(v, lanes),
    on: {
      zoomIn: () => host.zoomBy(2),
      zoomOut: () => host.zoomBy(0.5),
      fit: () => host.zoomToFit(),
      plotClick: selection.onPlotClick,
      nextLanes: () => v.filter.nextLanes(),
      verticalClick: selection.onVerticalClick,
      closeDetail: () => selection.choose('', true),
      chooseFromList: selection.chooseFromList,
      closeCluster: selection.closeCluster,
      toggleProblems: () => panels.toggleProblems(),
      table: () => {
        loader.tiled?.resetTable();
        panels.toggleTable();
      },
      tablePage: (page) => panels.showTable(page),
      openFromTable: async (id) => {
        panels.showTable(null);
        // A tiled source's row may be an event no tile at hand carries: it joins the model first.
        if (loader.tiled?.pinRow(id)) await host.updateComplete;
        host.select(id);
        v.roving.focusEvent(loader.indexOf(id));
      },
    },
  });
}

/** The horizontal drawing of the current window, and its text, for the export chunk. */
export function exportScene(v: ElementViews, method: string): ExportScene {
  const model = v.loader.model;
  const lanes = v.drawing.lanes;
  const layout = v.drawing.horizontal(EXPORT_WIDTH);
  if (!model || !lanes || !layout) throw new Error(`${method}: no timeline is shown`);
  const { words, locale, rtl } = v.language;
  const { start, end } = v.viewer.view;
  const drawing: HorizontalContext = {
    layout,
    model,
    lanes,
    selected: v.selection.index,
    stop: -1,
    rtl,
    locale,
    words,
    category: (e) => model.categories.find((c) => c.id === e.category),
    nextLanes: () => {},
    match: null,
    matchTicks: '',
    toggleLane: null,
  };
  // The description and the templates are made here, not in the chunk: what the chunk shares
  // with the other chunks (lit, the date formats) Rolldown would split out of the bundle into
  // chunks of their own that load with it.
  const events = visibleEvents(model, start, end).map((i) => model.events[i] as TimelineEvent);
  return {
    host: v.host,
    root: v.host.renderRoot as ShadowRoot,
    drawing,
    title: v.host.label || model.title || words.timeline,
    description: describeView(events, locale, words),
    paint: (stage, on) => render(on ? renderHorizontal(drawing) : nothing, stage),
  };
}

/** What the search and the category filter add to the frame. */
function findAndFilter(v: ElementViews, lanes: LanePlan) {
  const { host, language, drawing, viewer, search, filter } = v;
  const words = language.words;
  const layout = drawing.layout;
  const frame: Pick<
    FrameContext,
    'search' | 'match' | 'matchTicks' | 'overviewMatches' | 'toggleLane' | 'showAll' | 'tableRows'
  > = {
    search: {
      words,
      locale: language.locale,
      query: host.query,
      count: search.mask ? search.count : null,
      total: search.total,
      on: {
        input: (text) => {
          search.typed(text);
          host.query = text;
        },
        step: (direction) => goToMatch(v, direction),
        focus: () => {
          search.prepare();
        },
      },
    },
    match: search.mask,
    matchTicks:
      layout?.density && search.mask
        ? search.ticks(lanes, layout.lanes, viewer.view, viewer.warp, {
            ...layout,
            rtl: language.rtl,
          })
        : '',
    overviewMatches: drawing.overview
      ? search.overviewTicks(drawing.overview, viewer.warp, language.rtl, OVERVIEW_HEIGHT)
      : '',
    toggleLane: (id, only) => (only ? filter.only(id) : filter.toggle(id)),
    showAll: () => filter.showAll(),
    // Worked out only while the table is shown: a pass over every event.
    tableRows: search.mask
      ? search.matches
      : lanes.off && v.panels.tableShown
        ? shownEvents(lanes.off)
        : null,
  };
  return frame;
}

/** The events a filter leaves shown, by index in time order. */
function shownEvents(off: Uint8Array): Int32Array {
  const shown: number[] = [];
  off.forEach((o, i) => {
    if (o === 0) shown.push(i);
  });
  return Int32Array.from(shown);
}

/**
 * Enter in the search field, or its arrows: selects the next (or previous) match and brings it
 * into view; a match that shares a mark with others is zoomed to until they stand apart. The
 * selected event's label is placed first, so the cluster is looked for before it is selected
 * (and, for a match out of view, once the view has come to it).
 */
async function goToMatch(v: ElementViews, direction: 1 | -1): Promise<void> {
  const { search, selection, viewer, host } = v;
  const tiled = v.loader.tiled;
  if (tiled) {
    await goToTiledMatch(v, tiled, direction);
    return;
  }
  const model = v.loader.model;
  const next = search.step(direction, selection.index, viewer.view);
  const event = model?.events[next];
  if (!event) return;
  let cluster = clusterOf(v, next);
  selection.select(event.id);
  if (!cluster) {
    await host.updateComplete;
    cluster = clusterOf(v, next, true);
  }
  if (cluster) selection.zoomApart(cluster);
}

/**
 * A tiled source's next (or previous) match, asked of its server: after the selected event, else
 * after the window's start (before its end); it joins the model, is selected and brought into view.
 */
async function goToTiledMatch(
  v: ElementViews,
  tiled: NonNullable<DataController['tiled']>,
  direction: 1 | -1,
): Promise<void> {
  const { selection, viewer, host, loader } = v;
  const model = loader.model;
  const at = selection.index;
  const id = model?.events[at]?.id;
  const from =
    model && id
      ? { start: model.startMs[at] as number, id }
      : // Just before the window's start (or just after its end): the search begins in view.
        { start: direction > 0 ? viewer.view.start : viewer.view.end, id: '' };
  const q = host.query.trim();
  if (!q) return;
  const found = await tiled.step(direction > 0 ? 'next' : 'previous', from, q).catch(() => null);
  if (!found) return;
  await host.updateComplete;
  selection.select(found);
}

/**
 * The members of the cluster event `index` is in, in the layout drawn now; or, with `near`, of
 * one whose mark is within a target's width of its own in its lane (its own label took it out).
 */
function clusterOf(v: ElementViews, index: number, near = false): number[] | null {
  const layout = v.drawing.layout;
  if (!layout) return null;
  const own = layout.targets.find((t) => t.members.length > 1 && t.members.includes(index));
  if (own || !near) return own?.members ?? null;
  const mark = layout.marks.find((m) => m.index === index);
  if (!mark) return null;
  const close = layout.targets.find(
    (t) => t.members.length > 1 && t.lane === mark.lane && Math.abs(t.x - mark.x) < 24,
  );
  return close ? [...close.members, index] : null;
}
