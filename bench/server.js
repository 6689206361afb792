// A tiny static server for the benchmark, on 127.0.0.1 and a free port: the repository's files,
// generated files held in memory (`routes`, by URL path), and folders from elsewhere (`mounts`).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The folder a URL path is served from, and the path within it. */
function locate(root, mounts, path) {
  for (const [prefix, folder] of mounts) {
    if (path.startsWith(prefix)) return { base: resolve(folder), rest: path.slice(prefix.length) };
  }
  return { base: resolve(root), rest: path };
}

/**
 * Starts the server. `routes` maps URL paths to `{ body: Buffer | string, type, headers? }`;
 * `mounts` maps URL prefixes ending in `/` to folders; anything else is a file under `root`.
 * Resolves to `{ url, close() }`.
 */
export function serve(root, routes = new Map(), mounts = new Map()) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const headers = { 'cache-control': 'no-store' };
    const route = routes.get(path);
    if (route) {
      res.writeHead(200, { ...headers, 'content-type': route.type, ...route.headers });
      res.end(route.body);
      return;
    }
    const { base, rest } = locate(root, mounts, path);
    const file = resolve(base, `./${rest}`);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        ...headers,
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
