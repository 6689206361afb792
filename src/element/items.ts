import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { eventDateText, eventName } from '../format/event-text.js';
import type { Messages } from '../i18n/en.js';
import type { TargetBox } from '../layout/clusters.js';
import type { Lane } from '../layout/lanes.js';
import type { LabelBox, TimelineLayout } from '../layout/layout.js';
import type { Category, TimelineEvent, TimelineModel } from '../model/types.js';
import { laneClass, laneInk } from './chart.js';
import { customProperties, place } from './place.js';

export interface ItemContext {
  layout: TimelineLayout;
  model: TimelineModel;
  lanes: Lane[];
  selected: number;
  locale: string;
  words: Messages;
  category: (event: TimelineEvent) => Category | undefined;
  /** The event with keyboard focus (the list's one Tab stop), or -1. */
  rover: number;
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
  const first = items.find(own)?.first ?? -1;
  const stop = items.some((item) => own(item) && item.first === c.rover) ? c.rover : first;
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

function laneStyle(lane: Lane | undefined) {
  return customProperties({ '--c': laneInk(lane) });
}

function renderLabel(c: ItemContext, label: LabelBox, stop: number) {
  const event = c.model.events[label.index] as TimelineEvent;
  const lane = c.lanes[label.lane];
  const selected = label.index === c.selected;
  const right = label.anchor > label.x + label.width / 2;
  const cut = label.width < label.full;
  // The whole title opens on one line from the anchored edge, moved back where the plot ends
  // first (a title wider than the plot is `full` wide, and wraps).
  const room = right ? label.x + label.width - c.layout.left : c.layout.right - label.x;
  const shift = Math.max(0, label.full - room);
  return html`<li class="${laneClass(lane)}${selected ? ' selected' : ''}" data-index=${label.index} ${laneStyle(lane)}>
    <button class="label${right ? ' anchor-right' : ''}${cut ? ' cut' : ''}" part="event" type="button" dir="auto" tabindex=${label.index === stop ? 0 : -1}
      ${customProperties({ '--room': cut ? `${label.full}px` : null, '--shift': cut ? `${shift}px` : null })}
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
    return html`<li class="${laneClass(lane)}${selected ? ' selected' : ''}" data-index=${index} ${laneStyle(lane)}>
      <button class="hit" part="event" type="button" tabindex=${index === stop ? 0 : -1} aria-label=${eventName(event, c.category(event), c.locale, c.words)}
        aria-expanded=${selected ? 'true' : 'false'} ${at}></button>
    </li>`;
  }
  const first = c.model.events[target.members[0] as number] as TimelineEvent;
  const last = c.model.events[target.members[target.members.length - 1] as number] as TimelineEvent;
  const dates = [eventDateText(first, c.locale, c.words), eventDateText(last, c.locale, c.words)];
  const span =
    dates[0] === dates[1] ? dates[0] : c.words.rangeSpoken(dates[0] as string, dates[1] as string);
  return html`<li class="${laneClass(lane)}" data-cluster=${target.members.join(' ')} ${laneStyle(lane)}>
    <button class="hit cluster" part="event" type="button" tabindex="-1" aria-haspopup="true"
      aria-label=${c.words.cluster(target.members.length, span as string, lane?.label || c.words.other)} ${at}></button>
  </li>`;
}
