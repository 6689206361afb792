import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { eventDateText } from '../../format/event-text.js';
import type { Messages } from '../../i18n/en.js';
import type { Lane } from '../../layout/lanes.js';
import type { VerticalBar, VerticalRow } from '../../layout/vertical.js';
import type { Category, TimelineEvent, TimelineModel } from '../../model/types.js';
import { pointMark } from './chart.js';
import { laneClass, laneInk } from './lane-style.js';
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
  /** Per event, 1 when it matches the search; null without one. */
  match: Uint8Array | null;
}

/**
 * The vertical layout: cards in time order down a line, spaced by the time between them, each
 * card a full-width button (at least 44 px tall) whose text wraps, so nothing is cut off at 320 px.
 * Each card has its mark on the line, drawn as in the chart; ranges run as bars beside the line,
 * each a piece per card it passes, so the cards' own heights place them.
 */
export function renderVertical(c: VerticalContext) {
  const columns = c.rows.reduce((n, row) => Math.max(n, ...row.bars.map((b) => b.column + 1)), 0);
  return html`<ol class="cards" aria-label=${c.words.events} ${customProperties({ '--bars': String(columns) })}>
    ${repeat(
      c.rows,
      (row) => row.index,
      (row, position) => {
        const event = c.model.events[row.index] as TimelineEvent;
        const lane = c.lanes[c.laneOf[row.index] as number];
        const selected = row.index === c.selected;
        const category = c.category(event);
        // What stands above the card: its mark and bars are placed below it (the styles' heights).
        const head = (row.marker ? 30 : 0) + (row.hidden ? 24 : 0);
        const found = c.match ? (c.match[row.index] ? ' match' : ' dim') : '';
        return html`<li class="card-item ${laneClass(lane)}${selected ? ' selected' : ''}${found}" data-index=${row.index}
          ${customProperties({ '--c': laneInk(lane), '--gap': `${Math.round(row.gap)}px`, '--head': `${head}px` })}>
          ${row.hidden ? html`<div class="hidden-time" aria-hidden="true">⋯ ${row.hidden} ⋯</div>` : nothing}
          ${row.marker ? html`<div class="marker" aria-hidden="true">${row.marker}</div>` : nothing}
          <svg class="dot" aria-hidden="true" viewBox="-10 -10 20 20">${pointMark(event, 0, 0, state(event, row.index, c))}</svg>
          ${row.bars.map((bar) => barPiece(bar, position, c))}
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

/** The classes a mark takes in both layouts: its certainty, and whether it is selected. */
function state(event: TimelineEvent, index: number, c: VerticalContext): string {
  return `${event.certainty}${index === c.selected ? ' selected' : ''}`;
}

/**
 * The piece of a range's bar beside the card at `row`: from its own mark down, through the cards
 * it passes, to the mark of its last card, or fading out where it runs on past the list.
 */
function barPiece(bar: VerticalBar, row: number, c: VerticalContext) {
  const event = c.model.events[bar.index] as TimelineEvent;
  const lane = c.lanes[c.laneOf[bar.index] as number];
  const ends = `${bar.first === row ? ' first' : ''}${bar.last === row ? (bar.open ? ' last open' : ' last') : ''}`;
  return html`<span class="bar ${state(event, bar.index, c)} ${laneClass(lane)}${ends}${event.approximate ? ' fuzzy' : ''}" part="range" data-bar=${bar.index}
    ${customProperties({ '--c': laneInk(lane), '--col': String(bar.column) })}></span>`;
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
