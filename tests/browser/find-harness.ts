// The search field and the category filter (issue 15) as the tests read them: the field, its
// count and live region, which events are highlighted or dimmed, the lane toggles, and the
// timeline-search and timeline-filter-change events as they fire.
import { sendKeys } from '@web/test-runner-commands';
import type { TimelineEvent } from '../../src/model/types.js';
import { normalize } from './harness/dom.js';
import type { TimelineHarness } from './harness/timeline-harness.js';

export type SearchDetail = { query: string; count: number };
export type FilterDetail = { categories: string[] };

/** Reads a TimelineHarness's search field and filter, and records their events. */
export class FindHarness {
  /** Every timeline-search, with the count the field showed when it fired. */
  readonly searches: { detail: SearchDetail; shown: string; matched: number }[] = [];
  /** Every timeline-filter-change. */
  readonly filterChanges: FilterDetail[] = [];

  constructor(readonly h: TimelineHarness) {
    h.container.addEventListener('timeline-search', (e) => {
      // What is drawn when the event fires: the count, and the items highlighted.
      this.searches.push({
        detail: { ...(e as CustomEvent<SearchDetail>).detail },
        shown: this.count,
        matched: this.matchedItems.length,
      });
    });
    h.container.addEventListener('timeline-filter-change', (e) => {
      const detail = (e as CustomEvent<FilterDetail>).detail;
      this.filterChanges.push({ categories: [...detail.categories] });
    });
  }

  get field(): HTMLInputElement {
    const input = this.h.root.querySelector<HTMLInputElement>(
      '.toolbar [part~="search"] input[type="search"]',
    );
    if (!input) throw new Error('no search field among the controls');
    return input;
  }

  /** The count beside the field ("3 of 248"), '' while it is hidden. */
  get count(): string {
    const count = this.h.root.querySelector<HTMLElement>('.search .count');
    return count && !count.hidden ? normalize(count.textContent) : '';
  }

  /** What the element's one polite live region says (the count, once typing pauses). */
  get live(): string {
    return normalize(this.h.root.querySelector('.root > .sr-only[role="status"]')?.textContent);
  }

  /** The button beside the field named "Next match" or "Previous match" (in English). */
  stepButton(name: string): HTMLButtonElement {
    const button = [...this.h.root.querySelectorAll<HTMLButtonElement>('.search button')].find(
      (b) => b.getAttribute('aria-label') === name,
    );
    if (!button) throw new Error(`no search button named '${name}'`);
    return button;
  }

  /**
   * Types into the field as a reader does (focusing it first), then waits for the matches. One
   * character at a time: WebKit's WebDriver drops a character typed twice in a row ("assad"
   * arrives as "asad") when they come in one command.
   */
  async type(text: string): Promise<void> {
    this.field.focus();
    for (const char of text) await sendKeys({ type: char });
    await this.h.el.updateComplete;
  }

  /** Presses a key in the field, then waits for the element. */
  async press(key: string): Promise<void> {
    this.field.focus();
    await sendKeys({ press: key });
    await this.h.el.updateComplete;
  }

  /** The list items of events (labels and targets, or cards) the search highlights. */
  get matchedItems(): HTMLElement[] {
    return [...this.h.root.querySelectorAll<HTMLElement>('li[data-index].match')];
  }

  /** The ids of the events whose items are highlighted, each once. */
  get matchedIds(): string[] {
    return unique(this.matchedItems.map((li) => this.h.eventOf(li).id));
  }

  /** The ids of the events whose items are dimmed, each once. */
  get dimmedIds(): string[] {
    const items = this.h.root.querySelectorAll<HTMLElement>('li[data-index].dim');
    return unique([...items].map((li) => this.h.eventOf(li).id));
  }

  /** The ids of every event that has an item of its own (label, target or card). */
  get itemIds(): string[] {
    const items = this.h.root.querySelectorAll<HTMLElement>('li[data-index]');
    return unique([...items].map((li) => this.h.eventOf(li).id));
  }

  /** The lane names' toggles, in order. */
  get toggles(): HTMLButtonElement[] {
    return [
      ...this.h.root.querySelectorAll<HTMLButtonElement>(
        '.lane-name button.lane-toggle[part~="lane"]',
      ),
    ];
  }

  /** The toggle of the lane named `label`. */
  toggle(label: string): HTMLButtonElement {
    const button = this.toggles.find((b) => normalize(b.textContent) === label);
    if (!button) throw new Error(`no lane toggle named '${label}'`);
    return button;
  }

  /** The lane names, each with whether its toggle is pressed. */
  get pressed(): Record<string, string | null> {
    return Object.fromEntries(
      this.toggles.map((b) => [normalize(b.textContent), b.getAttribute('aria-pressed')]),
    );
  }

  /** The line that says how many categories are hidden, '' when none is. */
  get filteredText(): string {
    return normalize(this.h.root.querySelector('.filtered > span')?.textContent);
  }

  get showAllButton(): HTMLButtonElement | null {
    return this.h.root.querySelector('.filtered button.show-all');
  }

  /** The ids of the events with an item of their own, in `events` order. */
  shownIds(): string[] {
    const ids = new Set(this.itemIds);
    return this.h.el.events.filter((e) => ids.has(e.id)).map((e) => e.id);
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * What search should find, worked out here on its own: the events whose title, summary,
 * description or quote holds every word of an ASCII query, without case.
 */
export function expectedMatches(events: readonly TimelineEvent[], query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return events
    .filter((e) => {
      const text = [e.title, e.summary, e.description, e.quote?.text ?? ''].join('\n');
      return words.every((w) => text.toLowerCase().includes(w));
    })
    .map((e) => e.id);
}
