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
 * @typedef {object} SummaryRows
 * @property {{ category: string, bin: number, step: number }[]} steps per category, +n where n
 *   events' first bin is `bin`, −n where n events' last bin is `bin − 1`
 * @property {(EventRow & { bin: number })[]} representatives up to k per owning bin, ranked
 */

/**
 * @typedef {object} TileEngine
 * @property {object} info what ingest recorded: count, extent, grid, categories (meta.json)
 * @property {(interval: { start: number, end: number }, filter: TileFilter) => Promise<EventRow[]>} events
 *   every matching event overlapping [start, end), by start then id
 * @property {(interval: { start: number, end: number }, bins: number, k: number, filter: TileFilter) => Promise<SummaryRows>} summary
 * @property {() => Promise<void>} close
 */

export {};
