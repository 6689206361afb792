import { describe, expect, it } from 'vitest';
import { deriveId, uniqueId } from '../../src/model/ids.js';

describe('deriveId', () => {
  it('deriveId(title, start) is a slug of the title and the start', () => {
    expect(deriveId('Assad is ousted', '2024-12-08')).toBe('assad-is-ousted-2024-12-08');
  });

  it('deriveId(title, start) drops accents and keeps letters of any script', () => {
    expect(deriveId('Café au lait!', '2015')).toBe('cafe-au-lait-2015');
    expect(deriveId('Москва', '2015')).toBe('москва-2015');
  });

  it('deriveId(title, start) keeps the sign of a year and the letters of a time', () => {
    expect(deriveId('Ides of March', '-0043-03-15')).toBe('ides-of-march--0043-03-15');
    expect(deriveId('Far', '+012000')).toBe('far-+012000');
    expect(deriveId('Strike', '2015-09-30T08:00Z')).toBe('strike-2015-09-30T08-00Z');
  });

  it('deriveId(title, start) is "event-…" when the title has no letters', () => {
    expect(deriveId('!!!', '2015')).toBe('event-2015');
    expect(deriveId('', '2015')).toBe('event-2015');
  });

  it('deriveId(title, start) shortens long titles without a trailing dash', () => {
    const id = deriveId('x-'.repeat(40), '2020');
    expect(id).toBe(`${'x-'.repeat(23)}x-2020`);
    expect(deriveId('a'.repeat(60), '2015')).toBe(`${'a'.repeat(48)}-2015`);
  });

  it('deriveId(title, start) is the same on every call', () => {
    expect(deriveId('Rebel offensive', '2024-11-27')).toBe(
      deriveId('Rebel offensive', '2024-11-27'),
    );
  });
});

describe('uniqueId', () => {
  it('uniqueId(id, taken) suffixes -2, -3… and records what it returns', () => {
    const taken = new Set<string>();
    expect(uniqueId('a', taken)).toBe('a');
    expect(uniqueId('a', taken)).toBe('a-2');
    expect(uniqueId('a', taken)).toBe('a-3');
    expect([...taken]).toEqual(['a', 'a-2', 'a-3']);
  });

  it('uniqueId(id, taken) skips suffixes already taken', () => {
    const taken = new Set(['b', 'b-2']);
    expect(uniqueId('b', taken)).toBe('b-3');
  });
});
