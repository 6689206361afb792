import type { Header } from './csv-columns.js';
import { readDateCells } from './csv-dates.js';
import type { Cell } from './csv-native-rows.js';
import type { IssueLog } from './issue-log.js';
import type { FieldPaths } from './parse-event.js';
import { htmlField } from './text.js';

/** The TimelineJS column each native field is read from, for issue paths. */
const FIELD_COLUMNS: Record<string, string> = {
  title: 'headline',
  description: 'text',
  start: 'year',
  end: 'end year',
  category: 'group',
  media: 'media',
};

/** The paths of a TimelineJS row's fields: `row 14, Headline`, as the first row names it. */
export function timelineJsPaths(header: Header, row: string): FieldPaths {
  return (field) => {
    const column = header.index.get(FIELD_COLUMNS[field] ?? field);
    return `${row}, ${column === undefined ? field : header.names[column]}`;
  };
}

/** A column's name as the first row writes it, or the template's when it has no such column. */
function nameOf(header: Header, key: string, fallback: string): string {
  const column = header.index.get(key);
  return column === undefined ? fallback : (header.names[column] as string);
}

/** The start (or end) date of a TimelineJS row; see readDateCells. */
export function rowDate(
  header: Header,
  cell: Cell,
  row: string,
  log: IssueLog,
  end: boolean,
  severity: 'error' | 'warning' = 'error',
): string | null | undefined {
  const prefix = end ? 'end ' : '';
  const part = (key: string, name: string) => ({
    value: cell(prefix + key) ?? '',
    name: nameOf(header, prefix + key, (end ? 'End ' : '') + name),
  });
  const [year, month, day, time] = [
    part('year', 'Year'),
    part('month', 'Month'),
    part('day', 'Day'),
    part('time', 'Time'),
  ];
  return readDateCells(
    {
      year: year.value,
      month: month.value,
      day: day.value,
      time: time.value,
      names: { year: year.name, month: month.name, day: day.name, time: time.name },
    },
    row,
    log,
    severity,
  );
}

/** The Media columns as a media object; undefined when there is no Media URL. */
export function rowMedia(cell: Cell): Record<string, string> | undefined {
  const url = cell('media');
  if (url === undefined) return undefined;
  const media: Record<string, string> = { url };
  const caption = cell('media caption');
  const credit = cell('media credit');
  if (caption !== undefined) media.caption = String(htmlField(caption));
  if (credit !== undefined) media.credit = String(htmlField(credit));
  return media;
}

/** A TimelineJS row's text fields: HTML there, plain text here. */
export function rowText(cell: Cell): { title: unknown; description: unknown } {
  return { title: htmlField(cell('headline') ?? ''), description: htmlField(cell('text') ?? '') };
}
