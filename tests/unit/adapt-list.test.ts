import { describe, expect, it } from 'vitest';
import { type ListItem, parseList } from '../../src/model/adapt-list.js';

function item(fields: Partial<ListItem> = {}): ListItem {
  return {
    times: ['2015-09-30'],
    title: 'Russia intervenes',
    summary: '',
    data: {},
    links: [],
    ...fields,
  };
}

describe('a list of events in markup', () => {
  it('one <time> is a point, two a range; <strong> is the title, the rest the summary', () => {
    const { model, issues } = parseList({
      title: 'Bases',
      items: [
        item({ summary: 'Air strikes begin.', data: { category: 'military', importance: '3' } }),
        item({ times: ['2017-01', '2066'], title: 'Leases on Tartus and Hmeimim' }),
      ],
    });
    expect(issues).toEqual([]);
    expect(model.title).toBe('Bases');
    const [point, range] = model.events;
    expect(point).toMatchObject({
      title: 'Russia intervenes',
      start: '2015-09-30',
      end: null,
      summary: 'Air strikes begin.',
      category: 'military',
      importance: 3,
    });
    expect(range).toMatchObject({
      start: '2017-01',
      end: '2066',
      precision: 'month',
      endPrecision: 'year',
    });
  });

  it('data-id and data-certainty set those fields, and links become sources', () => {
    const { model } = parseList({
      title: '',
      items: [
        item({
          data: { id: 'intervention', certainty: 'reported' },
          links: [
            { url: 'https://example.org/a', text: 'Report' },
            { url: 'https://example.org/b', text: '' },
          ],
        }),
      ],
    });
    expect(model.events[0]).toMatchObject({ id: 'intervention', certainty: 'reported' });
    expect(model.events[0]?.sources.map((s) => [s.title, s.url])).toEqual([
      ['Report', 'https://example.org/a'],
      ['https://example.org/b', 'https://example.org/b'],
    ]);
  });

  it('bad items get the issues bad JSON gets, named by their place in the list; good ones stay', () => {
    const { model, issues } = parseList({
      title: '',
      items: [
        item({ title: 'Good' }),
        item({ times: ['2024-13-45'], title: 'Bad date' }),
        item({ times: [], title: 'No date' }),
        item({ title: null }),
        item({ title: 'Odd importance', data: { importance: 'high' } }),
        item({ title: 'Unsafe', links: [{ url: 'javascript:alert(1)', text: 'x' }] }),
      ],
    });
    expect(model.events.map((e) => e.title)).toEqual(['Good', 'Odd importance', 'Unsafe']);
    const at = (path: string) => issues.filter((i) => i.path.startsWith(path)).map((i) => i.path);
    expect(at('list item 2')).toEqual(['list item 2, <time>']);
    expect(issues.find((i) => i.path === 'list item 2, <time>')?.message).toContain("'2024-13-45'");
    expect(at('list item 3')).toEqual(['list item 3, <time>']);
    expect(at('list item 4')).toEqual(['list item 4, <strong>']);
    expect(at('list item 5')).toEqual(['list item 5, data-importance']);
    expect(at('list item 6').length).toBe(1);
    expect(at('list item 6')[0]).toMatch(/^list item 6, <a>/);
  });

  it('warns of a third <time> and of data-* it does not read', () => {
    const { model, issues } = parseList({
      title: '',
      items: [item({ times: ['2001', '2002', '2003'], data: { colour: 'red' } })],
    });
    expect(model.events[0]).toMatchObject({ start: '2001', end: '2002' });
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['list item 1, <time>', 'warning'],
      ['list item 1, data-colour', 'warning'],
    ]);
  });
});
