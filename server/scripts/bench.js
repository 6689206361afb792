#!/usr/bin/env node
// npm run bench:server: the tile server against 10,000,000 generated events. Generates the file
// once (server/data/, kept out of git), ingests it afresh in a server process, then asks for 500
// random tiles across levels twice: cold (the first request of each) and warm (the same again).
// Prints ingest time, latency p50/p95 of each pass and the server's peak RSS, against the targets
// of issue 16, and the latency of 100 pages of events (events.json). With --clickhouse <url>, the
// server answers from that ClickHouse server (the file's DuckDB ingest copied there once) instead.
// Usage: node server/scripts/bench.js [--events 10000000] [--requests 500] [--seed 16] [--clickhouse url]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate, mulberry32 } from './generate.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    requests: { type: 'string', default: '500' },
    seed: { type: 'string', default: '16' },
    clickhouse: { type: 'string' },
  },
});
const n = Number(values.events);
const requests = Number(values.requests);
const seed = Number(values.seed);
const here = new URL('..', import.meta.url).pathname;
const data = resolve(here, 'data', `events-${n}-seed${seed}.parquet`);
const TARGETS = { coldP95: 100, warmP95: 5, rssMB: 2048 };

if (!existsSync(data)) {
  console.log(`generating ${n.toLocaleString('en-US')} events into ${data}`);
  const started = Date.now();
  await generate(data, n, seed, (done, total) => {
    if (done % (total / 10) < 20_000)
      process.stdout.write(`  ${Math.round((100 * done) / total)}%`);
  });
  console.log(`\n  generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Starts the server on the file, ingesting afresh; resolves once it listens. */
function startServer() {
  const bin = resolve(here, 'bin', 'event-timeline-server.js');
  const engine = values.clickhouse ? ['--clickhouse', values.clickhouse] : ['--reingest'];
  const child = spawn(process.execPath, [bin, data, ...engine, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((done, fail) => {
    const read = (chunk) => {
      log += chunk;
      const ingested = /ingested ([\d,]+) events in ([\d.]+) s/.exec(log);
      const listening = /meta: (http:\/\/127\.0\.0\.1:\d+)\/meta\.json/.exec(log);
      if ((ingested || values.clickhouse) && listening) {
        done({ child, base: listening[1], ingestSeconds: ingested ? Number(ingested[2]) : null });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      read(chunk);
    });
    child.on('exit', (code) => fail(new Error(`the server stopped (${code}):\n${log}`)));
  });
}

/** The start times of this many events of the file, drawn at random. */
async function sampleTimes(count) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const rows = await connection.runAndReadAll(
    `SELECT start FROM read_parquet('${data}') USING SAMPLE reservoir(${count} ROWS) REPEATABLE (${seed})`,
  );
  connection.closeSync();
  instance.closeSync();
  // The generator writes "YYYY-MM-DD" and "YYYY-MM-DDThh:mmZ", which Date.parse reads as UTC.
  return rows.getRows().map(([start]) => Date.parse(String(start)));
}

/** 500 distinct tiles across the levels the element uses: half where the data is, half anywhere. */
function chooseTiles(meta, times) {
  const random = mulberry32(seed);
  const tiles = new Map();
  const levels = meta.deepestLevel + 2;
  while (tiles.size < requests) {
    const z = Math.floor(random() * levels);
    const span = meta.baseSpan / 2 ** z;
    const t =
      random() < 0.5
        ? times[Math.floor(random() * times.length)]
        : meta.extent[0] + random() * (meta.extent[1] - meta.extent[0]);
    const x = Math.floor((t - meta.origin) / span);
    tiles.set(`${z}/${x}`, { z, x });
  }
  return [...tiles.values()];
}

async function timeAll(base, paths) {
  const times = [];
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(`${base}/${path}`);
    await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function peakRssMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const { child, base, ingestSeconds } = await startServer();
try {
  const meta = await (await fetch(`${base}/meta.json`)).json();
  const times = await sampleTimes(1000);
  const tiles = chooseTiles(meta, times);
  const paths = tiles.map(({ z, x }) => `${z}/${x}.json`);
  const cold = await timeAll(base, paths);
  const warm = await timeAll(base, paths);
  // Pages of 100 events after a random start, half of them within one category.
  const random = mulberry32(seed + 1);
  const pagePaths = times.slice(0, 100).map((t, i) => {
    const category = meta.categories[Math.floor(random() * meta.categories.length)].id;
    return `events.json?${i % 2 ? `categories=${category}&` : ''}after=${t}&limit=100`;
  });
  const pages = await timeAll(base, pagePaths);
  const rss = peakRssMB(child.pid);
  const ms = (v) => `${v.toFixed(1)} ms`;
  const verdict = (ok) => (ok ? 'meets' : 'MISSES');
  console.log(
    `\ntile server (${values.clickhouse ? `ClickHouse at ${values.clickhouse}` : 'DuckDB'}), ${meta.count.toLocaleString('en-US')} events, deepest summary level ${meta.deepestLevel}`,
  );
  if (ingestSeconds !== null) console.log(`  ingest: ${ingestSeconds.toFixed(1)} s`);
  console.log(
    `  cold, ${tiles.length} tiles over levels 0–${meta.deepestLevel + 1}: p50 ${ms(quantile(cold, 0.5))}, p95 ${ms(quantile(cold, 0.95))}, max ${ms(cold[cold.length - 1])} (${verdict(quantile(cold, 0.95) <= TARGETS.coldP95)} ≤ ${TARGETS.coldP95} ms)`,
  );
  console.log(
    `  warm, the same again: p50 ${ms(quantile(warm, 0.5))}, p95 ${ms(quantile(warm, 0.95))} (${verdict(quantile(warm, 0.95) <= TARGETS.warmP95)} ≤ ${TARGETS.warmP95} ms)`,
  );
  console.log(
    `  pages of 100 events (events.json), ${pages.length} cold: p50 ${ms(quantile(pages, 0.5))}, p95 ${ms(quantile(pages, 0.95))}`,
  );
  console.log(
    `  peak RSS of the server (ingest included): ${rss.toFixed(0)} MB (${verdict(rss <= TARGETS.rssMB)} ≤ ${TARGETS.rssMB} MB)`,
  );
} finally {
  child.kill('SIGTERM');
}
