import { html, nothing } from 'lit';
import { clusterName } from '../../format/cluster-name.js';
import { formatIsoDateText } from '../../format/dates.js';
import { eventDateText } from '../../format/event-text.js';
import type { Messages } from '../../i18n/en.js';
import { paragraphs } from '../../model/text.js';
import type { Category, TimelineEvent } from '../../model/types.js';
import { mediaRenderer } from './lazy-media.js';

/** The detail card of the selected event. Every piece of data is bound as text. */
export function renderDetail(
  event: TimelineEvent,
  category: Category | undefined,
  locale: string,
  words: Messages,
  onClose: () => void,
) {
  // The close button comes first, so that it can stay in sight while the card scrolls.
  return html`
    <button class="close" type="button" aria-label=${words.close} @click=${onClose}>×</button>
    ${renderEventBody(event, category, locale, words)}
  `;
}

/**
 * What the card and a story slide say of an event: its category and date, title, summary,
 * media, description, quote and sources. Every piece of data is bound as text.
 */
export function renderEventBody(
  event: TimelineEvent,
  category: Category | undefined,
  locale: string,
  words: Messages,
  titleId: string | null = 'detail-title',
) {
  const certainty = event.certainty === 'confirmed' ? '' : ` · ${words[event.certainty]}`;
  return html`
    <div class="meta">
      <span class="swatch"></span>
      ${category ? html`<span>${category.label}</span> · ` : nothing}
      <span class="date">${eventDateText(event, locale, words)}</span>${certainty}
    </div>
    <h3 id=${titleId ?? nothing}>${event.title}</h3>
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
    ${renderEventMedia(event, words)}
    ${paragraphs(event.description).map((p) => html`<p>${p}</p>`)}
    ${
      event.quote
        ? html`<blockquote>
            <p><q>${event.quote.text}</q></p>
            ${event.quote.by ? html`<footer>— ${event.quote.by}</footer>` : nothing}
          </blockquote>`
        : nothing
    }
    ${
      event.sources.length
        ? html`<div class="sources">
            <h4>${words.sources}</h4>
            <ul>
              ${event.sources.map((s) => {
                const extra = [s.publisher, s.date && formatIsoDateText(s.date, locale)]
                  .filter(Boolean)
                  .join(', ');
                return html`<li>
                  ${s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>` : s.title}${extra ? `, ${extra}` : ''}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing
    }
  `;
}

/** The event's picture or link card; the data is shown once their view has loaded (lazy-media.ts). */
function renderEventMedia(event: TimelineEvent, words: Messages) {
  const renderMedia = mediaRenderer();
  return event.media && renderMedia ? renderMedia(event.media, words) : nothing;
}

/** The events of a cluster, to choose one. */
export function renderClusterList(
  events: TimelineEvent[],
  locale: string,
  words: Messages,
  onChoose: (id: string) => void,
  onClose: () => void,
) {
  return html`
    <button class="close" type="button" aria-label=${words.close} @click=${onClose}>×</button>
    <h3 id="detail-title">${clusterName(events, locale, words)}</h3>
    <ul class="cluster-list">
      ${events.map(
        (event) => html`<li>
          <button class="link-button" type="button" @click=${() => onChoose(event.id)}>${event.title}</button>
          <span class="meta">${eventDateText(event, locale, words)}</span>
        </li>`,
      )}
    </ul>
  `;
}
