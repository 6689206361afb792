import type { ParseResult } from './types.js';

/** The content types of spreadsheet text: `text/csv`, `text/tab-separated-values`. */
export const CSV_TYPES = /^\s*text\/(csv|tab-separated-values)\b/i;

/** A `src` whose path ends in .csv or .tsv, its query and hash aside. */
export function isCsvUrl(url: string): boolean {
  return /\.(csv|tsv)$/i.test(url.replace(/[?#].*$/, ''));
}

/**
 * Text whose first line is a spreadsheet's column names: it does not open as JSON does (`{`, `[`,
 * `"`) and its first line holds a comma, a semicolon or a tab.
 */
export function looksLikeCsv(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*[[{"]/.test(body)) return false;
  return /[,;\t]/.test(/^[^\r\n]*/.exec(body)?.[0] ?? '');
}

export type CsvParser = (text: string) => ParseResult;

let parser: CsvParser | null = null;
let loading: Promise<CsvParser> | null = null;

/** The CSV reader once it has loaded, else null. */
export function loadedCsvParser(): CsvParser | null {
  return parser;
}

/**
 * Loads the CSV reader (with d3-dsv) on first use, as the TimelineJS and vis adapters load: pages
 * that never give a spreadsheet never carry it.
 */
export function loadCsvParser(): Promise<CsvParser> {
  loading ??= import('./adapt-csv.js').then(
    (m) => {
      parser = m.parseCsv;
      return m.parseCsv;
    },
    (error: unknown) => {
      // A chunk that failed to arrive (offline, say) is asked for again next time.
      loading = null;
      throw error;
    },
  );
  return loading;
}
