// The options of `npm run bench`, parsed from its arguments. Pure: throws a UsageError on a bad one.

export const PEERS = ['vis', 'timelines-chart', 'timelinejs'];

export const USAGE = `usage: npm run bench -- [options]
  --sizes=10000,100000,1000000   events per dataset (8 categories)
  --search=100000,1000000        events per dataset where search and the category filter are timed
  --no-search                    without them
  --search-only                  only them: no other dataset, no peer
  --tiles=<template>             also zoom a tiled source from all its events to one day and back
                                 (e.g. http://127.0.0.1:8787/{z}/{x}.json from npm run tiles:serve)
  --tiles-only                   only that (with --tiles)
  --lanes=10000:3000             also a dataset of 10,000 events in 3,000 categories (the default)
  --no-lanes                     without it
  --runs=5                       runs per library and dataset; the figures are their medians
  --peers=vis,timelines-chart,timelinejs   the peers run beside <event-timeline>
  --no-peers                     none
  --bundle=<path>                measure another build of the standalone bundle (not built)
  --no-build                     measure dist/event-timeline.js as it is
  --timeout=90                   seconds <event-timeline>'s data→render may take
  --cap=60                       seconds a peer's data→render may take (then: did not finish)
  --out=<path>                   where the results go (bench/results/latest.json)
  --readme                       write the tables into README.md
  --check                        exit 1 when a target fails`;

export class UsageError extends Error {}

const count = (text) => Number(String(text).replace(/_/g, ''));

/** The options `argv` asks for, over the defaults. */
export function parseOptions(argv) {
  const o = {
    sizes: [10_000, 100_000, 1_000_000],
    search: [100_000, 1_000_000],
    lanes: { events: 10_000, categories: 3000 },
    tiles: null,
    runs: 5,
    peers: [...PEERS],
    bundle: null,
    build: true,
    timeout: 90,
    cap: 60,
    out: 'bench/results/latest.json',
    readme: false,
    check: false,
  };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split(/=(.*)/s);
    if (key === 'sizes') o.sizes = value.split(',').map(count);
    else if (key === 'search') o.search = value.split(',').map(count);
    else if (key === 'no-search') o.search = [];
    else if (key === 'search-only') Object.assign(o, { sizes: [], lanes: null, peers: [] });
    else if (key === 'tiles') o.tiles = value;
    else if (key === 'tiles-only')
      Object.assign(o, { sizes: [], search: [], lanes: null, peers: [] });
    else if (key === 'lanes') {
      const [events, categories] = value.split(':').map(count);
      o.lanes = { events, categories };
    } else if (key === 'no-lanes') o.lanes = null;
    else if (key === 'runs') o.runs = Number(value);
    else if (key === 'peers') o.peers = value ? value.split(',') : [];
    else if (key === 'no-peers') o.peers = [];
    else if (key === 'bundle') o.bundle = value;
    else if (key === 'no-build') o.build = false;
    else if (key === 'timeout') o.timeout = Number(value);
    else if (key === 'cap') o.cap = Number(value);
    else if (key === 'out') o.out = value;
    else if (key === 'readme') o.readme = true;
    else if (key === 'check') o.check = true;
    else throw new UsageError(`bench: unknown option '${arg}'`);
  }
  check(o);
  if (o.bundle) o.build = false;
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  o.search = [...new Set(o.search)].sort((a, b) => a - b);
  return o;
}

const positive = (x) => Number.isInteger(x) && x > 0;

function check(o) {
  if (!o.sizes.every(positive) || !o.search.every(positive))
    throw new UsageError('bench: --sizes and --search take positive integers');
  if (!o.sizes.length && !o.search.length && !o.tiles)
    throw new UsageError('bench: nothing to measure');
  if (o.tiles !== null && !/\{z\}.*\{x\}/.test(o.tiles))
    throw new UsageError('bench: --tiles takes a tile URL template with {z} and {x}');
  if (o.lanes && !(positive(o.lanes.events) && positive(o.lanes.categories)))
    throw new UsageError('bench: --lanes takes <events>:<categories>, both positive integers');
  if (!positive(o.runs)) throw new UsageError('bench: --runs takes a positive integer');
  if (!(o.timeout > 0) || !(o.cap > 0))
    throw new UsageError('bench: --timeout and --cap take positive numbers of seconds');
  const unknown = o.peers.filter((p) => !PEERS.includes(p));
  if (unknown.length)
    throw new UsageError(`bench: unknown peer '${unknown[0]}' (known: ${PEERS.join(', ')})`);
  if (o.bundle === '') throw new UsageError('bench: --bundle takes a path');
  if (o.out === '') throw new UsageError('bench: --out takes a path');
}
