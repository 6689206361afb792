// Endpoints the loading tests need from a real server (mounted into web-test-runner's server):
//   /test-server/status/<code>        an HTTP error
//   /test-server/big?length=1         25 MB of JSON, with or without a Content-Length header
//   /test-server/never                a response that starts and never ends
//   /test-server/slow?ms=…&events=…   a timeline after a delay
//   /test-server/stats                what the server saw: bytes sent, connections the client closed
import { Readable } from 'node:stream';

const MB = 1024 * 1024;
const stats = { bigSent: 0, bigClosed: 0, neverClosed: 0, openedIds: [], closedIds: [] };

function timeline(count, label) {
  return JSON.stringify({
    title: label,
    events: Array.from({ length: count }, (_, i) => ({
      id: `${label}-${i}`,
      title: `${label} ${i}`,
      start: `20${10 + i}`,
    })),
  });
}

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-server/')) return next();
  const [, , what, arg] = url.pathname.split('/');
  ctx.set('cache-control', 'no-store');
  if (what === 'stats') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(stats);
  } else if (what === 'status') {
    ctx.status = Number(arg);
    ctx.type = 'application/json';
    ctx.body = '{"error":"on purpose"}';
  } else if (what === 'big') {
    stats.bigSent = 0;
    const total = 25 * MB;
    const chunk = Buffer.alloc(64 * 1024, ' ');
    ctx.type = 'application/json';
    if (url.searchParams.get('length')) ctx.length = total;
    ctx.req.on('close', () => {
      if (stats.bigSent < total) stats.bigClosed++;
    });
    ctx.body = Readable.from(
      (async function* () {
        yield Buffer.from('[');
        while (stats.bigSent < total - 2) {
          stats.bigSent += chunk.length;
          yield chunk;
          // Paced, as a real network is, so what the client has not read is still unsent.
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        yield Buffer.from(']');
      })(),
    );
  } else if (what === 'never') {
    stats.openedIds.push(url.searchParams.get('id') ?? '');
    ctx.type = 'application/json';
    ctx.req.on('close', () => {
      stats.neverClosed++;
      stats.closedIds.push(url.searchParams.get('id') ?? '');
    });
    ctx.body = Readable.from(
      (async function* () {
        yield Buffer.from('{"events": [');
        // Nothing more, ever; the generator ends when the client goes away.
        await new Promise((resolve) => ctx.req.on('close', resolve));
      })(),
    );
  } else if (what === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 0)));
    ctx.type = 'application/json';
    ctx.body = timeline(
      Number(url.searchParams.get('events') ?? 1),
      url.searchParams.get('label') ?? 'slow',
    );
  } else {
    ctx.status = 404;
  }
}
