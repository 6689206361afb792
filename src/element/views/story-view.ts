import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatIsoDateText } from '../../format/dates.js';
import type { Messages } from '../../i18n/en.js';
import type { Lane } from '../../layout/lanes.js';
import { paragraphs } from '../../model/text.js';
import type { Category, TimelineEvent, TimelineModel } from '../../model/types.js';
import { renderEventBody } from './detail.js';
import { laneClass, laneStyle } from './lane-style.js';
import { mediaRenderer } from './lazy-media.js';

/** What a story's slides show, and what their controls do. */
export interface StoryContext {
  model: TimelineModel;
  /** The events of the slides after the title slide, as indices, in order. */
  slides: number[];
  /** The selected event (its slide is shown), or -1 for the title slide. */
  selected: number;
  /** Which way the last move went (1 onwards, -1 back), for the slide's entrance. */
  direction: number;
  /** The slides one after another, for a phone, rather than one at a time. */
  sequence: boolean;
  locale: string;
  words: Messages;
  category: (event: TimelineEvent) => Category | undefined;
  /** The lane of an event (its index), for its category's colour. */
  lane: (index: number) => Lane | undefined;
  /** The event of the slide `step` away (-1: the title slide), or null past either end. */
  neighbour: (step: number) => number | null;
  on: {
    turn: (step: number) => void;
    show: (index: number) => void;
    keydown: (e: KeyboardEvent) => void;
    pointerdown: (e: PointerEvent) => void;
    pointerup: (e: PointerEvent) => void;
    pointercancel: () => void;
  };
}

/**
 * Story mode's slides, as the APG carousel pattern has them: a region named by the story, each
 * slide a group described as a slide and named by its place ("3 of 11"), and buttons to the
 * neighbours that show their titles. The live region outside says a new slide once.
 */
export function renderStory(c: StoryContext) {
  const { words } = c;
  const title = c.model.title || words.timeline;
  if (c.sequence) return renderSequence(c, title);
  const position = c.selected < 0 ? 0 : c.slides.indexOf(c.selected) + 1;
  const enter = c.direction > 0 ? ' enter-next' : c.direction < 0 ? ' enter-previous' : '';
  return html`<section class="story" part="story" aria-roledescription=${words.story} aria-label=${title}
    @keydown=${c.on.keydown} @pointerdown=${c.on.pointerdown} @pointerup=${c.on.pointerup}
    @pointercancel=${c.on.pointercancel}>
    <div class="turns">
      ${renderTurn(c, -1)}
      <span class="counter" aria-hidden="true">${position > 0 ? place(c, position) : ''}</span>
      ${renderTurn(c, 1)}
    </div>
    <div class="slide" part="slide" role="group" tabindex="0" aria-roledescription=${words.slide}
      aria-label=${position > 0 || c.selected < 0 ? place(c, position) : eventTitle(c, c.selected)}>
      ${keyed(c.selected, html`<div class="slide-body${enter} ${laneClass(c.lane(c.selected))}" ${laneStyle(c.lane(c.selected))}>${renderSlide(c, c.selected)}</div>`)}
    </div>
  </section>`;
}

/** On a phone: every slide in turn (the selected one marked), under the strip pinned above. */
function renderSequence(c: StoryContext, title: string) {
  const all = [-1, ...c.slides];
  return html`<section class="story sequence" part="story" aria-roledescription=${c.words.story} aria-label=${title}>
    <div class="slides">
      ${all.map(
        (
          index,
          position,
        ) => html`<li class="slide${index === c.selected ? ' current' : ''}" role="group"
          aria-roledescription=${c.words.slide} aria-label=${place(c, position)} data-slide=${index}
          aria-current=${index === c.selected ? 'true' : nothing} ${laneStyle(c.lane(index))}>
          ${renderSlide(c, index)}
        </div>`,
      )}
    </div>
  </section>`;
}

/** "3 of 11", in the reader's numbers. */
function place(c: StoryContext, position: number): string {
  const n = (v: number) => v.toLocaleString(c.locale);
  return c.words.slideOf(n(position + 1), n(c.slides.length + 1));
}

function eventTitle(c: StoryContext, index: number): string {
  return index < 0 ? c.model.title || c.words.timeline : (c.model.events[index]?.title ?? '');
}

/**
 * The button to a neighbouring slide, with its title. At either end it stays, marked disabled
 * (a disabled button would drop the focus it has).
 */
function renderTurn(c: StoryContext, step: number) {
  const next = c.neighbour(step);
  const label = step > 0 ? c.words.next : c.words.previous;
  const click = () => {
    if (next !== null) c.on.turn(step);
  };
  return html`<button class="turn ${step > 0 ? 'next' : 'previous'}" type="button"
    aria-disabled=${next === null ? 'true' : 'false'} @click=${click}>
    <span class="way" aria-hidden=${next === null ? nothing : 'true'}>${label}</span>
    ${next === null ? nothing : html`<span class="neighbour"><span class="sr-only">${label}: </span>${eventTitle(c, next)}</span>`}
  </button>`;
}

/** A slide: the story's title slide (-1), or an event's card made large. */
function renderSlide(c: StoryContext, index: number) {
  const event = c.model.events[index];
  if (!event) return renderTitleSlide(c);
  // One slide at a time, its title names it; in a sequence, ids would repeat.
  return renderEventBody(event, c.category(event), c.locale, c.words, null);
}

/** The title slide: the data's title, description and span, and the way in. */
function renderTitleSlide(c: StoryContext) {
  const { model, words } = c;
  const first = model.events[c.slides[0] ?? -1];
  // From the first slide's start to the latest end of any (an ongoing one has none yet).
  let latest = c.slides[0] ?? -1;
  for (const i of c.slides) {
    const reach = model.endMs[i] as number;
    if (Number.isFinite(reach) && reach > (model.endMs[latest] as number)) latest = i;
  }
  const last = model.events[latest];
  const span =
    first && last && first !== last
      ? words.range(
          formatIsoDateText(first.start, c.locale),
          formatIsoDateText(last.end ?? last.start, c.locale),
        )
      : '';
  return html`<div class="title-slide">
    <h2>${model.title || words.timeline}</h2>
    ${span ? html`<p class="meta">${span}</p>` : nothing}
    ${model.media ? (mediaRenderer()?.(model.media, words) ?? nothing) : nothing}
    ${paragraphs(model.description).map((p) => html`<p>${p}</p>`)}
    ${
      first
        ? html`<button class="begin" type="button" @click=${() => c.on.show(c.slides[0] as number)}>${words.beginStory}</button>`
        : nothing
    }
  </div>`;
}
