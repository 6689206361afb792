// The ClickHouse engine against a ClickHouse server of its own, started here on loopback from
// Debian's clickhouse-server (skipped, saying so, on a machine without it): its tiles and pages
// equal the DuckDB engine's, which tiles.test.js checks against the brute force, and the brute
// force itself on some.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tileInterval } from '../../src/tiles/tile-math.ts';
import { generate } from '../scripts/generate.js';
import { openClickHouse, quote } from '../src/engines/clickhouse.js';
import { openSource } from '../src/open.js';
import { eventObject, tileDocument } from '../src/tiles.js';
import { bruteSummary, inOrder, readCsvEvents } from './oracle.js';

vi.setConfig({ testTimeout: 120_000 });

const SERVER = 'clickhouse-server';
const installed = spawnSync('sh', ['-c', `command -v ${SERVER}`]).status === 0;
if (!installed) console.warn(`${SERVER} is not installed: the ClickHouse engine is not tested`);

/** A free port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts clickhouse-server in `folder` (its data, logs and settings); resolves with its URL. */
async function startClickHouse(folder) {
  const [http, tcp] = [await freePort(), await freePort()];
  for (const sub of ['data', 'tmp']) mkdirSync(join(folder, sub), { recursive: true });
  writeFileSync(
    join(folder, 'users.xml'),
    `<?xml version="1.0"?><yandex>
  <profiles><default></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas></yandex>`,
  );
  writeFileSync(
    join(folder, 'config.xml'),
    `<?xml version="1.0"?><yandex>
  <logger><level>warning</level><log>${folder}/server.log</log><errorlog>${folder}/error.log</errorlog></logger>
  <http_port>${http}</http_port><tcp_port>${tcp}</tcp_port><listen_host>127.0.0.1</listen_host>
  <path>${folder}/data/</path><tmp_path>${folder}/tmp/</tmp_path>
  <users_config>${folder}/users.xml</users_config>
  <default_profile>default</default_profile><default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size></yandex>`,
  );
  const child = spawn(SERVER, [`--config-file=${folder}/config.xml`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${http}`;
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) throw new Error(`${SERVER} stopped (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/ping`)).ok) return { url, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${SERVER} did not answer on ${url} within 30 s`);
}

describe.skipIf(!installed)('the ClickHouse engine', () => {
  let folder;
  let clickhouse;
  let duck;
  let engine;
  let events;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'clickhouse-test-'));
    const csv = join(folder, 'events.csv');
    await generate(csv, 20_000, 11);
    events = readCsvEvents(csv);
    duck = await openSource(csv, { maxTileEvents: 1500 });
    clickhouse = await startClickHouse(join(folder, 'ch'));
    engine = await openClickHouse(`${csv}.duckdb`, { url: clickhouse.url, database: 'et_test' });
  }, 180_000);

  afterAll(async () => {
    await engine?.close();
    await duck?.close();
    clickhouse?.child.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const filters = [
    { words: [], categories: null },
    { words: ['damascus'], categories: null },
    { words: [], categories: ['c02', 'c09'] },
    { words: ["o'brien\\"], categories: null },
    { words: ['minister'], categories: ['c04'] },
  ];

  it('has what ingest recorded: the same count, extent and grid', () => {
    expect(engine.info).toEqual(duck.info);
    expect(engine.info.count).toBe(events.length);
  });

  it('answers every summary tile of levels 0–4 as the DuckDB engine does, under each filter', async () => {
    let compared = 0;
    for (const filter of filters) {
      for (let z = 0; z <= Math.min(4, engine.info.deepestLevel); z++) {
        for (let x = 0; x < 2 ** z; x++) {
          const expected = await tileDocument(duck, z, x, filter);
          expect(await tileDocument(engine, z, x, filter), `${z}/${x} ${filter.words}`).toEqual(
            expected,
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(filters.length * 31);
    // And the brute force, on one tile.
    const { info } = engine;
    const tile = await tileDocument(engine, 2, 1, filters[0]);
    const brute = bruteSummary(events, tileInterval(info, 2, 1), info.bins, info.k, {});
    expect(tile.count).toBe(brute.count);
    expect(
      tile.representatives.map((r) => ({ bin: r.bin, ids: r.events.map((e) => e.id) })),
    ).toEqual(brute.representatives);
  });

  it('answers event tiles, ranges in every tile they reach, as the DuckDB engine does', async () => {
    const z = engine.info.deepestLevel + 1;
    for (let x = 0; x < 2 ** z; x += 1) {
      expect(await tileDocument(engine, z, x, filters[0])).toEqual(
        await tileDocument(duck, z, x, filters[0]),
      );
    }
    for (const x of [0, 7, 2 ** z - 1]) {
      expect(await tileDocument(engine, z, x, filters[4])).toEqual(
        await tileDocument(duck, z, x, filters[4]),
      );
    }
  });

  it('pages through every event, forward and back, in the brute force’s order', async () => {
    const all = inOrder(events, {}).map((e) => e.id);
    const byId = new Map(events.map((e) => [e.id, e]));
    const walk = async (direction, filter) => {
      const ids = [];
      let key = null;
      for (;;) {
        const { events: page, more } = await engine.page(key, direction, 700, filter);
        const list = direction === 'after' ? page : [...page].reverse();
        ids.push(...list.map((e) => e.id));
        if (!more) return ids;
        const edge = list.at(-1);
        key = { start: byId.get(edge.id).s, id: edge.id };
      }
    };
    expect(await walk('after', filters[0])).toEqual(all);
    expect(await walk('before', filters[0])).toEqual([...all].reverse());
    const some = inOrder(events, { categories: ['c02', 'c09'] }).map((e) => e.id);
    expect(await walk('after', filters[2])).toEqual(some);
    // A time alone as the key, as the DuckDB engine reads it.
    const t = byId.get(all[9000]).s;
    for (const direction of ['after', 'before']) {
      const page = async (from) => {
        const { events: list, more } = await from.page({ start: t }, direction, 5, filters[1]);
        return { events: list.map(eventObject), more };
      };
      expect(await page(engine)).toEqual(await page(duck));
    }
  });

  it('writes text into its SQL as literals that cannot end early', () => {
    expect(quote("it's")).toBe("'it\\'s'");
    expect(quote('a\\')).toBe("'a\\\\'");
  });
});
