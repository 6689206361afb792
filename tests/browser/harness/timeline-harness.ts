import { sendMouse } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import '../../../src/define.js';
import type { EventTimeline } from '../../../src/element/event-timeline.js';
import type { Issue, TimelineEvent } from '../../../src/model/types.js';
import { mountContainer } from './base.js';
import { drawnBox } from './dom.js';
import { TimelineQueries } from './timeline-queries.js';

export type { ControlName, LabelRect } from './timeline-queries.js';

export type LoadDetail = { events: number; issues: Issue[] };
export type ErrorDetail = { issues: Issue[] };
export type SelectDetail = { id: string | null; event: TimelineEvent | null };
export type ResultEvent = CustomEvent<LoadDetail | ErrorDetail>;
export type ViewDetail = { start: string; end: string };

/** A window of time in ms since 1970 UTC. */
export interface Window {
  start: number;
  end: number;
}

/** One timeline-view-change, and the frame it came in (the document timeline's time then). */
export interface ViewChange {
  event: CustomEvent<ViewDetail>;
  detail: ViewDetail;
  frame: number | null;
}

export interface TimelineOptions {
  /** The `data` property, set before the element is connected. */
  data?: unknown;
  /** The `src` attribute. */
  src?: string;
  /** Text of a child `<script type="application/json">`. */
  script?: string;
  label?: string;
  /** The `orientation` attribute. */
  orientation?: 'auto' | 'horizontal' | 'vertical';
  /** The `scale` attribute. */
  scale?: 'auto' | 'linear';
  /** The element's id. */
  id?: string;
  /** The `mode` attribute. */
  mode?: 'chart' | 'story';
  /** The `hash-links` attribute. */
  hashLinks?: boolean;
  /** The `view-start` and `view-end` attributes. */
  viewStart?: string;
  viewEnd?: string;
  /** Width of the element's container in CSS pixels (default 1280). */
  width?: number;
  /** Wait for the first result (default true). */
  wait?: boolean;
}

/** The result events fire and are read synchronously, so a pending one cannot be missed. */
const RESULT_TYPES = ['timeline-load', 'timeline-error'] as const;

/**
 * Mounts one `<event-timeline>` in a container of known width, records every event it fires, and
 * sends it what a reader does: clicks on events, zooms and pans of the view window. Queries into
 * its shadow root are in TimelineQueries; generic input and accessibility in ElementHarness.
 */
export class TimelineHarness extends TimelineQueries {
  /** Every timeline-load and timeline-error, in order, including any fired while still loading. */
  readonly results: ResultEvent[] = [];
  /** Every timeline-select, in order. */
  readonly selections: CustomEvent<SelectDetail>[] = [];
  /** Every timeline-view-change, in order. */
  readonly viewChanges: ViewChange[] = [];
  private readonly settled: ResultEvent[] = [];
  private waiting: ((event: ResultEvent) => void) | null = null;

  private constructor(container: HTMLElement) {
    super(container, 'event-timeline');
    for (const type of RESULT_TYPES) {
      container.addEventListener(type, (e) => this.onResult(e as ResultEvent));
    }
    container.addEventListener('timeline-select', (e) => {
      this.selections.push(e as CustomEvent<SelectDetail>);
    });
    container.addEventListener('timeline-view-change', (e) => {
      const event = e as CustomEvent<ViewDetail>;
      // The document timeline's time is the same for everything that happens in one frame.
      const frame = document.timeline.currentTime;
      this.viewChanges.push({
        event,
        detail: { ...event.detail },
        frame: typeof frame === 'number' ? frame : null,
      });
    });
  }

  /**
   * Mounts an element from a template (whose first `<event-timeline>` is the one under test) or
   * from options, inside a container `width` pixels wide, and by default waits for its first result.
   */
  static async create(
    source: TemplateResult | TimelineOptions = {},
    options: { width?: number; wait?: boolean } = {},
  ): Promise<TimelineHarness> {
    const settings = isTemplate(source) ? options : { ...source, ...options };
    const container = await mountContainer(settings.width ?? 1280);
    const harness = new TimelineHarness(container);
    if (isTemplate(source)) render(source, container);
    else container.append(timelineElement(source));
    if (settings.wait !== false) await harness.loaded();
    return harness;
  }

  /**
   * The next result: a timeline-load, or a timeline-error that came with the error panel. A
   * timeline-error fired while the element still shows no error panel is not a result (it is kept
   * in `results`, where tests check that none fires).
   */
  loaded(): Promise<ResultEvent> {
    const pending = this.settled.shift();
    if (pending) return Promise.resolve(pending);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('neither timeline-load nor timeline-error came within 5 s')),
        5000,
      );
      this.waiting = (event) => {
        clearTimeout(timer);
        resolve(event);
      };
    });
  }

  private onResult(event: ResultEvent): void {
    this.results.push(event);
    // The element fires its result from updated(), so the DOM it rendered is there to check.
    const shown = event.type === 'timeline-load' || this.errorPanel !== null;
    if (!shown) return;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(event);
    else this.settled.push(event);
  }

  /** The types of `results`, for asserting exactly what fired. */
  get resultTypes(): string[] {
    return this.results.map((e) => e.type);
  }

  /** Clicks an event's button (its mark) and waits for the element to render. */
  async click(title: string): Promise<void> {
    this.buttonByTitle(title).click();
    await this.el.updateComplete;
  }

  /** Clicks the middle of an event's visible label with the mouse, as a reader would. */
  async clickLabel(title: string): Promise<void> {
    const label = this.labelByTitle(title);
    if (!label) throw new Error(`no visible label for '${title}'`);
    label.scrollIntoView({ block: 'center', inline: 'center' });
    const box = drawnBox(label);
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await this.el.updateComplete;
  }

  // ---- The view window ----

  /** The visible window as viewStart and viewEnd name it, in ms (each at the start of its period). */
  view(): Window {
    const { viewStart, viewEnd } = this.el;
    if (!viewStart || !viewEnd) {
      throw new Error(`viewStart/viewEnd name no window: '${viewStart}' / '${viewEnd}'`);
    }
    return { start: isoMs(viewStart), end: isoMs(viewEnd) };
  }

  /** The length of the visible window in ms. */
  span(): number {
    const { start, end } = this.view();
    return end - start;
  }

  /**
   * The time under a client x, read from viewStart/viewEnd and the drawing's 12 px gutters. Only
   * right where the window holds no compressed stretch (the scale is linear across it).
   */
  timeAt(clientX: number): number {
    const { start, end } = this.view();
    const box = this.plotBox();
    return start + ((clientX - box.left - 12) / (box.width - 24)) * (end - start);
  }

  /** The client x of a fraction of the drawing's width (0 is its left edge, 1 its right). */
  xAt(fraction: number): number {
    const box = this.plotBox();
    return box.left + 12 + fraction * (box.width - 24);
  }

  /**
   * Waits until the view has stopped moving: no timeline-view-change for `quiet` frames in a row
   * (an animation sends one every frame, and the last comes the frame after it ends).
   */
  async settle(quiet = 4, timeout = 3000): Promise<void> {
    const started = performance.now();
    let count = -1;
    while (count !== this.viewChanges.length) {
      if (performance.now() - started > timeout) {
        throw new Error(`the view was still changing after ${timeout} ms`);
      }
      count = this.viewChanges.length;
      await this.waitFrames(quiet);
    }
  }
}

/** An `<event-timeline>` with the given options, not yet connected. */
function timelineElement(source: TimelineOptions): EventTimeline {
  const el = document.createElement('event-timeline');
  if (source.data !== undefined) el.data = source.data;
  if (source.src !== undefined) el.src = source.src;
  if (source.label !== undefined) el.label = source.label;
  if (source.orientation !== undefined) el.setAttribute('orientation', source.orientation);
  if (source.scale !== undefined) el.setAttribute('scale', source.scale);
  if (source.id !== undefined) el.id = source.id;
  if (source.mode !== undefined) el.setAttribute('mode', source.mode);
  if (source.hashLinks) el.setAttribute('hash-links', '');
  if (source.viewStart !== undefined) el.setAttribute('view-start', source.viewStart);
  if (source.viewEnd !== undefined) el.setAttribute('view-end', source.viewEnd);
  if (source.script !== undefined) el.append(jsonScript(source.script));
  return el;
}

/** A `<script type="application/json">` holding `text`. */
export function jsonScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

function isTemplate(value: unknown): value is TemplateResult {
  return typeof value === 'object' && value !== null && '_$litType$' in value;
}

/** Milliseconds of an ISO date as viewStart and viewEnd write it ("2024-12-08", "2024-12-08T10:15Z"). */
export function isoMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`'${iso}' is not an ISO date`);
  return ms;
}
