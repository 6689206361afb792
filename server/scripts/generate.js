#!/usr/bin/env node
// Writes N seeded, realistic events for the tile server: bursty in time (news clusters around
// moments), 20 categories of uneven size, 5% ranges, titles of about 40 characters, importance
// 1–3. The same seed and N always give the same file.
// Usage: node server/scripts/generate.js [--events N] [--seed S] [--out server/data/events.parquet]
// A .parquet output is written through DuckDB from a CSV written first (Parquet ingests fastest).
import { once } from 'node:events';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.UTC(1900, 0, 1);
const END = Date.UTC(2030, 0, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const CATEGORY_COUNT = 20;

const SUBJECTS = (
  'Minister Parliament Council Court Army Navy Union Bank Senate Cabinet Mayor Governor Envoy ' +
  'Rebels Police Museum Orchestra League Observatory Hospital Port Railway Airline Refinery'
).split(' ');
const VERBS = (
  'announces rejects approves delays opens closes signs suspends extends launches reviews ' +
  'expands cancels confirms restores'
).split(' ');
const OBJECTS = (
  'budget treaty lease reform ceasefire tariff inquiry strike exhibition season pipeline ' +
  'harbour expansion vaccine programme satellite launch border talks grain deal election date'
).split(' ');
const PLACES = (
  'Damascus Moscow Tartus Latakia Aleppo Geneva Vienna Lisbon Oslo Cairo Ankara Tehran Beirut ' +
  'Amman Baghdad Riyadh Doha Dubai Kyiv Warsaw Prague Madrid Dakar Lagos Nairobi Quito Lima'
).split(' ');

const TAILS = (
  'again|early|after talks|for winter|at last|under pressure|on Monday|by vote|for now|' +
  'in full|without notice|ahead of talks|for a year'
).split('|');

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** A standard normal deviate (Box–Muller). */
function normal(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Bursts: moments the news crowds around, each with a width, a weight and a favourite category. */
function makeBursts(random, count) {
  const bursts = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    // Pareto weights: a few bursts are huge, most are small.
    total += 1 / (1 - random()) ** 0.7;
    bursts.push({
      at: START + random() * (END - START),
      width: HOUR * Math.exp(Math.log(6) + random() * Math.log(4 * 90)),
      category: Math.floor(random() * CATEGORY_COUNT),
      cumulative: total,
    });
  }
  return { bursts, total };
}

function burstAt(bursts, total, random) {
  const target = random() * total;
  let lo = 0;
  let hi = bursts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bursts[mid].cumulative < target) lo = mid + 1;
    else hi = mid;
  }
  return bursts[lo];
}

const isoMinute = (ms) => `${new Date(ms).toISOString().slice(0, 16)}Z`;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const categoryId = (i) => `c${String(i + 1).padStart(2, '0')}`;

/** One event as a CSV line: id,title,start,end,category,importance. */
function eventLine(random, burstsOf, i) {
  const { bursts, total } = burstsOf;
  let time;
  let category = Math.floor(random() ** 2 * CATEGORY_COUNT);
  if (random() < 0.3) {
    time = START + random() * (END - START);
  } else {
    const burst = burstAt(bursts, total, random);
    time = burst.at + normal(random) * burst.width;
    if (random() < 0.6) category = burst.category;
  }
  time = Math.min(END - DAY, Math.max(START, Math.round(time / 60_000) * 60_000));
  const dayPrecise = random() < 0.2;
  const start = dayPrecise ? isoDay(time) : isoMinute(time);
  let end = '';
  if (random() < 0.05) {
    // Ranges from a few hours to twenty years, a month at the median.
    const length = Math.min(
      20 * 365 * DAY,
      Math.max(4 * HOUR, 30 * DAY * Math.exp(normal(random) * 1.6)),
    );
    const stop = Math.min(END - 1, time + length);
    end = dayPrecise || length > 2 * DAY ? isoDay(stop) : isoMinute(stop);
    if (end < start || end === start) end = '';
  }
  const title = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} in ${pick(random, PLACES)} ${pick(random, TAILS)}`;
  const r = random();
  const importance = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
  return `e${i},${title},${start},${end},${categoryId(category)},${importance}\n`;
}

/** Writes `n` events as CSV to `path`, reporting progress on stderr. */
export async function writeEventsCsv(path, n, seed, progress = () => {}) {
  const random = mulberry32(seed);
  const burstsOf = makeBursts(random, 3000);
  const out = createWriteStream(path);
  out.write('id,title,start,end,category,importance\n');
  const batch = 20_000;
  for (let i = 0; i < n; i += batch) {
    let text = '';
    for (let j = i; j < Math.min(n, i + batch); j++) text += eventLine(random, burstsOf, j);
    if (!out.write(text)) await once(out, 'drain');
    progress(Math.min(n, i + batch), n);
  }
  out.end();
  await once(out, 'finish');
}

/** Writes `n` events to a .csv or .parquet file. */
export async function generate(path, n, seed, progress) {
  mkdirSync(dirname(path), { recursive: true });
  if (!path.endsWith('.parquet')) return writeEventsCsv(path, n, seed, progress);
  const csv = `${path}.tmp.csv`;
  await writeEventsCsv(csv, n, seed, progress);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const quote = (s) => `'${s.replaceAll("'", "''")}'`;
  await connection.run(
    `COPY (SELECT * FROM read_csv(${quote(csv)}, header = true, all_varchar = true))
     TO ${quote(path)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  connection.closeSync();
  instance.closeSync();
  rmSync(csv);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000000' },
      seed: { type: 'string', default: '16' },
      out: { type: 'string', default: 'server/data/events.parquet' },
    },
  });
  const n = Number(values.events);
  const path = resolve(values.out);
  const started = Date.now();
  let shown = 0;
  await generate(path, n, Number(values.seed), (done, total) => {
    if (done - shown >= total / 20 || done === total) {
      shown = done;
      process.stderr.write(
        `\r  generating: ${Math.round((100 * done) / total)}% of ${total.toLocaleString('en-US')} events`,
      );
    }
  });
  process.stderr.write(`\n  wrote ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
