import type { Header } from './csv-columns.js';
import type { FieldPaths } from './parse-event.js';

/** A row's cell in the column of this key, trimmed; undefined when the column is absent or empty. */
export type Cell = (key: string) => string | undefined;

/** Where a native field is in the sheet when it is not a column of its own name. */
const FIELD_COLUMNS: Record<string, string> = { sources: 'source', media: 'media' };

/** The paths of a native row's fields: `row 14, start`, with the column as the first row names it. */
export function nativePaths(header: Header, row: string): FieldPaths {
  return (field) => {
    const column = header.index.get(field);
    const name = column === undefined ? (FIELD_COLUMNS[field] ?? field) : header.names[column];
    return `${row}, ${name}`;
  };
}

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

/** true/false, yes/no, 1/0 in any case; any other text is passed on for the parser to refuse. */
function flag(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const key = text.toLowerCase();
  return TRUE.has(key) ? true : FALSE.has(key) ? false : text;
}

/** 1, 2 or 3 as a number; any other text is passed on for the parser to refuse. */
function importance(text: string | undefined): unknown {
  return text === '1' || text === '2' || text === '3' ? Number(text) : text;
}

/** An object of the given cells, or undefined when all of them are empty. */
function group(fields: Record<string, string | undefined>): Record<string, string> | undefined {
  const given = Object.entries(fields).filter(([, value]) => value !== undefined);
  return given.length > 0 ? (Object.fromEntries(given) as Record<string, string>) : undefined;
}

/** A native row as a raw event of the native format, for parseEvent to check. */
export function nativeEvent(cell: Cell): Record<string, unknown> {
  const quote = cell('quote');
  const raw: Record<string, unknown> = {
    id: cell('id'),
    title: cell('title'),
    start: cell('start'),
    end: cell('end'),
    category: cell('category'),
    summary: cell('summary'),
    description: cell('description'),
    importance: importance(cell('importance')),
    certainty: cell('certainty'),
    approximate: flag(cell('approximate')),
    ongoing: flag(cell('ongoing')),
    quote: quote === undefined ? undefined : { text: quote, by: cell('quote_by') ?? '' },
    sources: group({
      title: cell('source_title'),
      url: cell('source_url'),
      publisher: cell('source_publisher'),
    }),
    media: group({
      url: cell('media_url'),
      alt: cell('media_alt'),
      caption: cell('media_caption'),
      credit: cell('media_credit'),
    }),
  };
  // An empty cell is an absent field: the parser sees only what the row gives.
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return raw;
}

/**
 * The categories the rows name, in the order they first appear, each with the label and colour
 * of the first row that gives one; undefined when no row gives a label or a colour (then the
 * parser makes them from the events, as for JSON without `categories`).
 */
export function nativeCategories(cells: Cell[]): unknown {
  const found = new Map<string, { id: string; label?: string; color?: string }>();
  let described = false;
  for (const cell of cells) {
    const id = cell('category');
    if (id === undefined) continue;
    const category = found.get(id) ?? { id };
    found.set(id, category);
    category.label ??= cell('category_label');
    category.color ??= cell('category_color');
    described ||= category.label !== undefined || category.color !== undefined;
  }
  return described ? [...found.values()] : undefined;
}
