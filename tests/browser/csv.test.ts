import { expect, html, waitUntil } from '@open-wc/testing';
import { parseWorker } from '../../src/element/controllers/parse-client.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { TimelineHarness } from './harness/timeline-harness.js';

const STORY_JSON = '/data/russia-syria.json';
const STORY_CSV = '/data/russia-syria.csv';

/** The test server's sheet: `rows` events under a content type, the last one's start not a date. */
const sheetUrl = (type: string, rows = 3) =>
  `/test-server/sheet?type=${encodeURIComponent(type)}&rows=${rows}`;

/** A `<script>` of this type holding `text`. */
function script(type: string, text: string): HTMLScriptElement {
  const node = document.createElement('script');
  node.type = type;
  node.textContent = text;
  return node;
}

/** An event as a reader sees it in both forms: all but its sources (the CSV holds one each). */
const carried = ({ sources, ...rest }: TimelineEvent) => rest;

/** Whether the page has loaded the CSV reader or d3-dsv (the dev server serves one file per module). */
function csvReaderLoaded(): boolean {
  return performance
    .getEntriesByType('resource')
    .some(({ name }) => /\/adapt-csv\.ts$|\/d3-dsv\//.test(new URL(name).pathname));
}

describe('timelines written in a spreadsheet (CSV and TSV)', () => {
  // First in this file's fresh page: nothing has asked for the reader yet.
  it('the CSV reader and d3-dsv load when CSV arrives, not before', async () => {
    await TimelineHarness.create({ data: { events: [{ title: 'Native', start: '2020' }] } });
    expect(csvReaderLoaded(), 'not loaded for native data').to.equal(false);
    const h = await TimelineHarness.create({ data: 'title,start\nSheet,2021' });
    expect(h.buttonNames).to.deep.equal(['Sheet, 2021']);
    expect(csvReaderLoaded(), 'loaded for CSV').to.equal(true);
  });

  it('src ending in .csv: renders the story, and is accessible', async () => {
    const h = await TimelineHarness.create({ src: STORY_CSV });
    expect(h.el.issues).to.deep.equal([]);
    expect(h.el.events).to.have.length(10);
    expect(h.buttonNames).to.include(
      'Al-Shaibani and Lavrov meet in Moscow, 31 July 2025, Diplomacy',
    );
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('the JSON and the CSV of the story render the same events, lanes and buttons', async () => {
    const json = await TimelineHarness.create({ src: STORY_JSON });
    const csv = await TimelineHarness.create({ src: STORY_CSV });
    expect(csv.el.events.map(carried)).to.deep.equal(json.el.events.map(carried));
    expect(csv.buttonNames).to.deep.equal(json.buttonNames);
    expect(csv.laneNames).to.deep.equal(json.laneNames);
    expect(csv.statusText).to.equal(json.statusText);
  });

  it('src served as text/csv (no .csv in its URL): good rows render, the bad one is named by row and column', async () => {
    const h = await TimelineHarness.create({ src: sheetUrl('text/csv; charset=utf-8') });
    expect(h.buttonNames).to.deep.equal(['Row 2, 1000', 'Row 3, 1001']);
    expect(h.el.issues).to.deep.equal([
      {
        path: 'row 4, start',
        message: "'2024-13-45' is not a date: month 13 does not exist",
        severity: 'error',
      },
    ]);
  });

  it('src served as text/tab-separated-values is read as TSV', async () => {
    const h = await TimelineHarness.create({ src: sheetUrl('text/tab-separated-values', 2) });
    expect(h.buttonNames).to.deep.equal(['Row 2, 1000']);
    expect(h.el.issues.map((i) => i.path)).to.deep.equal(['row 3, start']);
  });

  it('src of CSV over 1 MB is parsed in the parse worker, with the same result', async () => {
    const created: unknown[] = [];
    const create = parseWorker.create;
    parseWorker.create = () => {
      const worker = create();
      created.push(worker);
      return worker;
    };
    try {
      const h = await TimelineHarness.create(
        { src: sheetUrl('text/csv', 60_000) },
        { wait: false },
      );
      await waitUntil(() => h.results.length > 0, 'a result', { timeout: 60_000, interval: 50 });
      expect(created).to.have.length(1);
      expect(h.el.events).to.have.length(59_999);
      expect(h.el.issues.map((i) => i.path)).to.deep.equal(['row 60001, start']);
    } finally {
      Object.assign(parseWorker, { create, failed: false });
    }
  });

  it('reads a <script type="text/csv"> child, and reads it again when its text changes', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline><script type="text/csv">title,start\nFrom the sheet,2018-03-04</script></event-timeline>`,
    );
    expect(h.buttonNames).to.deep.equal(['From the sheet, 4 March 2018']);
    const child = h.el.querySelector('script') as HTMLScriptElement;
    child.textContent = 'title,start\nChanged,2019-05';
    await h.loaded();
    expect(h.buttonNames).to.deep.equal(['Changed, May 2019']);
  });

  it('reads a <script type="text/tab-separated-values"> child added later', async () => {
    const h = await TimelineHarness.create({}, { wait: false });
    h.el.append(script('text/tab-separated-values', 'title\tstart\nTabbed, late\t2023-04'));
    await h.loaded();
    expect(h.buttonNames).to.deep.equal(['Tabbed, late, April 2023']);
  });

  it('data given as a string with a CSV header: TimelineJS template columns, BOM and semicolons', async () => {
    const data =
      '\ufeffYear;Month;Day;Headline;Text;Type;Group\r\n' +
      ';;;Bases in Syria;<p>Two bases</p>;title;\r\n' +
      '2015;9;30;Air campaign;"<b>Strikes</b>\r\nbegin";;Air\r\n' +
      '2017;1;;Tartus lease;;;Sea\r\n';
    const h = await TimelineHarness.create({ data });
    expect(h.el.issues).to.deep.equal([]);
    expect(h.buttonNames).to.deep.equal([
      'Air campaign, 30 September 2015, Air',
      'Tartus lease, January 2017, Sea',
    ]);
    expect(h.region?.getAttribute('aria-label')).to.equal('Bases in Syria');
    expect(h.el.events[0]?.description).to.equal('Strikes\nbegin');
  });

  it('the problems panel lists row-and-column issues while the good rows render', async () => {
    const data = [
      'Year,Month,End Year,Headline',
      '2015,9,,Good one',
      '2016,13,,Bad month',
      '2017,,20l5,Bad end year',
      '2018,,,Good two',
    ].join('\n');
    const h = await TimelineHarness.create({ data });
    expect(h.buttonNames).to.deep.equal(['Good one, September 2015', 'Good two, 2018']);
    expect(h.errorPanel).to.equal(null);
    expect(h.statusText).to.equal('2 events · 2 skipped');
    await h.press('Enter', h.problemsToggle ?? undefined);
    expect(h.problems).to.deep.equal([
      "row 3, Month: '13' is not a month (1–12)",
      "row 4, End Year: '20l5' is not a year",
    ]);
  });

  it('a first row that names neither set of columns is one error naming the columns expected', async () => {
    const h = await TimelineHarness.create({ data: 'name,date\nA,2015' });
    expect(h.el.issues).to.have.length(1);
    expect(h.errorLines).to.have.length(1);
    expect(h.errorLines[0]).to.match(/^row 1: the first row must name the columns/);
    expect(h.errorLines[0]).to.contain('Year and Headline are needed');
  });
});
