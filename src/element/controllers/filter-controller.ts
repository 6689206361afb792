import type { ReactiveController } from 'lit';
import { filterLanes, LANES_SHOWN, type LanePlan, planLanes } from '../../layout/lanes.js';
import type { TimelineModel } from '../../model/types.js';
import type { DataController } from './data-controller.js';
import { emit, type Host } from './host.js';

/** The host's filter input: the ids of the categories shown, all of them when empty. */
type FilterHost = Host & { categories: string[] };

/**
 * The lanes of the data and which of them are shown (the host's `categories`). Every lane keeps
 * its place when the filter changes: a hidden lane collapses to its name, which shows it again,
 * and the overview still draws its events, dimmed. Fires timeline-filter-change when the
 * categories shown change after the data has loaded.
 */
export class FilterController implements ReactiveController {
  /** Every lane of the data (the overview, and the rows each lane keeps, are laid out from it). */
  all: LanePlan | null = null;
  /** The lanes as drawn: `all` with the categories not shown filtered out. */
  lanes: LanePlan | null = null;
  private version = -1;
  private key = '';
  private announced = '';

  constructor(
    private readonly host: FilterHost,
    private readonly o: { loader: DataController },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { loader } = this.o;
    const model = loader.model;
    const fresh = loader.version !== this.version;
    if (fresh) {
      this.version = loader.version;
      this.all = model ? planLanes(model) : null;
      this.announced = this.shownKey();
    }
    const key = this.shownKey();
    if (fresh || key !== this.key) {
      this.key = key;
      this.lanes = model && this.all ? filterLanes(model, this.all, new Set(this.shown())) : null;
    }
  }

  hostUpdated(): void {
    if (!this.o.loader.model || this.key === this.announced) return;
    this.announced = this.key;
    emit(this.host, 'timeline-filter-change', { categories: this.shown() });
  }

  /** The ids of the categories shown; empty when all are. */
  shown(): string[] {
    return Array.isArray(this.host.categories) ? this.host.categories.map(String) : [];
  }

  /** Whether a lane's events are drawn. */
  isShown(id: string): boolean {
    const shown = this.shown();
    return shown.length === 0 || shown.includes(id);
  }

  /** A lane's toggle: hides a shown category, shows a hidden one. */
  toggle(id: string): void {
    const ids = this.ids();
    const shown = new Set(this.shown().length ? this.shown() : ids);
    if (shown.has(id)) shown.delete(id);
    else shown.add(id);
    this.set(ids.filter((c) => shown.has(c)));
  }

  /** Alt-click on a lane's toggle: only its category, or all again if it already was the only one. */
  only(id: string): void {
    const shown = this.shown();
    this.set(shown.length === 1 && shown[0] === id ? [] : [id]);
  }

  showAll(): void {
    this.set([]);
  }

  /**
   * With more categories than have lanes of their own (layout/lanes.ts), shows the next ones
   * (after the last, the first again); the rest stay together in the last lane.
   */
  nextLanes(): void {
    const model = this.o.loader.model;
    const page = this.all?.page;
    if (!model || !page) return;
    const next = page.first + LANES_SHOWN;
    this.all = planLanes(model, next < page.total ? next : 0);
    this.key = '\u0000';
    this.host.requestUpdate();
  }

  /** Every category with events, in the data's order, then '' for events without one. */
  private ids(): string[] {
    const model = this.o.loader.model;
    return model ? categoryIds(model) : [];
  }

  /** All shown is said as none: the property stays empty, and new categories are shown too. */
  private set(ids: string[]): void {
    const all = this.ids();
    this.host.categories = ids.length === all.length ? [] : ids;
  }

  private shownKey(): string {
    return this.shown().join('\u0000');
  }
}

/** The ids of the categories that have events, in the data's order; '' for events without one. */
export function categoryIds(model: TimelineModel): string[] {
  const used = new Set(model.events.map((e) => e.category));
  const ids = model.categories.map((c) => c.id).filter((id) => used.has(id));
  return used.has('') ? [...ids, ''] : ids;
}
