import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url);
const LIB = new URL('../../dist/lib/', import.meta.url);

/** The text of the one file in dist/ whose name starts with `name-`. */
function chunk(name: string): { file: string; text: string } {
  const file = readdirSync(DIST).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  expect(file, `dist/${name}-*.js (npm run build)`).toBeDefined();
  return { file: file as string, text: readFileSync(new URL(file as string, DIST), 'utf8') };
}

describe('the parse worker in the build', () => {
  it('is a file of its own beside the bundle, never a data: or blob: URL (a strict CSP refuses those)', () => {
    const worker = chunk('parse-worker');
    const client = chunk('parse-client');
    expect(client.text).toContain(`new URL(\`${worker.file}\`,import.meta.url)`);
    expect(client.text).not.toMatch(/["'`](data|blob):|createObjectURL/);
    // The worker is whole: it imports nothing from the bundle (only chunks of its own).
    expect(worker.text).not.toContain('event-timeline.js');
    expect(worker.text).toContain('postMessage');
  });

  it('is not part of the first load: the bundle imports the client only when a large src comes', () => {
    const bundle = readFileSync(new URL('event-timeline.js', DIST), 'utf8');
    const client = chunk('parse-client');
    expect(bundle).toContain(`import(\`./${client.file}\`)`);
    expect(bundle).not.toContain('new Worker');
    expect(bundle).not.toContain('parse-worker');
  });

  it('dist/lib keeps the form bundlers find a worker by, with the worker beside it', () => {
    const client = readFileSync(new URL('element/controllers/parse-client.js', LIB), 'utf8');
    const url = /new Worker\(new URL\('([^']+\.js)', import\.meta\.url\)/.exec(client)?.[1];
    expect(url).toBe('../../model/parse-worker.js');
    expect(existsSync(new URL(`element/controllers/${url}`, LIB))).toBe(true);
  });
});

describe('the search worker in the build', () => {
  it('is a file of its own beside the bundle, started from a chunk loaded on first search', () => {
    const worker = chunk('search-worker');
    const client = chunk('search-client');
    expect(client.text).toContain(`new URL(\`${worker.file}\`,import.meta.url)`);
    expect(client.text).not.toMatch(/["'`](data|blob):|createObjectURL/);
    expect(worker.text).not.toContain('event-timeline.js');
    const bundle = readFileSync(new URL('event-timeline.js', DIST), 'utf8');
    expect(bundle).not.toContain('search-worker');
    expect(bundle).not.toContain('search-client');
  });
});
