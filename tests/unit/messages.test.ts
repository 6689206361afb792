import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar.js';
import { en } from '../../src/i18n/en.js';
import { loadMessages, messagesFor } from '../../src/i18n/messages.js';
import { ru } from '../../src/i18n/ru.js';

const TABLES = { ar, ru } as Record<string, Record<string, unknown>>;
const english = en as Record<string, unknown>;

/** Arguments for each kind of message function, by how many it takes. */
const SAMPLE: Record<number, unknown[]> = {
  1: ['Title'],
  2: [3, '3'],
  3: ['25', '48', '3,000'],
  4: [3, 'dates', 'span', 'Military'],
};

describe('the message tables', () => {
  for (const [lang, table] of Object.entries(TABLES)) {
    it(`${lang} gives every word of en, each a value of the same type`, () => {
      const missing = Object.keys(en).filter((key) => !(key in table));
      const mistyped = Object.keys(en).filter(
        (key) => key in table && typeof table[key] !== typeof english[key],
      );
      expect({ missing, mistyped }).toEqual({ missing: [], mistyped: [] });
    });

    it(`${lang} has no words that en does not have`, () => {
      expect(Object.keys(table).filter((key) => !(key in en))).toEqual([]);
    });

    it(`${lang}'s words are text, and its messages make text of the arguments en's take`, () => {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') {
          expect(value, key).not.toBe('');
          continue;
        }
        const fn = value as (...args: unknown[]) => unknown;
        const args = SAMPLE[(english[key] as () => unknown).length] ?? [];
        const text = fn(...args);
        expect(typeof text, key).toBe('string');
        expect(text, key).not.toMatch(/undefined|NaN|\[object/);
        // Every argument that carries text shows up in it.
        for (const arg of args.filter((a) => typeof a === 'string' && a !== '3' && a !== 'span')) {
          expect(text, key).toContain(arg);
        }
      }
    });
  }
});

describe('plural forms of the count', () => {
  it('en.eventCount(n, total) is "1 event" or "n events"', () => {
    expect([1, 2, 21].map((n) => en.eventCount(n, String(n)))).toEqual([
      '1 event',
      '2 events',
      '21 events',
    ]);
  });

  it('ru.eventCount(n, total) takes the form of n: 1 событие, 2 события, 5 событий, 21 событие', () => {
    const count = ru.eventCount as (n: number, total: string) => string;
    expect([1, 2, 5, 21, 11, 12, 22, 111].map((n) => count(n, String(n)))).toEqual([
      '1 событие',
      '2 события',
      '5 событий',
      '21 событие',
      '11 событий',
      '12 событий',
      '22 события',
      '111 событий',
    ]);
  });

  it('ar.eventCount(n, total) takes the six forms: 0, 1, 2, 3, 11, 100', () => {
    const count = ar.eventCount as (n: number, total: string) => string;
    expect([0, 1, 2, 3, 11, 100, 103, 111].map((n) => count(n, String(n)))).toEqual([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '3 أحداث',
      '11 حدثًا',
      '100 حدث',
      '103 أحداث',
      '111 حدثًا',
    ]);
  });

  it('ru.warnings and ar.warnings take the same forms as the count', () => {
    const ruWarnings = ru.warnings as (n: number, total: string) => string;
    const arWarnings = ar.warnings as (n: number, total: string) => string;
    expect([1, 3, 5].map((n) => ruWarnings(n, String(n)))).toEqual([
      '1 предупреждение',
      '3 предупреждения',
      '5 предупреждений',
    ]);
    expect([1, 2, 3].map((n) => arWarnings(n, String(n)))).toEqual([
      'تحذير واحد',
      'تحذيران',
      '3 تحذيرات',
    ]);
  });

  it('the count uses the total as written for the locale, not the number', () => {
    const count = ru.eventCount as (n: number, total: string) => string;
    expect(count(1021, '1 021')).toBe('1 021 событие');
  });
});

describe('messagesFor and loadMessages', () => {
  it('messagesFor(lang) is English for an unknown language, an empty tag or one not yet loaded', () => {
    expect(messagesFor('fr')).toEqual(en);
    expect(messagesFor('')).toEqual(en);
    expect(messagesFor('xx-YY').eventCount(2, '2')).toBe('2 events');
    expect(messagesFor('ru').zoomIn).toBe('Zoom in');
  });

  it('loadMessages(lang) has nothing to load for English or a language with no table', () => {
    expect(loadMessages('en')).toBeNull();
    expect(loadMessages('fr')).toBeNull();
  });

  it('loadMessages(lang) loads a table once; then messagesFor reads it, for regional tags too', async () => {
    const first = loadMessages('ru');
    expect(first).not.toBeNull();
    expect(loadMessages('ru-RU')).toBe(first);
    await first;
    expect(loadMessages('ru')).toBeNull();
    expect(messagesFor('ru').zoomIn).toBe('Приблизить');
    expect(messagesFor('RU-ru').eventCount(5, '5')).toBe('5 событий');
    await loadMessages('ar-EG');
    expect(messagesFor('ar-EG').tableView).toBe('جدول');
  });

  it('messagesFor(lang) falls back to English, word by word, for words a table lacks', async () => {
    await loadMessages('ru');
    const words = messagesFor('ru');
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(words[key], key).toBe(key in ru ? ru[key] : en[key]);
    }
  });
});
