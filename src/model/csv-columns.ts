import { quoteValue } from './describe-value.js';

/** The two sets of columns a spreadsheet timeline may have, told apart by its first row. */
export type ColumnSet = 'native' | 'timelinejs';

/** The timeline's own columns: the native fields, with a source and media flattened. */
export const NATIVE_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'category',
  'summary',
  'description',
  'importance',
  'certainty',
  'approximate',
  'ongoing',
  'source_title',
  'source_url',
  'media_url',
  'media_alt',
  'media_caption',
  'media_credit',
] as const;

/** Columns beyond the list that carry what the JSON has and the list cannot hold. */
export const NATIVE_EXTRA_COLUMNS = [
  'source_publisher',
  'quote',
  'quote_by',
  'category_label',
  'category_color',
] as const;

/** TimelineJS3's Google Sheets template, its columns as the template writes them. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** A recognised first row: its set, and for each known column its index and name as written. */
export interface Header {
  set: ColumnSet;
  /** Index of each known column, by its key (`start`, `end year`). */
  index: Map<string, number>;
  /** Each column's name as the first row writes it, trimmed, for issue paths. */
  names: string[];
  /** Indexes of columns neither set knows. */
  unknown: number[];
}

/** A column's name with case, and spaces around and inside it, forgiven: `End  Year` → `end year`. */
export function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

const NATIVE_KEYS = new Set<string>([...NATIVE_COLUMNS, ...NATIVE_EXTRA_COLUMNS]);
const TIMELINEJS_KEYS = new Set<string>(TIMELINEJS_COLUMNS.map(columnKey));

/**
 * Which set the first row names: the native one needs `title` and `start` (written `source title`
 * or `source_title` alike), TimelineJS's `Year` and `Headline`. Null when it is neither.
 */
export function readHeader(cells: string[]): Header | null {
  const names = cells.map((cell) => cell.trim());
  const keys = names.map(columnKey);
  const nativeKeys = keys.map((key) => key.replace(/ /g, '_'));
  const set: ColumnSet | null =
    nativeKeys.includes('title') && nativeKeys.includes('start')
      ? 'native'
      : keys.includes('year') && keys.includes('headline')
        ? 'timelinejs'
        : null;
  if (!set) return null;
  const known = set === 'native' ? NATIVE_KEYS : TIMELINEJS_KEYS;
  const index = new Map<string, number>();
  const unknown: number[] = [];
  (set === 'native' ? nativeKeys : keys).forEach((key, i) => {
    // The first of two columns of one name is read.
    if (known.has(key) && !index.has(key)) index.set(key, i);
    else if (!known.has(key)) unknown.push(i);
  });
  return { set, index, names, unknown };
}

/** The message for a first row that names neither set. */
export function unknownHeaderMessage(cells: string[]): string {
  const shown = cells.slice(0, 8).map((cell) => quoteValue(cell.trim()));
  const found = shown.join(', ') + (cells.length > 8 ? ', …' : '');
  return (
    `the first row must name the columns, either the timeline's own (${NATIVE_COLUMNS.join(', ')}; ` +
    `title and start are needed) or those of TimelineJS's spreadsheet template ` +
    `(${TIMELINEJS_COLUMNS.join(', ')}; Year and Headline are needed), not ${found}`
  );
}
