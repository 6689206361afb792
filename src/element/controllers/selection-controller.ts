import type { ReactiveController } from 'lit';
import { hitTest } from '../../layout/hit-test.js';
import type { TimelineLayout } from '../../layout/types.js';
import { revealView, separateView } from '../../layout/view.js';
import type { DataController } from './data-controller.js';
import type { FilterController } from './filter-controller.js';
import { emit, type Host } from './host.js';
import type { SizeController } from './size-controller.js';
import type { ViewController } from './view-controller.js';

/** The host's selection input: the selected id (reflected). */
type SelectionHost = Host & { selected: string };

export interface SelectionOptions {
  loader: DataController;
  /** The categories shown: an event filtered out is no longer selected. */
  filter: FilterController;
  size: SizeController;
  viewer: ViewController;
  /** The horizontal layout drawn now, for clicks on marks; null in the vertical layout. */
  layout: () => TimelineLayout | null;
}

/**
 * Owns what is open: the selected event (the host's `selected`) with its card, or the list of a
 * cluster's members. It says the title of an opened event in the live region, fires
 * timeline-select. With hash-links, the URL state controller opens the event a link names.
 */
export class SelectionController implements ReactiveController {
  /** The live region's words: the title of the event the reader just opened. */
  announce = '';
  /** When the live region's words were last set (performance.now()). */
  announcedAt = 0;
  /** Members of the cluster whose list is open, or null. */
  cluster: number[] | null = null;
  private version = -1;
  private dataset = -1;
  /** What that selection still owes the page after timeline-load: an event, a scroll. */
  private hashOnLoad: 'select' | 'scroll' | null = null;

  constructor(
    private readonly host: SelectionHost,
    private readonly o: SelectionOptions,
  ) {
    host.addController(this);
  }

  /** The index of the selected event, or -1. */
  get index(): number {
    return this.o.loader.indexOf(this.host.selected);
  }

  /** A new dataset closes any list. */
  hostUpdate(): void {
    const { loader } = this.o;
    // A cluster's list names events by index: new events (a tiled source's, too) close it.
    if (loader.version !== this.version) {
      this.version = loader.version;
      this.cluster = null;
    }
    if (loader.dataset !== this.dataset) {
      this.dataset = loader.dataset;
      this.hashOnLoad = null;
    }
    const off = this.o.filter.lanes?.off;
    const index = this.index;
    if (off && index >= 0 && off[index] === 1) this.choose('');
  }

  /** After timeline-load, the page hears of the selection the URL made, and sees it. */
  loaded(): void {
    const fromHash = this.hashOnLoad;
    this.hashOnLoad = null;
    if (fromHash === 'select') this.emitSelect();
    if (fromHash) this.host.scrollIntoView({ block: 'nearest' });
  }

  /**
   * The event a link names, selected and in view in the first render of its data (called once the
   * data is measured, so the window chosen now is the one the reader gets); the page hears of it
   * after timeline-load.
   */
  openLinked(id: string): void {
    this.hashOnLoad = this.setSelection(id) ? 'select' : 'scroll';
    this.reveal(id, false);
  }

  /** Selects an event by id (or none), opens its card and brings it into view. */
  select(id: string): void {
    this.choose(id);
    this.reveal(id);
  }

  /** Escape: closes the card (focus back on its event), else the cluster's list; false if neither. */
  close(): boolean {
    if (this.host.selected) this.choose('', true);
    else if (this.cluster) this.closeCluster();
    else return false;
    return true;
  }

  /** Brings an event into view if it is outside the window, keeping the window's width. */
  reveal(id: string, animate = true): void {
    const index = this.o.loader.indexOf(id);
    const model = this.o.loader.model;
    if (index < 0 || !model) return;
    const { viewer } = this.o;
    const start = model.startMs[index] as number;
    const end = this.o.size.vertical
      ? start
      : Math.min(model.endMs[index] as number, Math.max(start, Date.now()));
    const next = revealView(viewer.warp, viewer.view, start, end);
    if (next) viewer.go(next, animate);
  }

  /** A click in the horizontal plot: on an event's button or mark, a cluster, or the background. */
  onPlotClick = (e: MouseEvent): void => {
    const item = (e.target as Element).closest?.('[data-index], [data-cluster]');
    let index = item?.hasAttribute('data-index') ? Number(item.getAttribute('data-index')) : -1;
    let cluster = item?.getAttribute('data-cluster')?.split(' ').map(Number) ?? null;
    const layout = this.o.layout();
    if (!item && layout) {
      // A click on a mark, which is drawing, not a control: find what is under the pointer.
      // The lanes may be scrolled inside the plot: measure from their content's corner.
      const lanes = (e.currentTarget as HTMLElement).querySelector('.lanes') ?? e.currentTarget;
      const box = (lanes as HTMLElement).getBoundingClientRect();
      const y = e.clientY - box.top + (lanes as HTMLElement).scrollTop;
      ({ index, cluster } = hitTest(layout, e.clientX - box.left, y));
    }
    if (cluster && cluster.length > 1) {
      this.openCluster(cluster);
      return;
    }
    const event = this.o.loader.model?.events[index];
    const selected = this.host.selected;
    // A click on the plot's background closes the card, or the list.
    this.cluster = null;
    this.host.requestUpdate();
    this.choose(event && event.id !== selected ? event.id : '', event?.id === selected);
  };

  /** A click on a card of the vertical layout opens it, or closes it when it is open. */
  onVerticalClick = (e: MouseEvent): void => {
    const item = (e.target as Element).closest?.('.card');
    const index = Number(item?.closest('[data-index]')?.getAttribute('data-index') ?? -1);
    const event = this.o.loader.model?.events[index];
    if (event) this.choose(event.id === this.host.selected ? '' : event.id);
  };

  /** After a choice from a cluster's list, focus goes to the card that replaces the list. */
  chooseFromList = async (id: string): Promise<void> => {
    await this.choose(id);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#detail')?.focus();
  };

  /** Closes the cluster's list; focus goes back to the cluster. */
  closeCluster = async (): Promise<void> => {
    const first = this.cluster?.[0];
    this.cluster = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-cluster^="${first} "] button`)?.focus();
  };

  /** Changes the selection from the reader or a method, fires timeline-select, keeps focus on the event. */
  async choose(id: string, refocus = false): Promise<void> {
    const previous = this.o.loader.indexOf(this.host.selected);
    if (!this.setSelection(id)) return;
    this.emitSelect();
    if (refocus && previous >= 0) {
      await this.host.updateComplete;
      const button = `li[data-index="${previous}"] button`;
      this.host.renderRoot.querySelector<HTMLElement>(button)?.focus();
    }
  }

  /** Zooms in until a cluster's members stand apart; false when zooming cannot. */
  zoomApart(members: number[]): boolean {
    const { loader, viewer } = this.o;
    const layout = this.o.layout();
    const model = loader.model;
    if (!model || !layout || !viewer.limits) return false;
    const times = members.map((i) => model.startMs[i] as number);
    const width = layout.right - layout.left;
    const next = separateView(viewer.warp, viewer.view, viewer.limits, times, width);
    if (next) viewer.go(next, true);
    return !!next;
  }

  /** A cluster zooms in until its members stand apart, or lists them when zooming cannot. */
  private openCluster(members: number[]): void {
    if (!this.o.loader.model || !this.o.layout() || this.zoomApart(members)) return;
    this.cluster = members;
    this.host.requestUpdate();
    if (this.host.selected) this.choose('');
  }

  /** Selects an event (or none) with its card and the live region's words; false if unchanged. */
  private setSelection(id: string): boolean {
    const index = this.o.loader.indexOf(id);
    const next = index < 0 ? '' : id;
    if (next === this.host.selected) return false;
    this.host.selected = next;
    this.cluster = null;
    // Opening an event says its title once, politely; the card itself is there to read on.
    this.announce = index < 0 ? '' : (this.o.loader.model?.events[index]?.title ?? '');
    this.announcedAt = performance.now();
    this.host.requestUpdate();
    return true;
  }

  private emitSelect(): void {
    const index = this.index;
    emit(this.host, 'timeline-select', {
      id: this.host.selected || null,
      event: index < 0 ? null : (this.o.loader.model?.events[index] ?? null),
    });
  }
}
