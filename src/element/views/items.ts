import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { clusterName } from '../../format/cluster-name.js';
import { eventName } from '../../format/event-text.js';
import type { Messages } from '../../i18n/en.js';
import type { Lane } from '../../layout/lanes.js';
import type { LabelBox, TargetBox, TimelineLayout } from '../../layout/types.js';
import type { Category, TimelineEvent, TimelineModel } from '../../model/types.js';
import { laneClass, laneStyle } from './lane-style.js';
import { customProperties, place } from './place.js';

export interface ItemContext {
  layout: TimelineLayout;
  model: TimelineModel;
  lanes: Lane[];
  selected: number;
  locale: string;
  words: Messages;
  category: (event: TimelineEvent) => Category | undefined;
  /** The event that is the list's one Tab stop (layout/navigation.ts tabStop), or -1. */
  stop: number;
  /** Per event, 1 when it matches the search; null without one. */
  match: Uint8Array | null;
}

/** How a search shows an event: highlighted when it matches, dimmed when it does not. */
function found(c: ItemContext, ...indices: number[]): string {
  if (!c.match) return '';
  return indices.some((i) => c.match?.[i] === 1) ? ' match' : ' dim';
}

const HALF = 12;

/**
 * The events in view as a list of buttons, in time order: a labelled event is its label; an
 * unlabelled one is a 24 px target over its mark; a cluster is one target for its members.
 */
export function renderItems(c: ItemContext) {
  type Item = { key: string; first: number; label?: LabelBox; target?: TargetBox };
  const items: Item[] = [
    ...c.layout.labels.map((label) => ({ key: `e${label.index}`, first: label.index, label })),
    // Crowded, targets are drawn on the canvas and found by where the pointer is; buttons for
    // hundreds of them would be rebuilt every frame of a zoom. Keys reach every event.
    ...(c.layout.density ? [] : c.layout.targets).map((target) => ({
      key: `${target.members.length > 1 ? 'c' : 'e'}${target.members[0]}`,
      first: target.members[0] as number,
      target,
    })),
  ];
  // The event with keyboard focus always has a button of its own, even inside a cluster or a
  // crowd, so arrow keys reach every event and focus is never lost when the view changes.
  const own = (item: Item) => item.label !== undefined || item.target?.members.length === 1;
  const focus = c.layout.focus;
  if (focus && !items.some((item) => own(item) && item.first === focus.index)) {
    items.push({
      key: `e${focus.index}`,
      first: focus.index,
      target: {
        lane: focus.lane,
        x: focus.range ? Math.min(focus.x, focus.x2) + 12 : focus.x,
        y: focus.y,
        members: [focus.index],
      },
    });
  }
  items.sort((a, b) => a.first - b.first);
  const { stop } = c;
  return html`<ol class="events" aria-label=${c.words.events}>
    ${repeat(
      items,
      (item) => item.key,
      (item) =>
        item.label
          ? renderLabel(c, item.label, stop)
          : renderTarget(c, item.target as TargetBox, stop),
    )}
  </ol>`;
}

function renderLabel(c: ItemContext, label: LabelBox, stop: number) {
  const event = c.model.events[label.index] as TimelineEvent;
  const lane = c.lanes[label.lane];
  const selected = label.index === c.selected;
  const right = label.anchor > label.x + label.width / 2;
  const cut = label.width < label.full;
  // Where the whole title opens over its neighbours: from the anchored edge, shifted to stay in
  // the plot (and wrapped, if the plot is narrower than the title).
  const { left, right: end } = c.layout;
  const open = Math.min(label.full, end - left);
  const from = right ? Math.max(left, label.x + label.width - open) : Math.min(label.x, end - open);
  return html`<li class="${laneClass(lane)}${selected ? ' selected' : ''}${found(c, label.index)}" data-index=${label.index} ${laneStyle(lane)}>
    <button class="label${right ? ' anchor-right' : ''}${cut ? ' cut' : ''}" part="event" type="button" dir="auto" tabindex=${label.index === stop ? 0 : -1}
      ${customProperties({ '--open': cut ? `${open}px` : null, '--open-x': cut ? `${from - label.x - (right ? 0 : 2)}px` : null })}
      aria-label=${eventName(event, c.category(event), c.locale, c.words)} aria-expanded=${selected ? 'true' : 'false'}
      ${place(label.x, label.y, label.width)}><span part="label">${event.title}</span></button>
  </li>`;
}

function renderTarget(c: ItemContext, target: TargetBox, stop: number) {
  const lane = c.lanes[target.lane];
  const at = place(target.x - HALF, target.y - HALF, 2 * HALF, 2 * HALF);
  if (target.members.length === 1) {
    const index = target.members[0] as number;
    const event = c.model.events[index] as TimelineEvent;
    const selected = index === c.selected;
    return html`<li class="${laneClass(lane)}${selected ? ' selected' : ''}${found(c, index)}" data-index=${index} ${laneStyle(lane)}>
      <button class="hit" part="event" type="button" tabindex=${index === stop ? 0 : -1} aria-label=${eventName(event, c.category(event), c.locale, c.words)}
        aria-expanded=${selected ? 'true' : 'false'} ${at}></button>
    </li>`;
  }
  const events = target.members.map((i) => c.model.events[i] as TimelineEvent);
  return html`<li class="${laneClass(lane)}${found(c, ...target.members)}" data-cluster=${target.members.join(' ')} ${laneStyle(lane)}>
    <button class="hit cluster" part="event" type="button" tabindex="-1" aria-haspopup="true"
      aria-label=${clusterName(events, c.locale, c.words, c.model.categories)} ${at}></button>
  </li>`;
}
