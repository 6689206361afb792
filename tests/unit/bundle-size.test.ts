import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUNDLE = new URL('../../dist/event-timeline.js', import.meta.url);
const LIB = new URL('../../dist/lib/', import.meta.url);
const BUDGET = 70 * 1024;

/** Every file under a folder, with its path relative to it. */
function filesUnder(dir: URL, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** A module and every file it imports statically, recursively (dynamic import() left out). */
function firstLoad(file: URL, seen = new Set<string>()): URL[] {
  if (seen.has(file.href)) return [];
  seen.add(file.href);
  const text = readFileSync(file, 'utf8');
  const imported = [
    ...text.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'`](\.\/[^"'`]+)["'`]/g),
  ];
  return [file, ...imported.flatMap((m) => firstLoad(new URL(m[1] as string, file), seen))];
}

describe('the standalone bundle', () => {
  it('the first load (dist/event-timeline.js and the chunks it imports statically) is at most 70 KB gzip (zlib level 9), with lit and d3 inside', () => {
    // npm test builds before the unit tests; run `npm run build` first when running this alone.
    expect(existsSync(BUNDLE), 'dist/event-timeline.js exists (npm run build)').toBe(true);
    const bundle = readFileSync(BUNDLE);
    // A chunk the bundle imports statically (Rolldown may move shared modules into one) loads
    // with it, so it counts: only what is imported with import() loads later.
    const files = firstLoad(BUNDLE);
    const gzip = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
      0,
    );
    expect(
      gzip,
      `${(gzip / 1024).toFixed(1)} KB gzip in ${files.length} files`,
    ).toBeLessThanOrEqual(BUDGET);
    // Lit and d3 are inside, not imported: the bundle has no bare imports at all.
    expect(bundle.toString()).not.toMatch(/from\s*["'](lit|@lit|d3-)/);
  });

  it('dist/event-timeline.js defines <event-timeline> when imported', () => {
    expect(readFileSync(BUNDLE, 'utf8')).toMatch(
      /customElements\.define\(\s*["'`]event-timeline["'`]/,
    );
  });

  it('the table view and the TimelineJS and vis-timeline adapters are chunks beside it, loaded on first use', () => {
    const bundle = readFileSync(BUNDLE, 'utf8');
    const chunks = readdirSync(new URL('./', BUNDLE)).filter((f) => f.endsWith('.js'));
    for (const name of ['table-view', 'adapt-timelinejs', 'adapt-vis']) {
      const chunk = chunks.find((f) => f.startsWith(`${name}-`));
      expect(chunk, `dist/${name}-*.js`).toBeDefined();
      const imported = ['"', "'", '`'].some((q) => bundle.includes(`import(${q}./${chunk}${q})`));
      expect(imported, `the bundle imports ${chunk} when it is needed`).toBe(true);
    }
    // Their code is in the chunks only: the table's markup, the adapters' messages.
    for (const text of [
      'scope="col"',
      'every event needs a start_date',
      'every item needs a start',
    ]) {
      expect(bundle.includes(text), `"${text}" is not in the bundle`).toBe(false);
    }
  });
});

describe('the library build', () => {
  it('dist/lib keeps lit and every d3 module a bare import, for bundlers to share', () => {
    const files = filesUnder(LIB).filter((f) => f.endsWith('.js'));
    const imports = new Set(
      files.flatMap((f) =>
        [...readFileSync(new URL(f, LIB), 'utf8').matchAll(/from\s*["']([^"'.][^"']*)["']/g)].map(
          (m) => m[1] as string,
        ),
      ),
    );
    for (const name of ['lit', 'd3-scale', 'd3-time', 'd3-array', 'd3-zoom', 'd3-brush']) {
      expect([...imports], name).toContain(name);
    }
    // None of d3's own code is copied in: its modules are imported, never inlined.
    const text = files.map((f) => readFileSync(new URL(f, LIB), 'utf8')).join('\n');
    expect(text).not.toMatch(/function zoomIdentity|function brushX|function scaleLinear/);
  });
});
