import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { eventDateText } from '../format/event-text.js';
import type { Messages } from '../i18n/en.js';
import type { Lane } from '../layout/lanes.js';
import type { VerticalRow } from '../layout/vertical.js';
import type { Category, TimelineEvent, TimelineModel } from '../model/types.js';
import { laneClass, laneInk } from './chart.js';
import { customProperties } from './place.js';

export interface VerticalContext {
  model: TimelineModel;
  lanes: Lane[];
  laneOf: Int32Array;
  rows: VerticalRow[];
  selected: number;
  /** The card that is the Tab stop into the events. */
  stop: number;
  locale: string;
  words: Messages;
  category: (event: TimelineEvent) => Category | undefined;
  /** The detail card of the selected event, opened inline under its card. */
  detail: (event: TimelineEvent) => TemplateResult;
}

/**
 * The vertical layout: cards in time order down a line, spaced by the time between them, each
 * card a full-width button (at least 44 px tall) whose text wraps, so nothing is cut off at 320 px.
 */
export function renderVertical(c: VerticalContext) {
  return html`<ol class="cards" aria-label=${c.words.events}>
    ${repeat(
      c.rows,
      (row) => row.index,
      (row) => {
        const event = c.model.events[row.index] as TimelineEvent;
        const lane = c.lanes[c.laneOf[row.index] as number];
        const selected = row.index === c.selected;
        const category = c.category(event);
        return html`<li class="card-item ${laneClass(lane)}${selected ? ' selected' : ''}" data-index=${row.index}
          ${customProperties({ '--c': laneInk(lane), '--gap': `${Math.round(row.gap)}px` })}>
          ${row.hidden ? html`<div class="hidden-time" aria-hidden="true">⋯ ${row.hidden} ⋯</div>` : nothing}
          ${row.marker ? html`<div class="marker" aria-hidden="true">${row.marker}</div>` : nothing}
          <button class="card ${event.certainty}" part="event" type="button" tabindex=${row.index === c.stop ? 0 : -1}
            aria-expanded=${selected ? 'true' : 'false'}>
            <span class="card-title" part="label">${event.title}</span>
            <span class="card-meta">${cardMeta(event, category?.label, c)}</span>
          </button>
          ${selected ? c.detail(event) : nothing}
        </li>`;
      },
    )}
  </ol>`;
}

/**
 * A card's second line, written as it is read out ("from March 2011 to 8 December 2024, Conflict,
 * reported"): the card's text is its accessible name, so what is seen is what is heard.
 */
function cardMeta(event: TimelineEvent, category: string | undefined, c: VerticalContext): string {
  const parts = [eventDateText(event, c.locale, c.words, true)];
  if (category) parts.push(category);
  if (event.certainty !== 'confirmed') parts.push(c.words[event.certainty]);
  return parts.join(c.words.comma);
}
