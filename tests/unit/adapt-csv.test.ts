import { describe, expect, it } from 'vitest';
import { parseCsv, readCsv, readCsvRows, sniffDelimiter } from '../../src/model/adapt-csv.js';
import { isCsvUrl, looksLikeCsv } from '../../src/model/csv-input.js';
import type { Issue } from '../../src/model/types.js';

const error = (path: string, message: string): Issue => ({ path, message, severity: 'error' });
const warning = (path: string, message: string): Issue => ({ path, message, severity: 'warning' });

/** Lines joined as a spreadsheet saves them, with CRLF. */
const sheet = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const TJS_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('readCsvRows', () => {
  it('readCsvRows(text) drops a UTF-8 byte-order mark before the first column name', () => {
    expect(readCsvRows('\ufefftitle,start\nA,2015\n')[0]).toEqual(['title', 'start']);
  });

  it('readCsvRows(text) keeps a line break inside a quoted cell, and doubled quotes', () => {
    const rows = readCsvRows('title,start\n"Two\nlines, ""quoted""",2015\n');
    expect(rows[1]).toEqual(['Two\nlines, "quoted"', '2015']);
  });

  it('sniffDelimiter(text) finds a tab, a semicolon or a comma in the first line, outside quotes', () => {
    expect(sniffDelimiter('title\tstart\nA, b\t2015')).toBe('\t');
    expect(sniffDelimiter('title;start;summary\n"a, b";2015;c')).toBe(';');
    expect(sniffDelimiter('"a;b;c",title,start\n')).toBe(',');
  });
});

describe('readCsv (native columns)', () => {
  it('readCsv(text) brings a row to a raw native event; empty cells are absent fields', () => {
    const { input, issues } = readCsv(
      sheet(
        ' Title , START ,end,importance,approximate,ongoing,source_title,source_url,media_url,media_alt',
        'Bases,2017-01,,1,yes,0,Lease,https://example.org/a,https://example.org/p.jpg,A port',
      ),
    );
    expect(issues).toEqual([]);
    expect(input.events).toHaveLength(1);
    expect(input.events[0]?.path).toBe('row 2');
    expect(input.events[0]?.raw).toEqual({
      title: 'Bases',
      start: '2017-01',
      importance: 1,
      approximate: true,
      ongoing: false,
      sources: { title: 'Lease', url: 'https://example.org/a' },
      media: { url: 'https://example.org/p.jpg', alt: 'A port' },
    });
    expect(input.events[0]?.at?.('start')).toBe('row 2, START');
  });

  it('readCsv(text) reads true/false, yes/no and 1/0 in any case, and passes other text on', () => {
    const { input } = readCsv(
      sheet('title,start,ongoing', 'A,2015,TRUE', 'B,2015,No', 'C,2015,maybe'),
    );
    expect(input.events.map((e) => (e.raw as { ongoing: unknown }).ongoing)).toEqual([
      true,
      false,
      'maybe',
    ]);
  });

  it('readCsv(text) reads a semicolon-separated file as European spreadsheets save it', () => {
    const { input } = readCsv('title;start;summary\r\nA;2015-09-30;"one, two"\r\n');
    expect(input.events[0]?.raw).toEqual({ title: 'A', start: '2015-09-30', summary: 'one, two' });
  });

  it('readCsv(text) reads TSV', () => {
    const { input } = readCsv('title\tstart\tcategory\nA, b\t2015\tpolitics\n');
    expect(input.events[0]?.raw).toEqual({ title: 'A, b', start: '2015', category: 'politics' });
  });

  it('readCsv(text) declares categories with the label and colour of the first row that gives them', () => {
    const { input } = readCsv(
      sheet(
        'title,start,category,category_label,category_color',
        'A,2015,war,War,#b3401a',
        'B,2016,war,,',
        'C,2017,talks,,',
      ),
    );
    expect(input.categories).toEqual([
      { id: 'war', label: 'War', color: '#b3401a' },
      { id: 'talks' },
    ]);
  });

  it('readCsv(text) warns of a row with more or fewer cells than row 1 names, and reads what is there', () => {
    const { input, issues } = readCsv(sheet('title,start,summary', 'A,2015', 'B,2016,b,extra'));
    expect(issues).toEqual([
      warning('row 2', 'has 2 cells, and row 1 names 3 columns; the cells that are there are read'),
      warning('row 3', 'has 4 cells, and row 1 names 3 columns; the cells that are there are read'),
    ]);
    expect(input.events.map((e) => e.raw)).toEqual([
      { title: 'A', start: '2015' },
      { title: 'B', start: '2016', summary: 'b' },
    ]);
  });

  it('readCsv(text) skips blank rows without an issue, and keeps the spreadsheet row numbers', () => {
    const { input, issues } = readCsv(sheet('title,start', ',', 'A,2015'));
    expect(issues).toEqual([]);
    expect(input.events.map((e) => e.path)).toEqual(['row 3']);
  });

  it('readCsv(text) refuses a first row of neither set, naming the columns it expected', () => {
    const { input, issues } = readCsv(sheet('name,date', 'A,2015'));
    expect(input.events).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('row 1');
    expect(issues[0]?.message).toMatch(/^the first row must name the columns/);
    expect(issues[0]?.message).toContain('title and start are needed');
    expect(issues[0]?.message).toContain('Year and Headline are needed');
    expect(issues[0]?.message).toContain("not 'name', 'date'");
  });

  it('readCsv(text) warns of a column it does not read', () => {
    expect(readCsv(sheet('title,start,colour', 'A,2015,red')).issues).toEqual([
      warning('row 1, colour', 'is not a column this timeline reads; it is ignored'),
    ]);
  });
});

describe('parseCsv (native columns)', () => {
  it("parseCsv(text) names the row and the column in the parser's own messages, and keeps good rows", () => {
    const { model, issues } = parseCsv(
      sheet('title,start,importance', 'A,2015,1', 'B,2024-13-45,2', 'C,2016,high'),
    );
    expect(model.events.map((e) => e.title)).toEqual(['A', 'C']);
    expect(issues).toEqual([
      error('row 3, start', "'2024-13-45' is not a date: month 13 does not exist"),
      warning('row 4, importance', "'high' is not an importance; use 1, 2 or 3 (2 is used)"),
    ]);
  });

  it("parseCsv(text) lists issues in row order, the reader's and the parser's together", () => {
    const { issues } = parseCsv(sheet('title,start', 'A,2024-13-45', 'B,2015,extra', ',2016'));
    expect(issues.map((i) => i.path)).toEqual(['row 2, start', 'row 3', 'row 4, title']);
  });

  it('parseCsv(text) reads approximate and ongoing to the model', () => {
    const { model } = parseCsv(
      sheet('title,start,approximate,ongoing', 'A,2015,1,yes', 'B,2016,,'),
    );
    expect(model.events.map((e) => [e.approximate, e.ongoing])).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});

/** A TimelineJS template row from the cells named. */
function tjsRow(cells: Record<string, string>): string {
  return TJS_HEADER.split(',')
    .map((name) => {
      const value = cells[name] ?? '';
      return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

describe('parseCsv (TimelineJS template)', () => {
  it('parseCsv(text) reads the title row, events at the precision of their cells, and eras', () => {
    const { model, issues } = parseCsv(
      sheet(
        TJS_HEADER,
        tjsRow({ Headline: '<b>Russia</b> &amp; Syria', Text: '<p>Ten years</p>', Type: 'title' }),
        tjsRow({
          Year: '2015',
          Month: '9',
          Day: '30',
          Headline: 'Intervention',
          Group: 'Military',
        }),
        tjsRow({ Year: '2024', Month: '12', Day: '8', Time: '5:30 PM', Headline: 'Fall' }),
        tjsRow({ Year: '2017', 'End Year': '2066', Headline: 'Leases', Text: 'a<br>b' }),
        tjsRow({ Year: '2011', 'End Year': '2024', Headline: 'War years', Type: 'era' }),
      ),
    );
    expect(issues).toEqual([]);
    expect(model.title).toBe('Russia & Syria');
    expect(model.description).toBe('Ten years');
    expect(model.events.map((e) => [e.title, e.start, e.end, e.category, e.description])).toEqual([
      ['Intervention', '2015-09-30', null, 'Military', ''],
      ['Leases', '2017', '2066', '', 'a\nb'],
      ['Fall', '2024-12-08T17:30Z', null, '', ''],
    ]);
    expect(model.eras.map((e) => [e.title, e.start, e.end])).toEqual([
      ['War years', '2011', '2024'],
    ]);
  });

  it('parseCsv(text) reads a negative Year as TimelineJS does: -44 is 44 BCE, ISO year -0043', () => {
    const { model } = parseCsv(
      sheet(TJS_HEADER, tjsRow({ Year: '-44', Month: '3', Day: '15', Headline: 'Ides' })),
    );
    expect(model.events[0]?.start).toBe('-0043-03-15');
  });

  it('parseCsv(text) skips rows with a bad year, month, day or time, naming row and column; good rows are kept', () => {
    const { model, issues } = parseCsv(
      sheet(
        TJS_HEADER,
        tjsRow({ Year: '2015', Headline: 'Good' }),
        tjsRow({ Year: '2015', 'End Year': '20l5', Headline: 'Bad end year' }),
        tjsRow({ Year: '2016', Month: '13', Headline: 'Bad month' }),
        tjsRow({ Year: '2015', Month: '2', Day: '30', Headline: 'Bad day' }),
        tjsRow({ Year: '2015', Month: '2', Day: '3', Time: '25:00', Headline: 'Bad time' }),
        tjsRow({ Headline: 'No year' }),
        tjsRow({ Year: '2020', Headline: 'Also good' }),
      ),
    );
    expect(model.events.map((e) => e.title)).toEqual(['Good', 'Also good']);
    expect(issues).toEqual([
      error('row 3, End Year', "'20l5' is not a year"),
      error('row 4, Month', "'13' is not a month (1–12)"),
      error('row 5, Day', "'30' is not a day of that month (1–28)"),
      error('row 6, Time', "'25:00' is not a time such as 13:45 or 1:45 PM"),
      error('row 7, Year', 'every event needs a year'),
    ]);
  });

  it('parseCsv(text) names TimelineJS columns as the first row writes them', () => {
    const header = TJS_HEADER.replace('Headline', ' headline ');
    const { issues } = parseCsv(sheet(header, tjsRow({ Year: '2015', Headline: '' })));
    expect(issues).toEqual([error('row 2, headline', 'every event needs a title')]);
  });
});

describe('where CSV is told from JSON', () => {
  it('looksLikeCsv(text) is true for a first line of column names, false for JSON', () => {
    expect(looksLikeCsv('title,start\nA,2015')).toBe(true);
    expect(looksLikeCsv('\ufefftitle;start\n')).toBe(true);
    expect(looksLikeCsv('Year\tHeadline\n')).toBe(true);
    expect(looksLikeCsv('{"events": []}')).toBe(false);
    expect(looksLikeCsv(' [1, 2]')).toBe(false);
    expect(looksLikeCsv('not json')).toBe(false);
  });

  it('isCsvUrl(url) looks at the path, not its query or hash', () => {
    expect(isCsvUrl('data/a.csv')).toBe(true);
    expect(isCsvUrl('/a.TSV?v=2#top')).toBe(true);
    expect(isCsvUrl('/a.json?format=.csv')).toBe(false);
    expect(isCsvUrl('/a.csv.json')).toBe(false);
  });
});
