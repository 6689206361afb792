// Endpoints the loading tests need from a real server (mounted into web-test-runner's server):
//   /test-server/status/<code>        an HTTP error
//   /test-server/big?length=1         25 MB of JSON, paced, with or without a Content-Length header
//   /test-server/never                a response that starts and never ends
//   /test-server/slow?ms=…&events=…   a timeline after a delay
//   /test-server/stats                what the server saw: bytes sent, connections the client closed
//   /test-server/image?ms=…           a 4×3 PNG after a delay (missing=1: a 404 instead)
//   /test-server/generated?events=…   bench/generate.js data (seed=…; length=1 declares its size;
//                                     mbps=… paces it; id=… is recorded as for never)
//   /test-server/sheet?type=…&rows=…  a timeline in CSV (or TSV for tab-separated-values) under
//                                     that content type, with no .csv in its URL
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { generate } from '../bench/generate.js';

const MB = 1024 * 1024;
/** A 4×3 red PNG (made with zlib), for pictures that arrive late. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mM4YGAARww4OQAONg2BbpjkEAAAAABJRU5ErkJggg==',
  'base64',
);
const stats = { bigSent: 0, bigClosed: 0, neverClosed: 0, openedIds: [], closedIds: [] };

/** `rows` events as CSV or TSV: title, start, id; the last row's start is not a date. */
function sheet(rows, tab) {
  const lines = Array.from({ length: rows }, (_, i) => [
    `sheet-${i}`,
    `Row ${i + 2}`,
    i === rows - 1 ? '2024-13-45' : `${1000 + (i % 1000)}`,
  ]);
  return [['id', 'title', 'start'], ...lines]
    .map((cells) => cells.join(tab ? '\t' : ','))
    .join('\n');
}

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

/**
 * A worker's script is asked for by the URL the source names, `…/parse-worker.js`, which no file
 * has: the .ts beside it is served instead, compiled as the test files are.
 */
export async function workerScripts(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`.${path}`)) {
    const ts = path.replace(/\.js$/, '.ts');
    if (existsSync(`.${ts}`)) ctx.url = ctx.url.replace(path, ts);
  }
  return next();
}

/**
 * Generated datasets by "events/seed", made once: 100,000 events take a moment to write. The
 * bench's data gives every event a summary (28 MB at 100,000 events, over the 20 MB a src may
 * be); these keep the summary of every fourth event, about 15 MB at 100,000, as issue 12 has it.
 */
const generated = new Map();
function generatedBody(events, seed) {
  const key = `${events}/${seed}`;
  if (!generated.has(key)) {
    const data = generate(events, seed);
    data.events.forEach((event, i) => {
      if (i % 4 !== 0) delete event.summary;
    });
    generated.set(key, Buffer.from(JSON.stringify(data)));
  }
  return generated.get(key);
}

/** A body sent in 64 KB chunks, at `mbps` MB/s if given; stops when the client goes away. */
function streamed(ctx, body, mbps, id) {
  let gone = false;
  ctx.req.on('close', () => {
    gone = true;
    if (id) stats.closedIds.push(id);
  });
  return Readable.from(
    (async function* () {
      for (let at = 0; at < body.length && !gone; at += 64 * 1024) {
        yield body.subarray(at, at + 64 * 1024);
        if (mbps) await new Promise((resolve) => setTimeout(resolve, 64 / 1024 / (mbps / 1000)));
      }
    })(),
  );
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
  } else if (what === 'image') {
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 0)));
    if (url.searchParams.get('missing')) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'image/png';
    ctx.body = PNG;
  } else if (what === 'big') {
    stats.bigSent = 0;
    const total = 25 * MB;
    const chunk = 64 * 1024;
    ctx.type = 'application/json';
    if (url.searchParams.get('length')) ctx.length = total;
    ctx.req.on('close', () => {
      if (stats.bigSent < total) stats.bigClosed++;
    });
    // Paced: Firefox's and WebKit's network processes take a response as fast as it comes,
    // whether or not the page reads it (Chromium stops reading the socket instead), so a body
    // sent at full speed is all sent before the page, having read 20 MB, hangs up. About 10 MB/s
    // up to the 20 MB a timeline reads, then 2 MB/s: once the page is over its limit, the rest
    // takes 2.5 s, time enough for its hang-up to come through before the last byte.
    const perMs = (sent) => ((sent > 20 * MB ? 2 : 10) * MB) / 1000;
    let due = Date.now();
    ctx.body = Readable.from(
      (async function* () {
        while (stats.bigSent < total) {
          const bytes = Buffer.alloc(Math.min(chunk, total - stats.bigSent), ' ');
          if (stats.bigSent === 0) bytes.write('[');
          if (stats.bigSent + bytes.length === total) bytes.write(']', bytes.length - 1);
          stats.bigSent += bytes.length;
          yield bytes;
          // Never faster to catch up after a stall: a burst would undo the pace.
          due = Math.max(due, Date.now()) + bytes.length / perMs(stats.bigSent);
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
        }
      })(),
      // One chunk is held, and the next made only once the socket has taken it: bigSent is what
      // was handed to the network, not what waits in a queue for it.
      { objectMode: false, highWaterMark: chunk },
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
  } else if (what === 'generated') {
    const id = url.searchParams.get('id');
    if (id) stats.openedIds.push(id);
    const body = generatedBody(
      Number(url.searchParams.get('events') ?? 1000),
      Number(url.searchParams.get('seed') ?? 1),
    );
    ctx.type = 'application/json';
    if (url.searchParams.get('length')) ctx.length = body.length;
    ctx.body = streamed(ctx, body, Number(url.searchParams.get('mbps') ?? 0), id);
  } else if (what === 'sheet') {
    const type = url.searchParams.get('type') ?? 'text/csv';
    ctx.type = type;
    ctx.body = sheet(Number(url.searchParams.get('rows') ?? 3), type.includes('tab-separated'));
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
