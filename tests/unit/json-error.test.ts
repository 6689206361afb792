import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/model/json-error.js';

describe('jsonErrorOffset', () => {
  it('jsonErrorOffset(valid) is -1 for every kind of value', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ',
      '"s"',
      '0',
    ]) {
      expect(jsonErrorOffset(text)).toBe(-1);
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('jsonErrorOffset(text) finds a trailing comma at the bracket after it', () => {
    const text = '{\n  "events": [\n    { "title": "A", "start": "2020" },\n  ]\n}';
    expect(text.slice(jsonErrorOffset(text), jsonErrorOffset(text) + 1)).toBe(']');
  });

  it('jsonErrorOffset(text) finds a missing comma, an unquoted key and a bad literal', () => {
    expect(jsonErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(jsonErrorOffset('{a: 1}')).toBe(1);
    expect(jsonErrorOffset('[tru]')).toBe(4);
  });

  it('jsonErrorOffset(text) points past the end of text that stops too soon', () => {
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
  });

  it('jsonErrorOffset(text) finds text after the value and control characters in strings', () => {
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('"a\tb"')).toBe(2);
  });

  it('jsonErrorOffset(deeply nested) gives up quietly instead of overflowing the stack', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBeTypeOf('number');
  });
});
