import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate } from '../../src/format/dates.js';
import { eventDateText, eventName } from '../../src/format/event-text.js';
import { ar } from '../../src/i18n/ar.js';
import { en, type Messages } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import { parseIsoDate } from '../../src/model/dates.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { event, type NativeEvent, timeline } from './fixtures.js';

/** An ISO date as a reader of `lang` sees it, at the date's own precision. */
function shown(iso: string, lang: string): string {
  const date = parseIsoDate(iso);
  if ('error' in date) throw new Error(date.error);
  return formatDate(date.ms, date.precision, dateLocale(lang));
}

/** The same dates in each language: year, month, day, minute, and before the common era. */
const DATES = [
  '2015',
  '2015-09',
  '2024-12-08',
  '2024-12-08T10:15Z',
  '-0043',
  '-0043-03',
  '-0043-03-15',
];

function normalized(fields: NativeEvent): TimelineEvent {
  const { model, issues } = parseTimeline(timeline([event(fields)]));
  expect(issues).toEqual([]);
  return model.events[0] as TimelineEvent;
}

const words = (table: Partial<Messages>): Messages => ({ ...en, ...table });

describe('dates in English, Arabic and Russian', () => {
  it('formatDate(ms, precision, "en-GB") reads each precision and era naturally', () => {
    expect(DATES.map((d) => shown(d, 'en'))).toEqual([
      '2015',
      'September 2015',
      '8 December 2024',
      '8 December 2024 at 10:15 UTC',
      '44 BC',
      'March 44 BC',
      '15 March 44 BC',
    ]);
  });

  it('formatDate(ms, precision, "ar") writes Arabic month names and the Arabic era', () => {
    expect(DATES.map((d) => shown(d, 'ar'))).toEqual([
      '2015',
      'سبتمبر 2015',
      '8 ديسمبر 2024',
      '8 ديسمبر 2024 في 10:15 UTC',
      '44 ق.م',
      'مارس 44 ق.م',
      '15 مارس 44 ق.م',
    ]);
  });

  it('formatDate(ms, precision, "ru") writes a day in the genitive and a month alone in the nominative', () => {
    expect(DATES.map((d) => shown(d, 'ru'))).toEqual([
      '2015',
      'сентябрь 2015 г.',
      '8 декабря 2024 г.',
      '8 декабря 2024 г. в 10:15 UTC',
      '44 г. до н. э.',
      'март 44 г. до н. э.',
      '15 марта 44 г. до н. э.',
    ]);
  });

  it('formatDate(ms, precision, locale) keeps the calendar date in UTC west of it', () => {
    // TZ is America/Los_Angeles: midnight UTC on 8 December is still the 7th there.
    expect(shown('2024-12-08', 'ru')).toBe('8 декабря 2024 г.');
    expect(shown('2024-12-08', 'ar')).toBe('8 ديسمبر 2024');
  });

  it('dateLocale(lang) keeps ar (in Latin digits) and ru, and an unknown language dates in its own tongue', () => {
    expect(dateLocale('ar')).toBe('ar-u-nu-latn');
    expect(dateLocale('ru')).toBe('ru');
    expect(shown('2024-12-08', 'fr')).toBe('8 décembre 2024');
  });
});

describe('spoken event dates and names in Arabic and Russian', () => {
  it('eventDateText(range, "ru", ru, true) reads "с … по …" with both ends in the genitive', () => {
    const days = normalized({ start: '2024-11-27', end: '2024-12-08' });
    expect(eventDateText(days, 'ru', words(ru), true)).toBe(
      'с 27 ноября 2024 г. по 8 декабря 2024 г.',
    );
    // "с" takes the genitive: "с марта 2011 г.", never the nominative "с март 2011 г.".
    const range = normalized({ start: '2011-03', end: '2024-12-08', approximate: true });
    expect(eventDateText(range, 'ru', words(ru), true)).toBe(
      'примерно с марта 2011 г. по 8 декабря 2024 г.',
    );
  });

  it('eventDateText(event, "ru", ru) writes an approximate date with "ок."', () => {
    expect(eventDateText(normalized({ start: '2015', approximate: true }), 'ru', words(ru))).toBe(
      'ок. 2015',
    );
  });

  it('eventDateText(range, "ar", ar, true) reads "من … إلى …", ongoing "منذ …، مستمر"', () => {
    const range = normalized({ start: '2024-11-27', end: '2024-12-08' });
    expect(eventDateText(range, 'ar', words(ar), true)).toBe('من 27 نوفمبر 2024 إلى 8 ديسمبر 2024');
    const ongoing = normalized({ start: '2024-12-08', ongoing: true });
    expect(eventDateText(ongoing, 'ar', words(ar))).toBe('منذ 8 ديسمبر 2024، مستمر');
  });

  it('eventName(event, category, locale, words) joins its parts with the language’s comma', () => {
    const reported = normalized({ title: 'Асад бежит', certainty: 'reported' });
    const politics = { id: 'p', label: 'Политика', color: null };
    expect(eventName(reported, politics, 'ru', words(ru))).toBe(
      'Асад бежит, 8 декабря 2024 г., по сообщениям, Политика',
    );
    const flees = normalized({ title: 'الأسد يفرّ', certainty: 'reported' });
    expect(eventName(flees, { id: 'p', label: 'سياسة', color: null }, 'ar', words(ar))).toBe(
      'الأسد يفرّ، 8 ديسمبر 2024، بحسب التقارير، سياسة',
    );
  });
});
