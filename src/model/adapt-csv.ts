import { dsvFormat } from 'd3-dsv';
import { type Header, readHeader, unknownHeaderMessage } from './csv-columns.js';
import { type Cell, nativeCategories, nativeEvent, nativePaths } from './csv-native-rows.js';
import { rowDate, rowMedia, rowText, timelineJsPaths } from './csv-timelinejs-rows.js';
import { IssueLog } from './issue-log.js';
import type { NativeInput } from './native.js';
import { parseInput } from './parse-input.js';
import type { Issue, ParseResult } from './types.js';

/** Native input with the timeline's own media, which TimelineJS's title row may give. */
export type CsvInput = NativeInput & { media?: unknown };

/**
 * The delimiter a spreadsheet saved the file with, from its first line (outside quotes): a tab,
 * or a semicolon where there are more of them than commas (European spreadsheets write those,
 * since their decimal mark is the comma), or a comma.
 */
export function sniffDelimiter(text: string): '\t' | ';' | ',' {
  const line = /^[^\r\n]*/.exec(text.replace(/"[^"]*"/g, ''))?.[0] ?? '';
  const count = (c: string) => line.split(c).length - 1;
  if (count('\t') > 0) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

/** The rows of CSV or TSV text, its byte-order mark gone; quoted cells may hold line breaks. */
export function readCsvRows(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return dsvFormat(sniffDelimiter(body)).parseRows(body);
}

/** A row's cells by column key, trimmed; an empty cell is no cell. */
function cellsOf(header: Header, cells: string[]): Cell {
  return (key) => {
    const index = header.index.get(key);
    const value = index === undefined ? undefined : cells[index]?.trim();
    return value ? value : undefined;
  };
}

/**
 * Brings a spreadsheet timeline to the native shape. Paths name the row as the spreadsheet
 * numbers it (its first row, the column names, is row 1) and the column as that row names it:
 * `row 14, End Year`. Rows whose dates are not dates are skipped with an error; the others are
 * kept for the parser to check.
 */
export function adaptCsv(text: string, log: IssueLog): CsvInput {
  const input: CsvInput = {
    title: '',
    description: '',
    categories: undefined,
    events: [],
    eras: [],
  };
  const [first = [], ...rows] = readCsvRows(text);
  const header = readHeader(first);
  if (!header) {
    log.add('row 1', unknownHeaderMessage(first));
    return input;
  }
  for (const i of header.unknown) {
    const name = header.names[i];
    if (name) log.warn(`row 1, ${name}`, 'is not a column this timeline reads; it is ignored');
  }
  const cells: Cell[] = [];
  rows.forEach((row, i) => {
    const path = `row ${i + 2}`;
    // Spreadsheets save the blank rows under a table too.
    if (row.every((value) => !value.trim())) return;
    if (row.length !== first.length) {
      log.warn(
        path,
        `has ${row.length} cells, and row 1 names ${first.length} columns; the cells that are there are read`,
      );
    }
    const cell = cellsOf(header, row);
    cells.push(cell);
    if (header.set === 'native') {
      input.events.push({ raw: nativeEvent(cell), path, at: nativePaths(header, path) });
    } else addTimelineJsRow(input, header, cell, path, log);
  });
  if (header.set === 'native') input.categories = nativeCategories(cells);
  return input;
}

/** A TimelineJS row: the title slide, an era, or an event. */
function addTimelineJsRow(
  input: CsvInput,
  header: Header,
  cell: Cell,
  path: string,
  log: IssueLog,
): void {
  const type = cell('type')?.toLowerCase();
  const { title, description } = rowText(cell);
  if (type === 'title') {
    input.title = title;
    input.description = description;
    input.media = rowMedia(cell);
    return;
  }
  if (type === 'era') {
    const start = rowDate(header, cell, path, log, false, 'warning');
    const end = rowDate(header, cell, path, log, true, 'warning');
    input.eras.push({ raw: { title, start, end }, path });
    return;
  }
  const at = timelineJsPaths(header, path);
  const start = rowDate(header, cell, path, log, false);
  const end = rowDate(header, cell, path, log, true);
  if (start === undefined) log.add(at('start'), 'every event needs a year');
  if (!start || end === null) {
    input.events.push({ raw: null, path, skip: true });
    return;
  }
  const raw = { title, description, start, end, category: cell('group'), media: rowMedia(cell) };
  input.events.push({ raw, path, at });
}

const ROW = /^row (\d+)/;

/** Issues in the order of the rows they name; those about no row (the whole sheet) first. */
function inRowOrder(issues: Issue[]): Issue[] {
  const row = (issue: Issue) => Number(ROW.exec(issue.path)?.[1] ?? 0);
  return issues
    .map((issue, i) => ({ issue, i, row: row(issue) }))
    .sort((a, b) => a.row - b.row || a.i - b.i)
    .map(({ issue }) => issue);
}

/**
 * Parses a spreadsheet timeline (CSV or TSV text) into a model, as parseTimeline does JSON.
 * parseInput reads a list through its `vis` adapter; the CSV is handed to it in that slot, so the
 * native parser checks every row as it checks every adapted event.
 */
export function parseCsv(text: string): ParseResult {
  const result = parseInput([], { vis: (_items, log) => adaptCsv(text, log) });
  return { model: result.model, issues: inRowOrder(result.issues) };
}

/** adaptCsv with its own log, for tests and callers that want the raw rows. */
export function readCsv(text: string): { input: CsvInput; issues: Issue[] } {
  const log = new IssueLog();
  const input = adaptCsv(text, log);
  return { input, issues: log.issues };
}
