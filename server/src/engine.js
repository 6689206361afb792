// The engine interface: what tiles.js needs from a store of events. One file per engine in
// engines/ (DuckDB, embedded, is the default); another store (ClickHouse, a warehouse) answers
// the same two questions with its own SQL.

/**
 * @typedef {object} TileFilter
 * @property {string[]} words words of `q` after `searchText`; every one must be in the event's search text
 * @property {string[] | null} categories ids of the categories shown, or null for all
 */

/**
 * An event as stored: the text fields of the JSON format, `extra` the JSON of any others.
 * @typedef {object} EventRow
 * @property {string} id
 * @property {string} title
 * @property {string} start_iso
 * @property {string | null} end_iso
 * @property {boolean} ongoing
 * @property {string} category
 * @property {number} importance
 * @property {string | null} summary
 * @property {string | null} description
 * @property {string | null} extra
 */

/**
 * Where a page of events begins: after (or before) the event with this start and id, or with no
 * id, from this time on (or before it).
 * @typedef {object} PageKey
 * @property {number} start ms
 * @property {string} [id]
 */

/**
 * @typedef {object} SummaryRows
 * @property {{ lane: number, first: number, last: number, n: number }[]} spans per lane (the
 *   category's place in `info.categories`), how many events overlap bins `first` to `last`
 * @property {(EventRow & { bin: number })[]} representatives up to k per owning bin, best first
 */

/**
 * @typedef {object} TileEngine
 * @property {object} info what ingest recorded: count, extent, grid, categories (meta.json)
 * @property {(interval: { start: number, end: number }, filter: TileFilter) => Promise<EventRow[]>} events
 *   every matching event overlapping [start, end), by start then id
 * @property {(interval: { start: number, end: number }, bins: number, k: number, filter: TileFilter) => Promise<SummaryRows>} summary
 * @property {(key: PageKey | null, direction: 'after' | 'before', limit: number, filter: TileFilter) => Promise<{ events: EventRow[], more: boolean }>} page
 *   up to `limit` matching events next to `key` (none: from the first or the last), by start then
 *   id; `more` when there are others beyond them
 * @property {(z: number, x: number) => Promise<string | null>} rendered a tile's JSON as rendered
 *   at ingest (levels 0 to `info.renderedLevels`, no filter), or null
 * @property {() => Promise<void>} close
 */

export {};
