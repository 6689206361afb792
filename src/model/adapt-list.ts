import type { IssueLog } from './issue-log.js';
import type { NativeInput } from './native.js';
import { parseInput } from './parse-input.js';
import type { ParseResult } from './types.js';

/**
 * One item of a list of events in the page's own markup (read by controllers/read-list.ts):
 * the date or dates of its `<time>` elements, its `<strong>` title, the rest of its text, its
 * `data-*` attributes and its links.
 */
export interface ListItem {
  /** Each `<time>`'s `datetime`, or its text where it has none. */
  times: string[];
  /** The `<strong>`'s text, or null where there is none. */
  title: string | null;
  /** The item's other text. */
  summary: string;
  /** `data-*` attributes by name without `data-` (`category`, `importance`). */
  data: Record<string, string>;
  links: { url: string; text: string }[];
}

/** The events of a list: the list's label (its title), and its items. */
export interface ListInput {
  title: string;
  items: ListItem[];
}

/** Where a field of an item comes from, to name it in an issue: "list item 3, <time>". */
const FIELD_NAMES: Record<string, string> = {
  start: '<time>',
  end: 'second <time>',
  title: '<strong>',
  summary: 'text',
  sources: '<a>',
  id: 'data-id',
  category: 'data-category',
  importance: 'data-importance',
  certainty: 'data-certainty',
  ongoing: 'data-ongoing',
  approximate: 'data-approximate',
};

/** The attributes an item's data-* may set; others are ignored with a warning. */
const DATA_FIELDS = ['id', 'category', 'importance', 'certainty', 'ongoing', 'approximate'];

/** A flag attribute: present (empty) or `true` is true, `false` false; other text as it is. */
function flag(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  return value === '' || value === 'true' ? true : value === 'false' ? false : value;
}

/**
 * Brings a list of events written as HTML to the native shape, for the parser to check as it
 * checks JSON: one `<time>` is a point, two a range, `<strong>` the title, the rest of the text
 * the summary, links the sources, and `data-id`, `data-category`, `data-importance`,
 * `data-certainty`, `data-ongoing` and `data-approximate` those fields. Issues name the item by its place in the list.
 */
export function adaptList(input: ListInput, log: IssueLog): NativeInput {
  const events = input.items.map((item, i) => {
    const path = `list item ${i + 1}`;
    const at = (field: string) => `${path}, ${FIELD_NAMES[field] ?? field}`;
    if (item.times.length > 2) {
      log.warn(`${path}, <time>`, `${item.times.length} <time> elements: the first two are read`);
    }
    for (const name of Object.keys(item.data)) {
      if (!DATA_FIELDS.includes(name)) {
        log.warn(
          `${path}, data-${name}`,
          `data-${name} is not read (${DATA_FIELDS.map((f) => `data-${f}`).join(', ')} are)`,
        );
      }
    }
    const { id, category, importance, certainty, ongoing, approximate } = item.data;
    const raw = {
      id,
      title: item.title ?? undefined,
      start: item.times[0],
      end: item.times[1],
      category,
      summary: item.summary || undefined,
      // A number, or the text as it is, for the parser to say why it is not one.
      importance:
        importance !== undefined && /^\s*\d+\s*$/.test(importance)
          ? Number(importance)
          : importance,
      certainty,
      ongoing: flag(ongoing),
      approximate: flag(approximate),
      sources: item.links.map((link) => ({ title: link.text || link.url, url: link.url })),
    };
    return { raw, path, at };
  });
  return { title: input.title, description: '', categories: undefined, events, eras: [] };
}

/** Parses a list of events, with every check the JSON gets. */
export function parseList(input: ListInput): ParseResult {
  // parseInput reads a list of items through its `vis` adapter: the list is handed over there.
  return parseInput([], { vis: (_items, log) => adaptList(input, log) });
}
