import type { ReactiveController } from 'lit';
import { nextEvent, tabStop, viewKey } from '../../layout/navigation.js';
import type { DataController } from './data-controller.js';
import type { FilterController } from './filter-controller.js';
import type { Host } from './host.js';
import type { LocaleController } from './locale-controller.js';
import type { PanelsController } from './panels-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { SizeController } from './size-controller.js';
import type { ViewController } from './view-controller.js';

export interface RovingFocusOptions {
  loader: DataController;
  size: SizeController;
  language: LocaleController;
  viewer: ViewController;
  selection: SelectionController;
  /** The lanes, with the categories shown. */
  filter: FilterController;
  panels: () => PanelsController;
}

/** Input that tells a pointer from keys, heard before anything inside can stop it. */
const POINTER_INPUT = ['pointerdown', 'wheel'] as const;
const LISTEN = { capture: true, passive: true };

/**
 * The events are one Tab stop (the roving tabindex of the APG): arrows, Home and End move focus
 * between events (layout/navigation.ts says where), and the view keys zoom and pan. The stop is
 * the event the reader moved to, else the selected one, else the first in view; a render that
 * removes the focused button gives focus to the same event's new one.
 */
export class RovingFocusController implements ReactiveController {
  /** The event that is the Tab stop into the events, or -1. */
  stop = -1;
  /** The event the reader moved keyboard focus to, or -1. */
  private focused = -1;
  private focusedId = '';
  private version = -1;
  private hadFocus = false;
  /** Focus was lost in the last render, which did not draw the event's button: give it back. */
  private owed = false;
  /** The last input inside was a key, not a pointer: only keys may send focus to another event. */
  private keyed = false;

  constructor(
    private readonly host: Host,
    private readonly o: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of POINTER_INPUT) this.host.addEventListener(type, this.onPointer, LISTEN);
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    for (const type of POINTER_INPUT) this.host.removeEventListener(type, this.onPointer, LISTEN);
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdate(): void {
    const { model, version } = this.o.loader;
    // New events (a tiled source's next tiles) number events anew: the focused one keeps its id.
    if (version !== this.version) {
      this.version = version;
      if (this.focusedId) this.focused = this.o.loader.indexOf(this.focusedId);
    }
    const view = this.o.viewer.view;
    const off = this.o.filter.lanes?.off;
    this.stop = model ? tabStop(model, view, this.focused, this.o.selection.index, off) : -1;
    this.hadFocus = this.owed || !!this.root().activeElement?.closest?.('[part~="event"]');
    this.owed = false;
  }

  /**
   * A render that removed the focused button (its label no longer fits, say) must not lose focus:
   * it goes to the same event's new button. Only after a key may it go to another event (PageDown
   * took the focused one out of view): a pointer gesture never moves focus.
   */
  hostUpdated(): void {
    const lost = this.hadFocus && !this.root().activeElement;
    if (!lost || !(this.stop === this.focused || this.keyed)) return;
    const button = this.button(this.stop);
    // Not drawn in this render (the layout that draws it is a chunk on its way): in the next.
    if (button) button.focus();
    else this.owed = true;
  }

  /** Focuses an event's button after the render that brings it (its own, or the focus proxy). */
  async focusEvent(index: number): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.button(index)?.focus();
  }

  private root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  private button(index: number): HTMLElement | null {
    return this.root().querySelector<HTMLElement>(`li[data-index="${index}"] [part~="event"]`);
  }

  private onPointer = (): void => {
    this.keyed = false;
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    this.keyed = true;
    // Keys typed into a field (the search) are text, not the view's keys.
    if (e.composedPath()[0] instanceof HTMLInputElement && e.key !== 'Escape') return;
    const item = eventItem(e);
    if (item && this.moveFocus(e, Number(item.getAttribute('data-index')))) return;
    const { vertical } = this.o.size;
    const action = viewKey(e.key, { onEvent: !!item, vertical, rtl: this.o.language.rtl });
    if (!action) return;
    if (action.kind === 'close') {
      if (this.o.selection.close()) e.preventDefault();
      return;
    }
    // The table hides the chart: keys do not move a view the reader cannot see.
    if (this.o.panels().tableShown) return;
    e.preventDefault();
    const { viewer } = this.o;
    if (action.kind === 'zoom') viewer.zoomCentre(action.factor);
    else if (action.kind === 'fit') viewer.showAll();
    else viewer.panBy(action.fraction, true);
  };

  /** An arrow, Home or End on an event: focus moves to the next one, brought into view. */
  private moveFocus(e: KeyboardEvent, from: number): boolean {
    const { model } = this.o.loader;
    const lanes = this.o.filter.lanes;
    if (!model || !lanes) return false;
    const { vertical } = this.o.size;
    const key = vertical ? (VERTICAL_KEYS[e.key] ?? e.key) : e.key;
    const rtl = this.o.language.rtl && !vertical;
    if (this.o.loader.tiled) return this.moveTiled(e, key, rtl, from);
    const next = nextEvent(key, from, model.startMs, lanes.laneOf, rtl, lanes.off);
    if (next < 0) return false;
    e.preventDefault();
    this.focused = next;
    const event = model.events[next];
    this.focusedId = event?.id ?? '';
    if (event) this.o.selection.reveal(event.id, false);
    this.focusEvent(next);
    return true;
  }

  /**
   * The same keys over a tiled source, whose model holds only the events its tiles carry: the
   * server names the event they go to (every event of the source is reachable), which joins the
   * model, is brought into view and takes focus.
   */
  private moveTiled(e: KeyboardEvent, key: string, rtl: boolean, from: number): boolean {
    const { loader, filter } = this.o;
    const source = loader.tiled;
    const model = loader.model;
    const plan = filter.lanes;
    const id = model?.events[from]?.id;
    if (!source || !model || !plan || !id) return false;
    const at = { start: model.startMs[from] as number, id };
    const forward = (key === 'ArrowRight') !== rtl;
    let ask: Promise<string | null>;
    if (key === 'Home' || key === 'End') ask = source.step(key === 'Home' ? 'first' : 'last', null);
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      ask = source.step(forward ? 'next' : 'previous', at);
    } else if (key === 'ArrowUp' || key === 'ArrowDown') {
      const step = key === 'ArrowDown' ? 1 : -1;
      const lanes = plan.lanes;
      ask = (async () => {
        for (let l = (plan.laneOf[from] as number) + step; l >= 0 && l < lanes.length; l += step) {
          const lane = lanes[l];
          if (!lane || lane.hidden) continue;
          const found = await source.nearest(lane.id, at);
          if (found) return found;
        }
        return null;
      })();
    } else return false;
    e.preventDefault();
    ask.then(
      async (to) => {
        if (!to) return;
        await this.host.updateComplete;
        const index = loader.indexOf(to);
        if (index < 0) return;
        this.focused = index;
        this.focusedId = to;
        this.o.selection.reveal(to, false);
        await this.focusEvent(index);
      },
      () => {
        // No page from the server (one written before pages, say): the events at hand.
        const now = loader.model;
        const at = loader.indexOf(id);
        const lanes = filter.lanes;
        if (!now || !lanes || at < 0) return;
        const next = nextEvent(key, at, now.startMs, lanes.laneOf, rtl, lanes.off);
        if (next < 0) return;
        this.focused = next;
        this.focusedId = now.events[next]?.id ?? '';
        this.o.selection.reveal(this.focusedId, false);
        this.focusEvent(next);
      },
    );
    return true;
  }

  private onFocusIn = (e: FocusEvent): void => {
    const item = eventItem(e);
    const index = item ? Number(item.getAttribute('data-index')) : -1;
    if (index < 0 || index === this.focused) return;
    this.focused = index;
    this.focusedId = this.o.loader.model?.events[index]?.id ?? '';
    // The Tab stop moves with focus; focus on the stop (as after a render) changes nothing.
    if (index !== this.stop) this.host.requestUpdate();
  };
}

/** In the vertical layout time runs down: Down and Up move as Right and Left do across. */
const VERTICAL_KEYS: Record<string, string> = { ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft' };

/** The list item of the event whose button the input came from, or null. */
function eventItem(e: Event): Element | null {
  const origin = e.composedPath()[0] as Element;
  return origin.closest?.('[part~="event"]')?.closest('[data-index]') ?? null;
}
