/**
 * The client side of a tiled source (docs/tiles.md): reads `meta.json`, fetches the tiles a view
 * wants, aborts the ones it no longer wants, keeps answers in a cache capped in bytes (least
 * recently used out first), and retries a failed tile with backoff. No DOM: the element asks it
 * for tiles and hears when one arrives or fails; tests drive it with a fetch of their own.
 */
import { metaUrl, pageUrl, TILE_PROTOCOL_VERSION, tileUrl } from './tile-math.js';
import type { EventPage, Tile, TileMeta } from './types.js';

/** What narrows every tile: the search text and the categories shown (null: all). */
export interface TileFilter {
  q?: string;
  categories?: readonly string[] | null;
}

export interface TileLoaderOptions {
  /** The tile URL template, `…/{z}/{x}.json`. */
  template: string;
  /** Called when a tile arrives or fails, or the metadata does. */
  changed: () => void;
  fetch?: typeof fetch;
  /** The cache's cap, in bytes of tile text. */
  maxBytes?: number;
  /** Tries of a failed tile, the first included. */
  tries?: number;
  /** The wait before the second try, doubled for each after it. */
  backoffMs?: number;
}

/** A tile that could not be read: its URL, why, and whether it will be tried again. */
export interface TileFailure {
  url: string;
  message: string;
  tries: number;
  retrying: boolean;
}

interface Cached {
  tile: Tile;
  bytes: number;
}

const MB = 1024 * 1024;

/** Reads tiles for the element; one per tiled source. */
export class TileLoader {
  meta: TileMeta | null = null;
  /** Why the metadata could not be read, naming its URL. */
  metaError: string | null = null;
  /** Bytes of tile text the cache holds. */
  bytes = 0;
  /** Asks answered from the cache, and requests aborted (for the tests). */
  hits = 0;
  aborted = 0;
  private readonly cache = new Map<string, Cached>();
  private readonly pending = new Map<string, AbortController>();
  private readonly failures = new Map<string, TileFailure>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private wanted = new Set<string>();
  private metaAbort: AbortController | null = null;
  private readonly fetcher: typeof fetch;

  constructor(private readonly o: TileLoaderOptions) {
    this.fetcher = o.fetch ?? ((input, init) => fetch(input, init));
  }

  /** Reads `meta.json`; settles with it, or null when it could not be read (see metaError). */
  async loadMeta(): Promise<TileMeta | null> {
    this.metaAbort?.abort();
    const abort = new AbortController();
    this.metaAbort = abort;
    const url = metaUrl(this.o.template);
    try {
      const response = await this.fetcher(url, { signal: abort.signal });
      if (!response.ok) throw new Error(await statusMessage(response));
      const meta = (await response.json()) as TileMeta;
      const problem = checkMeta(meta);
      if (problem) throw new Error(problem);
      this.meta = meta;
      this.metaError = null;
    } catch (error) {
      if (abort.signal.aborted) return null;
      this.metaError = `The tiled source's metadata '${url}' could not be read: ${messageOf(error)}`;
    }
    this.o.changed();
    return this.meta;
  }

  /** The URL of tile `x` of level `z` under `filter`. */
  url(z: number, x: number, filter: TileFilter = {}): string {
    return tileUrl(this.o.template, z, x, filter);
  }

  /**
   * A page of events next to an event (docs/tiles.md, `events.json`); it throws with a message
   * naming the URL when the server cannot answer.
   */
  async page(
    key: { start: number; id: string } | null,
    direction: 'after' | 'before',
    limit: number,
    filter: TileFilter = {},
  ): Promise<EventPage> {
    const url = pageUrl(this.o.template, key, direction, limit, filter);
    try {
      const response = await this.fetcher(url);
      if (!response.ok) throw new Error(await statusMessage(response));
      const page = (await response.json()) as EventPage;
      if (page?.version !== TILE_PROTOCOL_VERSION || !Array.isArray(page.events)) {
        throw new Error('the answer is not a page of events of version 1');
      }
      return page;
    } catch (error) {
      throw new Error(`The page of events '${url}' could not be loaded: ${messageOf(error)}`);
    }
  }

  /**
   * The tiles a view wants now, by URL: those not cached are fetched, and requests for tiles no
   * longer wanted are aborted (their retries dropped too).
   */
  want(urls: readonly string[]): void {
    this.wanted = new Set(urls);
    for (const [url, abort] of this.pending) {
      if (this.wanted.has(url)) continue;
      abort.abort();
      this.pending.delete(url);
      this.aborted++;
    }
    for (const [url, timer] of this.timers) {
      if (this.wanted.has(url)) continue;
      clearTimeout(timer);
      this.timers.delete(url);
      this.failures.delete(url);
    }
    for (const url of urls) {
      if (this.cache.has(url)) {
        this.hits++;
        this.touch(url);
      } else if (!this.pending.has(url) && !this.failures.has(url)) {
        void this.request(url, 1);
      }
    }
  }

  /** A cached tile, or undefined. */
  get(url: string): Tile | undefined {
    return this.cache.get(url)?.tile;
  }

  /** Why a tile failed, or undefined. */
  failure(url: string): TileFailure | undefined {
    return this.failures.get(url);
  }

  /** Whether a tile is on its way. */
  loading(url: string): boolean {
    return this.pending.has(url) || this.timers.has(url);
  }

  /** Stops every request and retry (the element is gone, or its source changed). */
  close(): void {
    this.metaAbort?.abort();
    for (const abort of this.pending.values()) abort.abort();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.pending.clear();
    this.timers.clear();
    this.wanted.clear();
  }

  private async request(url: string, tries: number): Promise<void> {
    const abort = new AbortController();
    this.pending.set(url, abort);
    try {
      const response = await this.fetcher(url, { signal: abort.signal });
      if (!response.ok) throw new Error(await statusMessage(response));
      const text = await response.text();
      const tile = JSON.parse(text) as Tile;
      const problem = checkTile(tile);
      if (problem) throw new Error(problem);
      if (abort.signal.aborted) return;
      this.pending.delete(url);
      this.failures.delete(url);
      this.store(url, tile, text.length * 2);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.pending.delete(url);
      this.fail(url, tries, messageOf(error));
    }
    this.o.changed();
  }

  private fail(url: string, tries: number, message: string): void {
    const max = this.o.tries ?? 4;
    const retrying = tries < max && this.wanted.has(url);
    this.failures.set(url, { url, message, tries, retrying });
    if (!retrying) return;
    const wait = (this.o.backoffMs ?? 500) * 2 ** (tries - 1);
    this.timers.set(
      url,
      setTimeout(() => {
        this.timers.delete(url);
        if (!this.wanted.has(url)) return;
        void this.request(url, tries + 1);
      }, wait),
    );
  }

  private store(url: string, tile: Tile, bytes: number): void {
    this.cache.set(url, { tile, bytes });
    this.bytes += bytes;
    const cap = this.o.maxBytes ?? 48 * MB;
    // Oldest first; a tile the view wants now stays even over the cap.
    for (const [key, entry] of this.cache) {
      if (this.bytes <= cap) break;
      if (this.wanted.has(key)) continue;
      this.cache.delete(key);
      this.bytes -= entry.bytes;
    }
  }

  private touch(url: string): void {
    const entry = this.cache.get(url);
    if (!entry) return;
    this.cache.delete(url);
    this.cache.set(url, entry);
  }
}

async function statusMessage(response: Response): Promise<string> {
  let detail = '';
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') detail = `: ${body.error}`;
  } catch {
    // Not the protocol's JSON error: the status says enough.
  }
  return `HTTP ${response.status}${detail}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What is wrong with a metadata document, or null. */
function checkMeta(meta: unknown): string | null {
  if (!meta || typeof meta !== 'object') return 'it is not a JSON object';
  const m = meta as Partial<TileMeta>;
  if (m.version !== TILE_PROTOCOL_VERSION) {
    return `its version is ${JSON.stringify(m.version)}, and this element reads version ${TILE_PROTOCOL_VERSION}`;
  }
  for (const key of ['origin', 'baseSpan', 'tileSize', 'bins', 'deepestLevel', 'count'] as const) {
    if (!Number.isFinite(m[key])) return `'${key}' is not a number`;
  }
  if (!Array.isArray(m.extent) || m.extent.length !== 2) return `'extent' is not [start, stop]`;
  if (!Array.isArray(m.categories)) return `'categories' is not a list`;
  return null;
}

/** What is wrong with a tile document, or null. */
function checkTile(tile: unknown): string | null {
  if (!tile || typeof tile !== 'object') return 'the tile is not a JSON object';
  const t = tile as Partial<Tile>;
  if (t.version !== TILE_PROTOCOL_VERSION)
    return `the tile's version is ${JSON.stringify(t.version)}`;
  if (t.kind === 'summary') {
    return Array.isArray(t.lanes) && Array.isArray(t.representatives)
      ? null
      : `the summary tile has no 'lanes' or 'representatives' list`;
  }
  if (t.kind === 'events') return Array.isArray(t.events) ? null : `the tile has no 'events' list`;
  return `the tile's kind is ${JSON.stringify((t as { kind?: unknown }).kind)}`;
}
