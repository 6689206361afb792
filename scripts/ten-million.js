// npm run demo:10m: the "ten million events" page with everything it needs. Generates 10,000,000
// events (server/data/, kept out of git) unless they are there, starts the tile server on them
// (which ingests them into DuckDB the first time, with progress shown), then the demo server, and
// says where the page is. Ctrl+C stops both. `-- --events 1000000` makes a smaller source.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generate } from '../server/scripts/generate.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    seed: { type: 'string', default: '16' },
    port: { type: 'string', default: '8787' },
  },
});
const n = Number(values.events);
const folder = new URL('../server/data/', import.meta.url).pathname;
const data = `${folder}events-${n}-seed${values.seed}.parquet`;

if (!existsSync(data)) {
  mkdirSync(folder, { recursive: true });
  console.log(`generating ${n.toLocaleString('en-US')} events into ${data}`);
  let shown = -1;
  await generate(data, n, Number(values.seed), (done, total) => {
    const tenth = Math.floor((10 * done) / total);
    if (tenth === shown) return;
    shown = tenth;
    process.stdout.write(` ${tenth * 10}%`);
  });
  console.log('');
}

const children = [];
const run = (args) => {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => {
    if (code) {
      for (const other of children) other.kill();
      process.exit(code);
    }
  });
  return child;
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    process.exit(0);
  });
}

run(['server/bin/event-timeline-server.js', data, '--port', values.port]);
run(['scripts/start.js']);
console.log(
  '\n  the page: demo/ten-million.html on the demo server (its address is printed below)\n',
);
