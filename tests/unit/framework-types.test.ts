import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the build scripts
import { breakExample, parseErrors } from '../../scripts/check-frameworks.js';
// @ts-expect-error: a plain JavaScript module of the build scripts
import { manifestForTypes } from '../../scripts/framework-types.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

type Member = { name: string; readonly?: boolean };
type Declaration = { members: Member[]; events: { name: string; type: { text: string } }[] };
const element = (manifest: { modules: { declarations?: Declaration[] }[] }) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.events?.length) as Declaration;

describe('manifestForTypes(manifest)', () => {
  const manifest = JSON.parse(read('custom-elements.json'));

  it('drops the read-only fields, which a page cannot set', () => {
    const names = element(manifestForTypes(manifest)).members.map((m) => m.name);
    expect(names).toContain('data');
    expect(names).not.toContain('events');
    expect(names).not.toContain('issues');
  });

  it("gives each event its detail's type, and leaves the manifest as it was", () => {
    const types = element(manifestForTypes(manifest)).events.map((e) => e.type.text);
    expect(types).toContain('TimelineSelectDetail');
    expect(element(manifest).events.map((e) => e.type.text)).toContain(
      'CustomEvent<TimelineSelectDetail>',
    );
  });

  it('refuses an event whose type is not CustomEvent<Name>, naming it', () => {
    const bad = structuredClone(manifest);
    element(bad).events[0] = { name: 'timeline-load', type: { text: 'Event' } };
    expect(() => manifestForTypes(bad)).toThrow('event timeline-load: type Event');
  });
});

describe('types/jsx.d.ts', () => {
  const jsx = read('types/jsx.d.ts');

  it('has an on<event> handler with its detail for every event the element fires', () => {
    for (const event of element(JSON.parse(read('custom-elements.json'))).events) {
      const detail = /CustomEvent<(\w+)>/.exec(event.type.text)?.[1];
      expect(jsx).toContain(`"on${event.name}"?: (e: CustomEvent<${detail}>) => void;`);
    }
  });

  it('offers no prop for a read-only field', () => {
    expect(jsx).not.toMatch(/^\s*events\?:/m);
    expect(jsx).toMatch(/^\s*data\?:/m);
  });
});

describe('parseErrors(output)', () => {
  it("reads tsc's and vue-tsc's lines", () => {
    const out = `x/react.broken0.tsx(25,9): error TS2322: Type '"stroy"' is not assignable.\nFound 1 error.`;
    expect(parseErrors(out)).toEqual([
      { file: 'react.broken0.tsx', line: 25, message: `TS2322: Type '"stroy"' is not assignable.` },
    ]);
  });

  it("reads svelte-check's machine lines, whose messages are JSON strings", () => {
    const out = '1796035570965 ERROR "a/b.svelte" 22:5 "Type \'\\"stroy\\"\' is wrong"';
    expect(parseErrors(out)).toEqual([
      { file: 'b.svelte', line: 22, message: `Type '"stroy"' is wrong` },
    ]);
  });
});

describe('breakExample(source, mistakes)', () => {
  it('puts each mistake in place and gives the line it ends on', () => {
    const { text, lines } = breakExample('a\n<x data={d} />\nb', [
      ['data={d}', 'data={d}\nmode="stroy"'],
    ]);
    expect(text).toBe('a\n<x data={d}\nmode="stroy" />\nb');
    expect(lines).toEqual([3]);
  });

  it('refuses a mistake whose text is not in the example', () => {
    expect(() => breakExample('a', [['zzz', 'y']])).toThrow('"zzz" is not in the example');
  });
});
