import { expect, html, waitUntil } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyData, storyHarness } from './story-harness.js';

/** The element, with the search's `query` and the filter's `categories`. */
type Searchable = EventTimeline;

/** The moves of the window and the search are written once they have paused this long. */
const SETTLE_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('URL state', () => {
  let url = '';
  let writes: string[] = [];
  const replaceState = history.replaceState;

  beforeEach(() => {
    url = location.href;
    writes = [];
    history.replaceState = function (this: History, data, unused, next) {
      writes.push(String(next));
      replaceState.call(this, data, unused, next);
    };
  });

  afterEach(() => {
    history.replaceState = replaceState;
    history.replaceState(history.state, '', url);
  });

  /** Puts `hash` in the page's URL without a new history entry or a hashchange. */
  function setHash(hash: string): void {
    replaceState.call(history, history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** The story in a timeline with hash-links, and its element as the contract has it. */
  async function story(options: Parameters<typeof storyHarness>[0] = {}) {
    const h = await storyHarness({ hashLinks: true, ...options });
    return { h, el: h.el as Searchable };
  }

  /** The `view` part the element writes for its window now. */
  function viewPart(el: EventTimeline): string {
    return `view=${encodeURIComponent(el.viewStart)}~${encodeURIComponent(el.viewEnd)}`;
  }

  describe('out', () => {
    it('a zoom is written once, after the window has settled, in place of the URL', async () => {
      const { h, el } = await story({ id: 'syria' });
      const entries = history.length;
      await el.zoomTo('2024-01-01', '2025-12-31');
      await h.settle();
      // At least two frames, however busy the machine: one write for all of them is the point.
      expect(h.viewChanges.length, 'the zoom moved through several frames').to.be.at.least(2);
      await waitUntil(() => location.hash !== '', 'the window was not written', { timeout: 2000 });
      expect(location.hash).to.equal(`#syria/?${viewPart(el)}`);
      expect(el.viewStart).to.equal('2024-01-01');
      await sleep(SETTLE_MS + 100);
      expect(writes, 'one write for the whole zoom').to.have.length(1);
      expect(history.length, 'no new history entries').to.equal(entries);
      expect(location.pathname + location.search).to.equal(
        new URL(url).pathname + new URL(url).search,
      );
    });

    it('a window still moving is not written yet', async () => {
      const { h, el } = await story();
      await el.zoomTo('2015-01-01', '2016-01-01');
      await h.waitFrames(2);
      expect(location.hash).to.equal('');
      expect(writes).to.have.length(0);
    });

    it('the selection is written at once, beside the window', async () => {
      const { h, el } = await story({ id: 'syria' });
      await el.zoomTo('2024-06-01', '2025-12-31');
      await h.click(STORY.meeting.title);
      expect(location.hash).to.equal(`#syria/moscow-meeting?${viewPart(el)}`);
      await h.click(STORY.meeting.title);
      expect(location.hash).to.equal(`#syria/?${viewPart(el)}`);
    });

    it('showing all the data again takes the window out of the URL', async () => {
      const { h, el } = await story();
      await el.zoomTo('2024-01-01', '2025-01-01');
      await waitUntil(() => location.hash.includes('view='), 'the window was not written');
      await el.zoomToFit();
      await h.settle();
      await waitUntil(() => location.hash === '', `the hash stayed ${location.hash}`);
      expect(location.href).to.equal(url.split('#')[0]);
    });

    it('the search is written once typing pauses', async () => {
      const { el } = await story({ id: 'syria' });
      // Typed quickly: 50 ms between the keys. (Not awaiting updateComplete, which waits for the
      // search's chunk and index the first time, longer than the pause.)
      el.query = 'ass';
      await sleep(50);
      el.query = 'assad & co/اسد';
      await sleep(50);
      expect(location.hash, 'not while typing').to.equal('');
      await waitUntil(() => location.hash !== '', 'the search was not written');
      expect(location.hash).to.equal(`#syria/?q=${encodeURIComponent('assad & co/اسد')}`);
      expect(writes).to.have.length(1);
    });

    it('the categories shown are written at once, each id encoded', async () => {
      const { el } = await story();
      el.categories = ['politics', 'diplomacy'];
      await el.updateComplete;
      expect(location.hash).to.equal('#timeline/?categories=politics,diplomacy');
      el.categories = [];
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });

    it('without hash-links nothing is written', async () => {
      const { h, el } = await story({ hashLinks: false });
      await el.zoomTo('2024-01-01', '2025-01-01');
      el.query = 'assad';
      await h.click(STORY.ousted.title);
      await sleep(SETTLE_MS + 200);
      expect(writes).to.have.length(0);
      expect(location.href).to.equal(url);
    });
  });

  describe('in', () => {
    it('a link restores the window, the search, the categories and the selection', async () => {
      setHash(
        '#syria/moscow-meeting?view=2024-06-01~2026-01-01&q=assad&categories=politics,diplomacy',
      );
      const { h, el } = await story({ id: 'syria' });
      expect(el.selected).to.equal(STORY.meeting.id);
      expect(h.detail?.querySelector('h3')?.textContent).to.equal(STORY.meeting.title);
      expect([el.viewStart, el.viewEnd]).to.deep.equal(['2024-06-01', '2026-01-01']);
      expect(h.view()).to.deep.equal({ start: utc(2024, 6, 1), end: utc(2026, 1, 1) });
      expect(el.query).to.equal('assad');
      expect(el.categories).to.deep.equal(['politics', 'diplomacy']);
      expect(el.issues.filter((i) => i.path === 'URL')).to.deep.equal([]);
      await sleep(SETTLE_MS + 100);
      expect(writes, 'reading the link writes nothing back').to.have.length(0);
    });

    it('a link written by the element opens on the same window', async () => {
      const first = await story();
      await first.el.zoomTo('2015-09-01', '2016-03-01');
      await waitUntil(() => location.hash.includes('view='), 'the window was not written');
      const written = location.hash;
      const view = [first.el.viewStart, first.el.viewEnd];
      first.el.remove();
      const second = await story();
      expect([second.el.viewStart, second.el.viewEnd]).to.deep.equal(view);
      await sleep(SETTLE_MS + 100);
      expect(location.hash).to.equal(written);
    });

    it('BCE windows and ids with / ? & , # % and other scripts come back whole', async () => {
      const data = {
        categories: [
          { id: 'a,b/c', label: 'Odd' },
          { id: 'дипломатия', label: 'Дипломатия' },
        ],
        events: [
          { id: 'x/y?z&w#%', title: 'Odd id', start: '-0500', category: 'a,b/c' },
          { id: 'حدث', title: 'Arabic id', start: '-0043-03-15', category: 'дипломатия' },
        ],
      };
      const state = { event: 'حدث', query: 'Цезарь & #1', categories: ['a,b/c', 'дипломатия'] };
      const h = await TimelineHarness.create({ data, hashLinks: true, id: 'رومية' });
      const el = h.el as Searchable;
      await el.zoomTo('-0300-01-01', '-0040-01-01');
      const view = [el.viewStart, el.viewEnd];
      expect(view[0], 'a BCE year as the attributes write it').to.equal('-0300-01-01');
      el.categories = state.categories;
      el.query = state.query;
      el.select(state.event);
      await waitUntil(() => location.hash.includes('q='), 'the state was not written');
      const written = location.hash;
      el.remove();
      const back = await TimelineHarness.create({ data, hashLinks: true, id: 'رومية' });
      const again = back.el as Searchable;
      expect(again.selected).to.equal(state.event);
      expect([again.viewStart, again.viewEnd]).to.deep.equal(view);
      expect(again.query).to.equal(state.query);
      expect(again.categories).to.deep.equal(state.categories);
      expect(again.issues).to.deep.equal([]);
      expect(written).to.contain(`#${encodeURIComponent('رومية')}/${encodeURIComponent('حدث')}?`);
      expect(written).to.contain(`view=${view[0]}~${view[1]}&`);
    });

    it('a hashchange moves to the window and search it names', async () => {
      const { h, el } = await story();
      location.hash = '#timeline/?view=2016-01-01~2017-01-01&q=leases';
      await waitUntil(() => el.query === 'leases', 'hashchange did not search');
      await h.settle();
      expect(h.view()).to.deep.equal({ start: utc(2016), end: utc(2017) });
      location.hash = '#timeline/assad-ousted';
      await waitUntil(() => el.selected === STORY.ousted.id, 'hashchange did not select');
      expect(el.query, 'a link without q searches nothing').to.equal('');
    });
  });

  describe('bad values', () => {
    it('a bad window is a warning in the status, and the rest of the link is applied', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      setHash('#syria/moscow-meeting?view=abc~2020&q=%E0%A4&categories=politics,sport&zoom=3');
      const { h, el } = await story({ id: 'syria' });
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(el.selected).to.equal(STORY.meeting.id);
      expect(el.categories).to.deep.equal(['politics']);
      expect(el.query).to.equal('');
      const { start, end } = h.view();
      expect(start, 'the whole data is shown').to.be.below(utc(2011, 3, 1));
      expect(end).to.be.above(utc(2066));
      const loaded = h.results[0]?.detail.issues.filter((i) => i.path === 'URL') ?? [];
      expect(loaded.map((i) => i.severity)).to.deep.equal([
        'warning',
        'warning',
        'warning',
        'warning',
      ]);
      expect(h.statusText).to.contain('4 warnings');
      h.problemsToggle?.click();
      await el.updateComplete;
      const lines = h.problems.filter((p) => p.startsWith('URL: '));
      expect(lines).to.have.length(4);
      expect(lines[0]).to.match(
        /^URL: view 'abc~2020' is not a window: .*; the whole data is shown$/,
      );
      expect(lines).to.include("URL: q '%E0%A4' has a broken %-escape; nothing is searched");
      expect(lines).to.include("URL: category 'sport' is not in the data; it is left out");
      expect(lines).to.include(
        "URL: 'zoom' is not a part of the link (view, q, categories); it is ignored",
      );
    });

    it('a bad link after load replaces the warnings of the one before, and a good one clears them', async () => {
      const { h, el } = await story();
      location.hash = '#timeline/?view=2020-01-01~2019-01-01';
      await waitUntil(() => el.issues.some((i) => i.path === 'URL'), 'no warning');
      await el.updateComplete;
      expect(el.issues.map((i) => i.message)).to.deep.equal([
        "view '2020-01-01~2019-01-01' is not a window: it ends before it starts; the whole data is shown",
      ]);
      expect(h.statusText).to.contain('1 warning');
      location.hash = '#timeline/no-such-event';
      await waitUntil(() => el.issues[0]?.message.startsWith('event'), 'no new warning');
      expect(el.issues).to.have.length(1);
      location.hash = '#timeline/?view=2016-01-01~2017-01-01';
      await waitUntil(() => el.issues.length === 0, 'the warnings stayed');
      await el.updateComplete;
      expect(h.problemsToggle).to.equal(null);
      location.hash = '#timeline/?q=%zz';
      await waitUntil(() => el.issues.length === 1, 'no warning for the broken escape');
      location.hash = '#another-timeline/x';
      await waitUntil(
        () => el.issues.length === 0,
        "another timeline's link kept this one's warning",
      );
    });
  });

  describe('two timelines on a page', () => {
    /** Timelines `a` and `b` with hash-links, both loaded. */
    async function two() {
      const story = await storyData();
      const h = await TimelineHarness.create(
        html`<event-timeline id="a" hash-links .data=${story}></event-timeline>
          <event-timeline id="b" hash-links .data=${story}></event-timeline>`,
      );
      await waitUntil(() => h.results.length === 2, 'both did not load');
      const [a, b] = [
        ...(h.el.parentElement?.querySelectorAll<Searchable>('event-timeline') ?? []),
      ];
      if (!a || !b) throw new Error('two timelines were not mounted');
      return { a, b };
    }

    it('each reads only its own part of the URL', async () => {
      setHash('#b/assad-ousted?view=2024-01-01~2025-01-01&q=assad');
      const { a, b } = await two();
      expect(b.selected).to.equal(STORY.ousted.id);
      expect(b.viewStart).to.equal('2024-01-01');
      expect(b.query).to.equal('assad');
      expect(a.selected).to.equal('');
      expect(a.viewStart).to.not.equal('2024-01-01');
      expect(a.query ?? '').to.equal('');
      location.hash = '#a/moscow-meeting';
      await waitUntil(() => a.selected === STORY.meeting.id, 'a did not select');
      expect(b.selected).to.equal(STORY.ousted.id);
      expect(b.query).to.equal('assad');
    });

    it("one timeline clearing its state leaves the other one's hash alone", async () => {
      const { a, b } = await two();
      b.select(STORY.meeting.id);
      await b.updateComplete;
      expect(location.hash).to.equal('#b/moscow-meeting');
      a.select(STORY.ousted.id);
      await a.updateComplete;
      expect(location.hash).to.equal('#a/assad-ousted');
      b.select(null);
      await b.updateComplete;
      expect(location.hash, "b's empty state does not clear a's link").to.equal('#a/assad-ousted');
    });
  });
});
