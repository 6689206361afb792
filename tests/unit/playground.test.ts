import { json } from '@codemirror/lang-json';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { embedCode, jsonForScript } from '../../demo/playground/embed-code.js';
import {
  csvRecordStarts,
  firstSyntaxError,
  locateCsvRow,
  locateJsonPath,
  pathKeys,
} from '../../demo/playground/locate.js';
import { readInput } from '../../demo/playground/read-input.js';

const DOC = `{
  "title": "Two",
  "events": [
    { "title": "First", "start": "2015" },
    { "title": "Second", "start": "2024-13-45", "odd key": [1, 2] }
  ]
}`;

/** The text a path selects in DOC. */
function selected(path: string, doc = DOC): string | null {
  const state = EditorState.create({ doc, extensions: [json()] });
  const range = locateJsonPath(state, path);
  return range ? doc.slice(range.from, range.to) : null;
}

describe('pathKeys(path)', () => {
  it('reads the paths the element writes: names, indexes and quoted keys', () => {
    expect(pathKeys('events[3].start')).toEqual(['events', 3, 'start']);
    expect(pathKeys('[2].content')).toEqual([2, 'content']);
    expect(pathKeys('events[1]["odd key"][0]')).toEqual(['events', 1, 'odd key', 0]);
    expect(pathKeys('')).toEqual([]);
  });
});

describe('locateJsonPath(state, path)', () => {
  it('finds the value at a path in the JSON syntax tree', () => {
    expect(selected('events[1].start')).toBe('"2024-13-45"');
    expect(selected('title')).toBe('"Two"');
    expect(selected('events[1]["odd key"][1]')).toBe('2');
  });

  it('gives the deepest value a path reaches when the field is missing', () => {
    expect(selected('events[0].id')).toBe('{ "title": "First", "start": "2015" }');
    expect(selected('events[7]')).toMatch(/^\[\n/);
  });

  it('gives the whole text for the root path, and null for text with no value', () => {
    expect(selected('')).toBe(DOC);
    expect(selected('events', '   ')).toBeNull();
  });
});

describe('locateCsvRow(text, path)', () => {
  const CSV = 'title,start\nFirst,2015\n"Two\nlines",2024-13-45\nLast,2020\n';

  it('counts records, not lines: a quoted field may hold a line break', () => {
    expect(csvRecordStarts(CSV)).toEqual([0, 12, 23, 46]);
  });

  it('selects the row an issue names, the header being row 1', () => {
    const range = locateCsvRow(CSV, 'row 3, start');
    expect(range && CSV.slice(range.from, range.to)).toBe('"Two\nlines",2024-13-45');
    expect(locateCsvRow(CSV, 'row 9, start')).toBeNull();
    expect(locateCsvRow(CSV, 'events[0]')).toBeNull();
  });
});

describe('readInput(text)', () => {
  it('parses JSON, keeps other text a string, and tells broken JSON apart', () => {
    expect(readInput(' {"events": []} ')).toEqual({ kind: 'json', data: { events: [] } });
    expect(readInput('title,start\nA,2015')).toEqual({
      kind: 'text',
      data: 'title,start\nA,2015',
    });
    expect(readInput('{"events": [').kind).toBe('broken-json');
    expect(readInput(' \n').kind).toBe('empty');
  });
});

describe('embedCode(input, scriptUrl)', () => {
  const TITLE = 'Bad </script><script>alert(1)</script> <!-- x';

  it('escapes every < in inline JSON, and the JSON still reads back the same', () => {
    const data = { events: [{ title: TITLE, start: '2015' }] };
    const text = jsonForScript(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });

  it('writes the module script and the element with the data in a child JSON script', () => {
    const data = { events: [{ title: TITLE, start: '2015' }] };
    const code = embedCode(
      { kind: 'json', data },
      'https://example.org/et/event-timeline.js?a=1&b="',
    );
    expect(code).toMatch(
      /^<script type="module" src="https:\/\/example\.org\/et\/event-timeline\.js\?a=1&amp;b=&quot;"><\/script>\n<event-timeline>\n {2}<script type="application\/json">\n/,
    );
    // One script element closes, the module's; then the data's, and nothing in between.
    expect(code?.match(/<\/script/gi)).toHaveLength(2);
    const inline = /<script type="application\/json">([\s\S]*)<\/script>/.exec(code ?? '');
    expect(JSON.parse(inline?.[1] ?? '')).toEqual(data);
  });

  it('puts CSV in a text/csv script as it is, and refuses CSV that would end the script', () => {
    const csv = 'title,start\n  Spaced,2015\n';
    expect(embedCode({ kind: 'text', data: csv }, '/e.js')).toContain(
      '<script type="text/csv">\ntitle,start\n  Spaced,2015\n  </script>',
    );
    expect(embedCode({ kind: 'text', data: `title,start\n${TITLE},2015` }, '/e.js')).toBeNull();
  });
});

describe('firstSyntaxError(state)', () => {
  it('finds where JSON stops being JSON, and -1 for valid JSON', () => {
    const at = (doc: string) => firstSyntaxError(EditorState.create({ doc, extensions: [json()] }));
    expect(at(DOC)).toBe(-1);
    const broken = '{\n  "events": [\n    { "title": "A" "start": "2015" }\n  ]\n}';
    expect(at(broken)).toBe(broken.indexOf('"start"'));
  });
});
