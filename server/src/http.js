// The HTTP side: routes, ETag and Cache-Control, CORS, errors as JSON, and an in-memory cache of
// recent answers (LRU, capped in bytes) so a warm tile costs a Map lookup.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { Gone, gate } from './gate.js';
import {
  metaDocument,
  pageBody,
  RequestError,
  readFilter,
  readPageRequest,
  readTileAddress,
  tileBody,
} from './tiles.js';

const TILE = /^\/(\d+|[^/]+)\/([^/]+)\.json$/;

/** An LRU of answer bodies by key, dropping the least recent past `maxBytes`. */
export class AnswerCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { body: string, etag: string }>} */
    this.entries = new Map();
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key, entry) {
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.body.length;
    }
  }
}

const etagOf = (body) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * The request handler of a tile server over `engine`.
 * @param {import('./engine.js').TileEngine} engine
 * @param {{ cacheBytes?: number, concurrency?: number }} [options] `concurrency`: tiles worked
 *   out at once (one per core by default)
 */
export function tileHandler(
  engine,
  { cacheBytes = 256 * 1024 * 1024, concurrency = availableParallelism() } = {},
) {
  const cache = new AnswerCache(cacheBytes);
  const turn = gate(Math.max(1, concurrency));
  /** Answers being worked out, by key: the same tile asked for twice is worked out once. */
  const working = new Map();
  const meta = JSON.stringify(metaDocument(engine));
  const metaEntry = { body: meta, etag: etagOf(meta) };

  async function answer(path, params, gone) {
    if (path === '/meta.json') return { ...metaEntry, cacheControl: 'no-cache' };
    const filter = readFilter(params);
    const which = `${filter.words.join(' ')}&${filter.categories?.join(',') ?? '*'}`;
    let key;
    let work;
    if (path === '/events.json') {
      const page = readPageRequest(params);
      key = `events?${page.direction}=${JSON.stringify(page.key)}&${page.limit}&${which}`;
      work = () => pageBody(engine, page, filter);
    } else {
      const match = TILE.exec(path);
      if (!match) {
        throw new RequestError(404, `${path} is not meta.json, events.json or a tile {z}/{x}.json`);
      }
      const { z, x } = readTileAddress(engine.info, match[1] ?? '', match[2] ?? '');
      key = `${z}/${x}?${which}`;
      work = () => tileBody(engine, z, x, filter);
    }
    let entry = cache.get(key);
    if (!entry) {
      let pending = working.get(key);
      if (pending) pending.clients.push(gone);
      else {
        // Dropped at its turn only if every client waiting for it has gone.
        const clients = [gone];
        const promise = turn(work, () => clients.every((left) => left())).finally(() =>
          working.delete(key),
        );
        pending = { promise, clients };
        working.set(key, pending);
      }
      const body = await pending.promise;
      entry = { body, etag: etagOf(body) };
      cache.set(key, entry);
    }
    return { ...entry, cacheControl: 'public, max-age=86400' };
  }

  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const headers = {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    };
    // A client that closed its request before the answer (a reader who zoomed on) has gone.
    let closed = false;
    response.on('close', () => {
      closed = !response.writableFinished;
    });
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify({ error: `${request.method} is not allowed: use GET` }));
        return;
      }
      const { body, etag, cacheControl } = await answer(
        url.pathname,
        url.searchParams,
        () => closed,
      );
      const done = { ...headers, ETag: etag, 'Cache-Control': cacheControl };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, done);
        response.end();
        return;
      }
      response.writeHead(200, { ...done, 'Content-Length': Buffer.byteLength(body) });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error instanceof Gone) return;
      const status = error instanceof RequestError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      response.writeHead(status, { ...headers, 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ error: message }));
    }
  };
}

/**
 * Serves `engine` on 127.0.0.1; resolves with the server once it listens.
 * @param {import('./engine.js').TileEngine} engine
 * @param {{ port?: number, cacheBytes?: number }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serveTiles(engine, { port = 0, cacheBytes } = {}) {
  const server = createServer(tileHandler(engine, { cacheBytes }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
