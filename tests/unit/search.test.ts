import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { SearchIndex, searchText } from '../../src/model/search.js';
import { event, timeline } from './fixtures.js';

describe('searchText', () => {
  it('ignores case, accents and ligatures in Latin script', () => {
    expect(searchText('Assad')).toBe('assad');
    expect(searchText('Damascène CAFÉ')).toBe('damascene cafe');
    expect(searchText('ﬁnal Œuvre')).toBe('final œuvre');
    expect(searchText('  two\n\tlines  ')).toBe('two lines');
  });

  it('ignores the Arabic short vowels, shadda and tatweel, and the two ways of writing some letters', () => {
    // "دِمَشْقُ" with its vowels is "دمشق"; "أ", "إ" and "آ" are "ا"; "ى" is "ي"; "ة" is "ه".
    expect(searchText('دِمَشْقُ')).toBe('دمشق');
    expect(searchText('الأسد')).toBe(searchText('الاسد'));
    expect(searchText('إيران')).toBe('ايران');
    expect(searchText('مصطفى')).toBe(searchText('مصطفي'));
    expect(searchText('طرطوسـة')).toBe('طرطوسه');
  });

  it('ignores case and the marks of ё and й in Cyrillic, as Russian search does', () => {
    expect(searchText('ДАМАСК')).toBe('дамаск');
    expect(searchText('Лётчик')).toBe('летчик');
    expect(searchText('Хмеймим')).toBe(searchText('Хмеимим'));
  });

  it('follows the locale where case differs by language (Turkish dotted İ)', () => {
    expect(searchText('İzmir', 'tr')).toBe('izmir');
  });
});

describe('SearchIndex', () => {
  const model = parseTimeline(
    timeline([
      event({ title: 'Assad is ousted', start: '2024-12-08', summary: 'Rebels reach Damascus.' }),
      event({
        title: 'Moscow meeting',
        start: '2025-07-31',
        quote: { text: 'Assad-era agreements', by: 'Lavrov' },
      }),
      event({ title: 'سقوط الأسد', start: '2024-12-09' }),
      event({ title: 'Лётчики в Хмеймиме', start: '2015-09-30' }),
    ]),
  ).model;
  const index = new SearchIndex(model.events);
  const titles = (found: number[]) => found.map((i) => model.events[i]?.title);

  it('finds words anywhere in the title, summary, description or quote, in time order', () => {
    expect(titles(index.find('assad'))).toEqual(['Assad is ousted', 'Moscow meeting']);
    expect(titles(index.find('damas'))).toEqual(['Assad is ousted']);
  });

  it('needs every word of the query', () => {
    expect(titles(index.find('assad damascus'))).toEqual(['Assad is ousted']);
    expect(index.find('assad nowhere')).toEqual([]);
  });

  it('finds Arabic and Russian text without their marks', () => {
    expect(titles(index.find('الاسد'))).toEqual(['سقوط الأسد']);
    expect(titles(index.find('летчики'))).toEqual(['Лётчики в Хмеймиме']);
  });

  it('an empty query finds nothing', () => {
    expect(index.find('   ')).toEqual([]);
  });
});
