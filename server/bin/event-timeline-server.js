#!/usr/bin/env node
// event-timeline-server data.{json,csv,parquet}: ingests the file once into DuckDB (beside it),
// then serves its tiles (docs/tiles.md) on 127.0.0.1.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveTiles } from '../src/http.js';
import { openSource } from '../src/open.js';

const usage = `usage: event-timeline-server <data.json|.csv|.tsv|.parquet> [--port 8787] [--db file] [--reingest]
       [--clickhouse http://127.0.0.1:8123 [--database event_timeline]]

  --clickhouse  answer tiles from this ClickHouse server (18.16 or later) instead of DuckDB;
                the DuckDB file's tables are copied into its database the first time`;
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8787' },
      db: { type: 'string' },
      reingest: { type: 'boolean', default: false },
      clickhouse: { type: 'string' },
      database: { type: 'string', default: 'event_timeline' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help || positionals.length !== 1) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

/** Progress on one line in a terminal; each final line kept. */
function say(line, final = false) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K  ${line}${final ? '\n' : ''}`);
  else if (final) process.stderr.write(`  ${line}\n`);
}

const source = resolve(positionals[0]);
try {
  const engine = await openSource(source, {
    db: values.db && resolve(values.db),
    reingest: values.reingest,
    clickhouse: values.clickhouse,
    database: values.database,
    say,
  });
  const server = await serveTiles(engine, { port: Number(values.port) });
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  console.log(`\n  ${engine.info.count.toLocaleString('en-US')} events; meta: ${base}/meta.json`);
  console.log(
    `  <event-timeline tiles="${base}/{z}/{x}.json"></event-timeline>\n  (Ctrl+C stops it)`,
  );
  const stop = async () => {
    server.close();
    await engine.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`\n  event-timeline-server: ${error.message}`);
  process.exit(1);
}
