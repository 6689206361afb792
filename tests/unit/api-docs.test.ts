import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the build scripts
import { END, renderApi, START, withApi } from '../../scripts/api-docs.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the README API reference', () => {
  it('is exactly the tables custom-elements.json makes', () => {
    const readme = read('README.md');
    expect(withApi(readme, renderApi(JSON.parse(read('custom-elements.json'))))).toBe(readme);
  });

  it('lists every attribute, method, event and part the manifest declares', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const element = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { customElement?: boolean }) => d.customElement);
    const section = read('README.md').split(START)[1]?.split(END)[0] ?? '';
    for (const a of element.attributes) expect(section).toContain(`\`${a.name}\``);
    for (const m of element.members) expect(section).toContain(`\`${m.name}`);
    for (const e of element.events) expect(section).toContain(`\`${e.name}\``);
    for (const p of element.cssParts) expect(section).toContain(`\`${p.name}\``);
    expect(element.tagName).toBe('event-timeline');
  });
});
