import { parseIsoDate } from './dates.js';
import { quoteValue } from './describe-value.js';

/**
 * What a timeline shows, as its hash carries it:
 * `#<element id>/<event id>?view=<start>~<end>&q=<query>&categories=<id>,<id>`.
 */
export interface UrlState {
  /** Id of the selected event, or empty. */
  event: string;
  /** The window as the view-start and view-end attributes write it; null for the whole data. */
  view: { start: string; end: string } | null;
  /** The search text, or empty. */
  query: string;
  /** Ids of the categories shown; empty shows all. */
  categories: readonly string[];
}

/** A hash read for one timeline: its state, and why any part of it could not be used. */
export interface UrlStateReading {
  state: UrlState;
  problems: string[];
  /** The link has a view that cannot be used: the whole data is shown. */
  badView: boolean;
}

const PARTS = ['view', 'q', 'categories'] as const;
const BAD_ESCAPE = 'has a broken %-escape';
/** Problems name the part of the URL as the reader sees it, shortened. */
const quote = (text: string) => quoteValue(text);

/** The start of every hash of this element: `#<element id or "timeline">/`. */
function prefixOf(elementId: string): string {
  return `#${encodeURIComponent(elementId || 'timeline')}/`;
}

/**
 * The hash of a timeline's state, with only the parts that are not their defaults; '' when none
 * is set. With only an event it is `#<id>/<event id>`, as links were before the other parts.
 */
export function formatUrlState(elementId: string, state: UrlState): string {
  const { event, view, query, categories } = state;
  const params: string[] = [];
  if (view) params.push(`view=${encodeURIComponent(view.start)}~${encodeURIComponent(view.end)}`);
  if (query) params.push(`q=${encodeURIComponent(query)}`);
  if (categories.length) params.push(`categories=${categories.map(encodeURIComponent).join(',')}`);
  if (!event && !params.length) return '';
  const hash = prefixOf(elementId) + encodeURIComponent(event);
  return params.length ? `${hash}?${params.join('&')}` : hash;
}

/**
 * The state a hash names for this element, or null when it names another (or none). Each part is
 * read on its own: one that cannot be used is left at its default and says why in `problems`.
 */
export function parseUrlState(hash: string, elementId: string): UrlStateReading | null {
  const prefix = prefixOf(elementId);
  if (!hash.startsWith(prefix)) return null;
  const rest = hash.slice(prefix.length);
  const mark = rest.indexOf('?');
  const problems: string[] = [];
  const rawEvent = mark < 0 ? rest : rest.slice(0, mark);
  const event = decode(rawEvent);
  if (event === null) problems.push(`event ${quote(rawEvent)} ${BAD_ESCAPE}; none is selected`);
  const state: UrlState = { event: event ?? '', view: null, query: '', categories: [] };
  const params = mark < 0 ? [] : rest.slice(mark + 1).split('&');
  for (const param of params) {
    if (!param) continue;
    const equals = param.indexOf('=');
    const name = equals < 0 ? param : param.slice(0, equals);
    const value = equals < 0 ? '' : param.slice(equals + 1);
    if (name === 'view') state.view = readView(value, problems);
    else if (name === 'q') state.query = readQuery(value, problems);
    else if (name === 'categories') state.categories = readCategories(value, problems);
    else
      problems.push(
        `${quote(name)} is not a part of the link (${PARTS.join(', ')}); it is ignored`,
      );
  }
  const badView = problems.some((p) => p.startsWith('view '));
  return { state, problems, badView };
}

/** A percent-encoded value decoded, or null when an escape in it is broken (`%E0%A4`, `%zz`). */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `<start>~<end>`: two dates the view attributes accept, the end after the start. */
function readView(value: string, problems: string[]): UrlState['view'] {
  const fail = (why: string) => {
    problems.push(`view ${quote(value)} ${why}; the whole data is shown`);
    return null;
  };
  const parts = value.split('~');
  if (parts.length !== 2) return fail('is not a window (<start>~<end>)');
  const [start, end] = parts.map(decode) as [string | null, string | null];
  if (start === null || end === null) return fail(BAD_ESCAPE);
  if (!start || !end) return fail(`is not a window: its ${start ? 'end' : 'start'} is missing`);
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if ('error' in a) return fail(`is not a window: ${a.error}`);
  if ('error' in b) return fail(`is not a window: ${b.error}`);
  if (b.ms <= a.ms) return fail('is not a window: it ends before it starts');
  return { start, end };
}

/**
 * The window of a link's view, in ms. Each end is the instant its text names, not the end of its
 * day or year, so a window written from the attributes reads back as itself and the link does not
 * drift as it is shared on (`2024~2025` is the year 2024).
 */
export function linkWindow(view: { start: string; end: string }): { start: number; end: number } {
  const a = parseIsoDate(view.start);
  const b = parseIsoDate(view.end);
  return { start: 'ms' in a ? a.ms : Number.NaN, end: 'ms' in b ? b.ms : Number.NaN };
}

/** The search text; `+` is a space, as in a form's query string (the element writes `%20`). */
function readQuery(value: string, problems: string[]): string {
  const query = decode(value.replaceAll('+', ' '));
  if (query === null) problems.push(`q ${quote(value)} ${BAD_ESCAPE}; nothing is searched`);
  return query ?? '';
}

/** Category ids, each encoded, between commas; an id that cannot be decoded is left out. */
function readCategories(value: string, problems: string[]): string[] {
  const ids: string[] = [];
  for (const raw of value.split(',')) {
    if (!raw) continue;
    const id = decode(raw);
    if (id === null) problems.push(`category ${quote(raw)} ${BAD_ESCAPE}; it is left out`);
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * A state read from a link, kept to what the data has: an event or a category it has not is a
 * problem; the event is then not selected, the category left out (none left shows all).
 */
export function fitToData(
  state: UrlState,
  has: { event: (id: string) => boolean; categories: ReadonlySet<string> },
): { categories: string[]; problems: string[] } {
  const problems: string[] = [];
  if (state.event && !has.event(state.event))
    problems.push(`event ${quote(state.event)} is not in the data; none is selected`);
  const categories = state.categories.filter((id) => has.categories.has(id));
  for (const id of state.categories) {
    if (!has.categories.has(id))
      problems.push(`category ${quote(id)} is not in the data; it is left out`);
  }
  return { categories, problems };
}
