import { storyOrder } from '../../layout/story.js';
import type { Category, TimelineEvent, TimelineModel } from '../../model/types.js';
import { storyStyles } from '../styles/story.styles.js';
import { renderStory } from '../views/story-view.js';
import type { DataController } from './data-controller.js';
import type { FilterController } from './filter-controller.js';
import type { Host } from './host.js';
import type { LocaleController } from './locale-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { SizeController } from './size-controller.js';

/** What story mode reads: the data, the words, the selection (the slide), the width, the lanes. */
export interface StoryOptions {
  loader: DataController;
  language: LocaleController;
  selection: SelectionController;
  size: SizeController;
  /** The lanes, with the categories shown. */
  filter: FilterController;
}

/** How far a finger must move sideways, and more than up or down, to turn a slide. */
const SWIPE_PX = 48;

/**
 * Story mode's slides, in the chunk that story mode loads (controllers/story-controller.ts):
 * one slide at a time, a title slide and then the events in the story's order (the data's `story`
 * list, or time). The slide shown is the selection: the title slide when nothing is selected, else
 * the selected event's, so `select()`, timeline-select and deep links work as in the chart.
 */
export class Story {
  /** The events of the slides after the title slide, as indices in the model, in order. */
  slides: number[] = [];
  /** Which way the last move went, for the slide's entrance: 1 onwards, -1 back, 0 none. */
  direction = 0;
  private model: TimelineModel | null = null;
  /** The slide shown at the last update (its event index, -1 the title slide); null before any. */
  private shown: number | null = null;
  private swipe: { x: number; y: number; id: number } | null = null;
  /** The slide to bring into view after this update, in the phone's sequence. */
  private scrollTo: number | null = null;
  /** Watches which slide of the phone's sequence is being read. */
  private reading: IntersectionObserver | null = null;
  private watched: Element[] = [];
  /** Focus was in the story when this update began. */
  private hadFocus = false;

  constructor(
    private readonly host: Host,
    private readonly o: StoryOptions,
  ) {
    const root = this.root();
    const sheet = storyStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** The slide shown: 0 is the title slide, n the n-th event of the story; -1 for an event the story leaves out. */
  get position(): number {
    const index = this.o.selection.index;
    return index < 0 ? 0 : this.slides.indexOf(index) + 1 || -1;
  }

  /** Before each update in story mode: the slides of new data, and a new slide said once. */
  update(): void {
    this.hadFocus = !!this.root().activeElement?.closest?.('.story');
    const model = this.o.loader.model;
    if (!model) return;
    if (model !== this.model) {
      this.model = model;
      this.slides = storyOrder(model);
      this.shown = null;
    }
    // A new slide, however it came (a button, a key, the strip, select(), the URL): said once.
    const index = this.o.selection.index;
    if (index !== this.shown) {
      if (this.shown !== null) {
        this.scrollTo = index;
        this.o.selection.announce = this.spoken(index);
        const from = this.shown < 0 ? 0 : this.slides.indexOf(this.shown) + 1;
        this.direction = Math.sign(this.position - from);
      }
      this.shown = index;
    }
  }

  /** A slide replaced under the focus (a link in it, say) hands focus to the slide itself. */
  /** After each update in story mode: focus and the phone's scroll where they belong. */
  updated(): void {
    const root = this.root();
    if (this.hadFocus && !root.activeElement) {
      root.querySelector<HTMLElement>('.story .slide')?.focus();
    }
    // On a phone the slides stand in a sequence: a slide chosen (by select(), the URL) comes into view.
    if (this.scrollTo !== null) {
      const slide = root.querySelector(`.sequence [data-slide="${this.scrollTo}"]`);
      this.scrollTo = null;
      slide?.scrollIntoView({ block: 'center' });
    }
    this.watchReading(root);
  }

  /** Stops following the reader's scrolling (the element left the page, or the sequence). */
  disconnect(): void {
    this.reading?.disconnect();
    this.reading = null;
    this.watched = [];
  }

  /**
   * On a phone, the strip pinned above follows the reading: the event of the slide in the middle
   * of the screen comes into the strip's window (it is not selected, so the page hears nothing).
   */
  private watchReading(root: ShadowRoot): void {
    const slides = root.querySelectorAll<HTMLElement>('.sequence [data-slide]');
    if (slides.length === 0) {
      this.disconnect();
      return;
    }
    this.reading ??= new IntersectionObserver(
      (entries) => {
        const seen = entries.filter((e) => e.isIntersecting).at(-1);
        const index = Number(seen?.target.getAttribute('data-slide') ?? -1);
        const event = this.o.loader.model?.events[index];
        if (event) this.o.selection.reveal(event.id);
      },
      { rootMargin: '-45% 0px -50% 0px' },
    );
    const same = slides.length === this.watched.length;
    if (same && this.watched.every((slide, i) => slide === slides[i])) return;
    this.reading.disconnect();
    this.watched = [...slides];
    for (const slide of slides) this.reading.observe(slide);
  }

  /** The slides, for the element's render. */
  render(category: (e: TimelineEvent) => Category | undefined) {
    const { loader, language } = this.o;
    const model = loader.model;
    if (!model) return null;
    return renderStory({
      model,
      slides: this.slides,
      selected: this.o.selection.index,
      // Slides come in with a movement, unless the reader prefers less motion.
      direction: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : this.direction,
      sequence: this.o.size.vertical,
      locale: language.locale,
      words: language.words,
      category,
      lane: (index) => {
        const lanes = this.o.filter.lanes;
        return lanes?.lanes[lanes.laneOf[index] as number];
      },
      neighbour: (step) => this.neighbour(step),
      on: {
        turn: (step) => this.turn(step),
        show: (index) => this.show(index),
        keydown: this.onKeyDown,
        pointerdown: this.onPointerDown,
        pointerup: this.onPointerUp,
        pointercancel: this.onPointerCancel,
      },
    });
  }

  private root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  /** The slide `step` away from this one (1 next, -1 previous), as its event index (-1: title). */
  neighbour(step: number): number | null {
    const at = this.position;
    // From an event the story leaves out, the story's slides just after and before it in time.
    const next = at >= 0 ? at + step : step > 0 ? this.after() + 1 : this.after();
    if (next < 0 || next > this.slides.length) return null;
    return next === 0 ? -1 : (this.slides[next - 1] as number);
  }

  /** Goes to the next (1) or previous (-1) slide; false at either end. */
  turn(step: number): boolean {
    const next = this.neighbour(step);
    if (next === null) return false;
    this.show(next);
    return true;
  }

  /** Shows the slide of an event (its index), or the title slide (-1). */
  show(index: number): void {
    const model = this.o.loader.model;
    if (!model) return;
    this.o.selection.select(index < 0 ? '' : (model.events[index]?.id ?? ''));
  }

  /** ← and → turn the slides while focus is in the slide (mirrored right to left). */
  onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    // The slides have these keys: they do not also pan the strip (roving-focus-controller.ts).
    e.stopPropagation();
    const forward = (e.key === 'ArrowRight') !== this.o.language.rtl;
    if (this.turn(forward ? 1 : -1)) e.preventDefault();
  };

  /** A horizontal swipe on a touch screen turns the slide, as the finger pulls it. */
  onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    this.swipe = { x: e.clientX, y: e.clientY, id: e.pointerId };
  };

  onPointerUp = (e: PointerEvent): void => {
    const swipe = this.swipe;
    this.swipe = null;
    if (!swipe || swipe.id !== e.pointerId) return;
    const dx = e.clientX - swipe.x;
    const dy = e.clientY - swipe.y;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) <= Math.abs(dy)) return;
    // Pulling the slide towards the start of the line brings the next one, as turning a page.
    const towardsStart = this.o.language.rtl ? dx > 0 : dx < 0;
    this.turn(towardsStart ? 1 : -1);
  };

  onPointerCancel = (): void => {
    this.swipe = null;
  };

  /** What the live region says once when a slide changes: "3 of 11: Assad is ousted". */
  private spoken(index: number): string {
    const { words, locale } = this.o.language;
    const model = this.o.loader.model;
    const position = index < 0 ? 0 : this.slides.indexOf(index) + 1;
    const title = index < 0 ? model?.title || words.timeline : (model?.events[index]?.title ?? '');
    if (position < 0 && index >= 0) return title;
    const total = this.slides.length + 1;
    const n = (v: number) => v.toLocaleString(locale);
    return `${words.slideOf(n(position + 1), n(total))}: ${title}`;
  }

  /** For an event the story leaves out: how many of the story's slides come before it in time. */
  private after(): number {
    const model = this.o.loader.model;
    const index = this.o.selection.index;
    if (!model || index < 0) return 0;
    const start = model.startMs[index] as number;
    const later = this.slides.findIndex((i) => (model.startMs[i] as number) > start);
    return later < 0 ? this.slides.length : later;
  }
}
