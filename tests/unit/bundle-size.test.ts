import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUNDLE = new URL('../../dist/event-timeline.js', import.meta.url);
const BUDGET = 40 * 1024;

describe('the standalone bundle', () => {
  it('dist/event-timeline.js is at most 40 KB gzip, with lit inside', () => {
    // npm test builds before the unit tests; run `npm run build` first when running this alone.
    expect(existsSync(BUNDLE), 'dist/event-timeline.js exists (npm run build)').toBe(true);
    const bundle = readFileSync(BUNDLE);
    const gzip = gzipSync(bundle, { level: 9 }).length;
    expect(gzip, `${(gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGET);
    // Lit is inside, not imported: the bundle has no bare imports at all.
    expect(bundle.toString()).not.toMatch(/from\s*["'](lit|@lit)/);
  });

  it('dist/event-timeline.js defines <event-timeline> when imported', () => {
    expect(readFileSync(BUNDLE, 'utf8')).toMatch(
      /customElements\.define\(\s*["']event-timeline["']/,
    );
  });
});
