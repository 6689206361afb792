import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';

export interface SearchFieldContext {
  words: Messages;
  locale: string;
  /** The query as typed. */
  query: string;
  /** How many events match, and how many are shown; count is null without a query. */
  count: number | null;
  total: number;
  on: {
    input: (text: string) => void;
    step: (direction: 1 | -1) => void;
    focus: () => void;
  };
}

const UP = 'M3.5 10 8 5.5l4.5 4.5';
const DOWN = 'M3.5 6 8 10.5 12.5 6';

/**
 * The search field (part `search`): the count of matches beside it, and buttons to the previous
 * and next match; the element's one live region says the count once typing pauses. Enter and
 * Shift+Enter step through the matches, Escape clears the field (and,
 * when it is empty, goes on to close what is open).
 */
export function renderSearchField(c: SearchFieldContext) {
  const { words } = c;
  const number = (n: number) => n.toLocaleString(c.locale);
  const keydown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      c.on.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape' && (e.target as HTMLInputElement).value) {
      e.preventDefault();
      e.stopPropagation();
      c.on.input('');
    }
  };
  // Without a search the buttons are disabled (no Tab stop); with one that finds nothing they
  // stay in reach, marked as doing nothing, so focus on one is not lost while typing.
  const none = !c.count;
  const button = (name: string, d: string, direction: 1 | -1) =>
    html`<button type="button" class="step" aria-label=${name} ?disabled=${c.count === null} aria-disabled=${none ? 'true' : 'false'}
      @click=${() => !none && c.on.step(direction)}><svg aria-hidden="true" viewBox="0 0 16 16"><path d=${d}></path></svg><span class="tip" aria-hidden="true">${name}</span></button>`;
  // The step buttons look like the zoom buttons: the class "controls" gives both their styles.
  return html`<div part="search" class="search controls" role="search">
    <input type="search" aria-label=${words.search} placeholder=${words.search} aria-describedby="search-count"
      autocomplete="off" spellcheck="false" .value=${c.query} @input=${(e: Event) => c.on.input((e.target as HTMLInputElement).value)}
      @keydown=${keydown} @focus=${c.on.focus}>
    <span class="count" id="search-count" ?hidden=${c.count === null}>${c.count === null ? nothing : words.matches(number(c.count), number(c.total))}</span>
    ${button(words.previousMatch, UP, -1)}${button(words.nextMatch, DOWN, 1)}
  </div>`;
}
