import { html, nothing } from 'lit';
import { formatIsoDateText } from '../../format/dates.js';
import { eventDateText } from '../../format/event-text.js';
import type { Messages } from '../../i18n/en.js';
import { matchRanges } from '../../model/search.js';
import type { Category, TimelineEvent } from '../../model/types.js';

export { tableStyles } from '../styles/table.styles.js';

/**
 * Rows per page: a table of 100,000 events is read a page at a time, not built at once. The pager
 * marks its ends aria-disabled rather than disabled, so focus stays on the button at the end.
 */
export const PAGE = 100;

/**
 * Every event as a data table, in time order, a page at a time: the non-visual alternative to
 * the drawing, and a plain list to scan. A title opens the event in the timeline.
 */
export function renderTable(
  all: readonly TimelineEvent[],
  page: number,
  locale: string,
  words: Messages,
  category: (event: TimelineEvent) => Category | undefined,
  on: { open: (id: string) => void; page: (page: number) => void },
  /** The events listed, by index in time order (the search's matches, the categories shown); null for all. */
  only: ArrayLike<number> | null = null,
  /** The search, whose words each row marks. */
  query = '',
  /**
   * A page a server gave (a tiled source): `all` is its rows; the count of every event listed
   * (null until known), whether more follow, and why it could not come. `all` empty and no
   * failure: the page is on its way.
   */
  served: { count: number | null; more: boolean; failed: string | null } | null = null,
) {
  const count = served ? (served.count ?? Number.NaN) : only ? only.length : all.length;
  const pages = served ? page + 1 : Math.max(1, Math.ceil(count / PAGE));
  const first = Math.min(page, pages - 1) * PAGE;
  const rows = served
    ? all
    : only
      ? Array.from(
          { length: Math.max(0, Math.min(PAGE, count - first)) },
          (_, k) => all[only[first + k] as number] as TimelineEvent,
        )
      : all.slice(first, first + PAGE);
  const more = served ? served.more : first + PAGE < count;
  const marked = (text: string) => markMatches(text, query, locale);
  const number = new Intl.NumberFormat(locale);
  const shown = `${number.format(first + 1)}–${number.format(first + rows.length)}`;
  const caption = served?.failed
    ? served.failed
    : served && rows.length === 0 && served.count !== 0
      ? words.tableLoading
      : words.tableCaption(shown, Number.isNaN(count) ? '…' : number.format(count));
  // A column of pictures only for data that has some: their alt text and credit.
  const media = all.some((event) => event.media);
  return html`<div class="table-wrap">
    <table part="table" aria-busy=${served && rows.length === 0 && !served.failed ? 'true' : nothing}>
      <caption>${caption}</caption>
      <thead>
        <tr><th scope="col">${words.start}</th><th scope="col">${words.end}</th><th scope="col">${words.title}</th><th scope="col">${words.category}</th><th scope="col">${words.summary}</th>${media ? html`<th scope="col">${words.media}</th>` : nothing}</tr>
      </thead>
      <tbody>
        ${rows.map(
          (event) => html`<tr>
            <td>${event.approximate ? `${words.circa} ` : ''}${formatIsoDateText(event.start, locale)}</td>
            <td>${event.end ? formatIsoDateText(event.end, locale) : event.ongoing ? words.present : ''}</td>
            <th scope="row"><button class="link-button" type="button" aria-label=${`${event.title}, ${eventDateText(event, locale, words, true)}`}
              @click=${() => on.open(event.id)}>${marked(event.title)}</button>${event.certainty === 'confirmed' ? nothing : html` <span class="meta">(${words[event.certainty]})</span>`}</th>
            <td>${category(event)?.label ?? ''}</td>
            <td>${marked(event.summary)}</td>
            ${media ? renderMediaCell(event) : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
    ${
      pages > 1 || more
        ? html`<div class="pager">
            <button type="button" aria-disabled=${first === 0 ? 'true' : 'false'} @click=${() => first > 0 && on.page(page - 1)}>${words.previous}</button>
            <button type="button" aria-disabled=${more ? 'false' : 'true'}
              @click=${() => more && on.page(page + 1)}>${words.next}</button>
          </div>`
        : nothing
    }
  </div>`;
}

/** Text with the search's words in it marked, as text: never as HTML. */
function markMatches(text: string, query: string, locale: string) {
  const ranges = query ? matchRanges(text, query, locale) : [];
  if (ranges.length === 0) return text;
  const parts: unknown[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    parts.push(text.slice(at, a), html`<mark>${text.slice(a, b)}</mark>`);
    at = b;
  }
  parts.push(text.slice(at));
  return parts;
}

/** What the table says of an event's media: the alt text (or caption) and the credit. */
function renderMediaCell({ media }: TimelineEvent) {
  if (!media) return html`<td></td>`;
  const text = media.alt || media.caption;
  return html`<td>${text}${text && media.credit ? html` <br />` : nothing}${media.credit ? html`<small>${media.credit}</small>` : nothing}</td>`;
}
