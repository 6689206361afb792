import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { dateLocale } from '../format/dates.js';
import type { Messages } from '../i18n/en.js';
import { messagesFor } from '../i18n/messages.js';
import { type LanePlan, planLanes } from '../layout/lanes.js';
import { layoutTimeline, type TimelineLayout } from '../layout/layout.js';
import { initialView } from '../layout/visible.js';
import { parseIsoDate } from '../model/dates.js';
import type { Issue, TimelineEvent } from '../model/types.js';
import { laneClass, renderChart } from './chart.js';
import { DataController } from './data-controller.js';
import { renderClusterList, renderDetail } from './detail.js';
import { styles } from './event-timeline.styles.js';
import { hitTest } from './hit-test.js';
import { renderItems } from './items.js';
import { effectiveLang } from './lang.js';
import { createMeasure } from './measure.js';
import { customProperties, place } from './place.js';
import { SizeController } from './size-controller.js';
import { renderIssueList, renderStatus } from './status.js';

/**
 * An interactive, accessible timeline of events described in JSON.
 *
 * @fires timeline-load - The data was parsed and rendered. detail: `{ events: number, issues: Issue[] }`
 * @fires timeline-error - Nothing could be shown. detail: `{ issues: Issue[] }`
 * @fires timeline-select - The selection changed. detail: `{ id: string | null, event: TimelineEvent | null }`
 *
 * @csspart axis - The time axis (SVG group).
 * @csspart lane - A lane's name.
 * @csspart event - An event's focusable target, over its mark.
 * @csspart label - An event's visible title.
 * @csspart range - The bar of a range.
 * @csspart detail - The card of the selected event.
 * @csspart status - The status line.
 * @csspart error - The panel shown when nothing can be shown.
 *
 * @cssprop --timeline-background - Background colour.
 * @cssprop --timeline-text - Text colour.
 * @cssprop --timeline-muted - Secondary text colour.
 * @cssprop --timeline-grid - Grid line colour.
 * @cssprop --timeline-axis - Axis colour.
 * @cssprop --timeline-accent - Focus and link colour.
 * @cssprop --timeline-future - Colour of today's marker and of the future.
 * @cssprop --timeline-font-family - Font family (inherited by default).
 * @cssprop --timeline-category-1 - First palette colour for categories without one (up to --timeline-category-8).
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    label: { type: String, reflect: true },
    viewStart: { type: String, attribute: 'view-start', reflect: true },
    viewEnd: { type: String, attribute: 'view-end', reflect: true },
    selected: { type: String, reflect: true },
    orientation: { type: String, reflect: true },
    scale: { type: String, reflect: true },
    problemsOpen: { state: true },
    cluster: { state: true },
  };

  /** URL of the timeline's JSON. */
  declare src: string;
  /** The data itself: native, TimelineJS3 JSON or vis-timeline items. Wins over `src`. */
  declare data: unknown;
  /** Accessible name; defaults to the data's title. */
  declare label: string;
  /** Start of the visible window, as an ISO date. */
  declare viewStart: string;
  /** End of the visible window, as an ISO date. */
  declare viewEnd: string;
  /** Id of the selected event, or empty. */
  declare selected: string;
  /** `auto` (vertical under 600 px wide), `horizontal` or `vertical`. */
  declare orientation: 'auto' | 'horizontal' | 'vertical';
  /** `auto` compresses long empty stretches; `linear` does not. */
  declare scale: 'auto' | 'linear';
  declare private problemsOpen: boolean;
  /** Members of the cluster whose list is open, or null. */
  declare private cluster: number[] | null;

  private readonly loader = new DataController(this);
  private readonly size = new SizeController(this);
  private lanes: LanePlan | null = null;
  private indexById = new Map<string, number>();
  private view = { start: 0, end: 1 };
  private layout: TimelineLayout | null = null;
  private measure: ((text: string) => number) | null = null;
  private loadedVersion = -1;
  private notify: 'load' | 'error' | null = null;
  private words: Messages = messagesFor('en');
  private locale = 'en-GB';
  private rtl = false;

  constructor() {
    super();
    this.src = '';
    this.data = undefined;
    this.label = '';
    this.viewStart = '';
    this.viewEnd = '';
    this.selected = '';
    this.orientation = 'auto';
    this.scale = 'auto';
    this.problemsOpen = false;
    this.cluster = null;
  }

  /** The events after parsing, sorted by start. */
  get events(): readonly TimelineEvent[] {
    return this.loader.model?.events ?? [];
  }

  /** The warnings and errors of the last load. */
  get issues(): readonly Issue[] {
    return this.loader.issues;
  }

  /** Selects an event by id (or clears the selection) and opens its card, as a click does. */
  select(id: string | null): void {
    this.choose(id ?? '');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.loader.setSource(this.data, this.src);
    const lang = effectiveLang(this);
    this.locale = dateLocale(lang);
    this.words = messagesFor(lang || 'en');
    this.rtl = this.matches(':dir(rtl)');
    const model = this.loader.model;
    if (this.loader.version !== this.loadedVersion) {
      this.loadedVersion = this.loader.version;
      this.lanes = model ? planLanes(model) : null;
      this.indexById = new Map(model?.events.map((e, i) => [e.id, i]));
      this.view = model ? (this.requestedView() ?? initialView(model, Date.now())) : this.view;
      this.problemsOpen = false;
      this.notify =
        this.loader.state === 'ready' ? 'load' : this.loader.state === 'failed' ? 'error' : null;
    } else if (model && (changed.has('viewStart') || changed.has('viewEnd'))) {
      this.view = this.requestedView() ?? this.view;
    }
    this.layout = null;
    if (model && this.lanes && this.size.width > 0) {
      this.measure ??= createMeasure(`600 13px ${getComputedStyle(this).fontFamily}`);
      this.layout = layoutTimeline({
        model,
        lanes: this.lanes,
        view: this.view,
        width: this.size.width,
        now: Date.now(),
        locale: this.locale,
        measure: this.measure,
        rtl: this.rtl,
        selected: this.indexById.get(this.selected) ?? -1,
        words: this.words,
      });
    }
  }

  /** The window named by view-start and view-end, when both are valid dates in order. */
  private requestedView(): { start: number; end: number } | null {
    const start = this.viewStart ? parseIsoDate(this.viewStart) : null;
    const end = this.viewEnd ? parseIsoDate(this.viewEnd) : null;
    if (!start || !end || 'error' in start || 'error' in end || end.endMs <= start.ms) return null;
    return { start: start.ms, end: end.endMs };
  }

  protected override updated(): void {
    // "Rendered" means drawn at the element's real width, which is known after the first resize
    // observation; a hidden element (width 0) is done then too.
    if (!this.size.measured) return;
    const notice = this.notify;
    this.notify = null;
    if (notice === 'load') {
      this.emit('timeline-load', { events: this.events.length, issues: this.issues.slice() });
    } else if (notice === 'error') {
      this.emit('timeline-error', { issues: this.issues.slice() });
    }
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override render() {
    const { model, state, issues } = this.loader;
    if (state === 'failed') {
      return html`<div part="error" role="alert">
        <strong>${this.words.errorTitle}</strong>
        ${renderIssueList(issues.filter((i) => i.severity === 'error'))}
      </div>`;
    }
    if (!model || !this.lanes) {
      return html`<div class="loading" role="status" aria-busy=${state === 'loading' ? 'true' : 'false'}>
        ${state === 'loading' ? this.words.loading : nothing}
      </div>`;
    }
    const selected = this.indexById.get(this.selected) ?? -1;
    const event = model.events[selected];
    const lane = event ? this.lanes.lanes[this.lanes.laneOf[selected] as number] : undefined;
    return html`
      <div class="root" role="region" aria-label=${this.label || model.title || this.words.timeline} @keydown=${this.onKeyDown}>
        ${this.layout ? this.renderPlot(this.layout, selected) : nothing}
        ${
          event
            ? html`<section part="detail" id="detail" tabindex="-1" class=${laneClass(lane)} aria-labelledby="detail-title" ${customProperties({ '--c': lane?.color ?? null })}>
                ${renderDetail(event, this.category(event), this.locale, this.words, () => this.choose('', true))}
              </section>`
            : this.cluster
              ? html`<section part="detail" id="detail" aria-labelledby="detail-title">
                  ${renderClusterList(
                    this.cluster.map((i) => model.events[i] as TimelineEvent),
                    this.locale,
                    this.words,
                    (id) => this.chooseFromList(id),
                    () => this.closeCluster(),
                  )}
                </section>`
              : nothing
        }
        ${renderStatus(
          model.events.length,
          issues,
          this.problemsOpen,
          this.locale,
          this.words,
          () => {
            this.problemsOpen = !this.problemsOpen;
          },
        )}
      </div>
    `;
  }

  private renderPlot(layout: TimelineLayout, selected: number) {
    const { model, lanes } = this;
    if (!model || !lanes) return nothing;
    const named = lanes.lanes.length > 1 || lanes.lanes[0]?.id !== '';
    return html`
      <div class="plot" @click=${this.onPlotClick}>
        ${renderChart(layout, model, lanes.lanes, selected, this.rtl)}
        ${
          named
            ? layout.lanes.map((box) => {
                const lane = lanes.lanes[box.index];
                return html`<div class="lane-name ${laneClass(lane)}" part="lane" ${customProperties({ '--c': lane?.color ?? null })} ${place(0, box.top, layout.width)}>
                  <span class="swatch"></span>${lane?.label || this.words.other}
                </div>`;
              })
            : nothing
        }
        ${renderItems({
          layout,
          model,
          lanes: lanes.lanes,
          selected,
          locale: this.locale,
          words: this.words,
          category: (e) => this.category(e),
        })}
      </div>
    `;
  }

  private get model() {
    return this.loader.model;
  }

  private category(event: TimelineEvent) {
    return this.loader.model?.categories.find((c) => c.id === event.category);
  }

  private onPlotClick = (e: MouseEvent): void => {
    const model = this.model;
    const item = (e.target as Element).closest?.('[data-index], [data-cluster]');
    let index = item?.hasAttribute('data-index') ? Number(item.getAttribute('data-index')) : -1;
    let cluster = item?.getAttribute('data-cluster')?.split(' ').map(Number) ?? null;
    if (!item && this.layout) {
      // A click on a mark, which is drawing, not a control: find what is under the pointer.
      const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
      const hit = hitTest(this.layout, e.clientX - box.left, e.clientY - box.top);
      index = hit.index;
      cluster = hit.cluster;
    }
    if (cluster && cluster.length > 1) {
      this.openCluster(cluster);
      return;
    }
    const event = model?.events[index];
    if (event) this.choose(event.id === this.selected ? '' : event.id, event.id === this.selected);
  };

  /** Shows the events of a cluster as a list to choose from. */
  private openCluster(members: number[]): void {
    this.cluster = members;
    if (this.selected) this.choose('');
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    if (this.selected) {
      e.preventDefault();
      this.choose('', true);
    } else if (this.cluster) {
      e.preventDefault();
      this.closeCluster();
    }
  };

  /** After a choice from a cluster's list, focus goes to the card that replaces the list. */
  private async chooseFromList(id: string): Promise<void> {
    await this.choose(id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail')?.focus();
  }

  private async closeCluster(): Promise<void> {
    const first = this.cluster?.[0];
    this.cluster = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-cluster^="${first} "] button`)?.focus();
  }

  /** Changes the selection from the reader or a method, fires timeline-select, keeps focus on the event. */
  private async choose(id: string, refocus = false): Promise<void> {
    const index = this.indexById.get(id);
    const next = index === undefined ? '' : id;
    if (next === this.selected) return;
    const previous = this.selected;
    this.selected = next;
    this.cluster = null;
    this.emit('timeline-select', {
      id: next || null,
      event: index === undefined ? null : this.events[index],
    });
    if (refocus && previous) {
      await this.updateComplete;
      const i = this.indexById.get(previous);
      this.renderRoot.querySelector<HTMLElement>(`li[data-index="${i}"] button`)?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
