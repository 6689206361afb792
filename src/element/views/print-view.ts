import { html, nothing } from 'lit';
import { eventDateText } from '../../format/event-text.js';
import type { Messages } from '../../i18n/en.js';
import type { TimelineEvent, TimelineModel } from '../../model/types.js';

/** The most events the printed list holds: beyond that, paper is not where to read them. */
const PRINTED = 500;

/**
 * What paper gets under the drawing: the events in view, in time order, each with its date,
 * summary and sources, their addresses written out (a link cannot be followed on paper).
 */
export function renderPrintList(
  model: TimelineModel,
  indices: readonly number[],
  locale: string,
  words: Messages,
) {
  const shown = indices.slice(0, PRINTED);
  const more = indices.length - shown.length;
  return html`<ol class="print-list">
    ${shown.map((i) => {
      const event = model.events[i] as TimelineEvent;
      return html`<li>
        <span class="date">${eventDateText(event, locale, words)}</span>
        <strong>${event.title}</strong>${event.summary ? html` ${event.summary}` : nothing}
        ${event.sources.map(
          (s) => html`<span class="source">${s.title}${s.url ? ` (${s.url})` : ''}</span>`,
        )}
      </li>`;
    })}
  </ol>
  ${more > 0 ? html`<p class="print-more">${words.eventCount(more, more.toLocaleString(locale))} …</p>` : nothing}`;
}
