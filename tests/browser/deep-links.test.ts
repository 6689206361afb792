import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from './engine.js';
import { loadJson, STORY_URL, utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';

const MEETING = 'Al-Shaibani and Lavrov meet in Moscow';

describe('deep links', () => {
  let story: unknown;
  let url = '';

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    story = await loadJson(STORY_URL);
  });

  beforeEach(() => {
    url = location.href;
  });

  afterEach(() => {
    history.replaceState(history.state, '', url);
    window.scrollTo(0, 0);
  });

  /** Puts `hash` in the page's URL without a new history entry or a hashchange. */
  function setHash(hash: string): void {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  it('selecting an event writes #<element id>/<event id> in place of the URL', async () => {
    const h = await TimelineHarness.create({ data: story, id: 'syria', hashLinks: true });
    const entries = history.length;
    await h.click('Assad is ousted');
    expect(location.hash).to.equal('#syria/assad-ousted');
    await h.click(MEETING);
    expect(location.hash).to.equal('#syria/moscow-meeting');
    expect(history.length, 'no new history entries').to.equal(entries);
    await h.click(MEETING);
    expect(location.hash).to.equal('');
    expect(location.href).to.equal(url.split('#')[0]);
  });

  it('an element without an id writes #timeline/<event id>', async () => {
    const h = await TimelineHarness.create({ data: story, hashLinks: true });
    h.el.select('bases-leases');
    await h.el.updateComplete;
    expect(location.hash).to.equal('#timeline/bases-leases');
  });

  it('without hash-links the URL is left alone', async () => {
    const h = await TimelineHarness.create({ data: story });
    await h.click('Assad is ousted');
    expect(h.el.selected).to.equal('assad-ousted');
    expect(location.href).to.equal(url);
  });

  it('a page whose hash names an event selects it on load and brings it into view', async () => {
    setHash('#timeline/moscow-meeting');
    const h = await TimelineHarness.create({
      data: story,
      hashLinks: true,
      viewStart: '2015-01-01',
      viewEnd: '2016-12-31',
    });
    expect(h.el.selected).to.equal('moscow-meeting');
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal(['moscow-meeting']);
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(MEETING);
    await h.settle();
    const { start, end } = h.view();
    expect(start).to.be.at.most(utc(2025, 7, 31));
    expect(end).to.be.at.least(utc(2025, 8, 1));
    expect(h.buttonByTitle(MEETING).getAttribute('aria-expanded')).to.equal('true');
  });

  it('a timeline far down the page named by the hash scrolls into view', async () => {
    setHash('#far/assad-flees');
    const h = await TimelineHarness.create(
      html`<div style="height: 3000px"></div>
        <event-timeline id="far" hash-links .data=${story}></event-timeline>`,
    );
    expect(h.el.selected).to.equal('assad-flees');
    await waitUntil(() => {
      const r = h.el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    }, 'the timeline was not scrolled into view');
  });

  it('a hashchange selects the event it names', async () => {
    const h = await TimelineHarness.create({ data: story, hashLinks: true });
    location.hash = '#timeline/review-pledge';
    await waitUntil(() => h.el.selected === 'review-pledge', 'hashchange did not select');
    await h.el.updateComplete;
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(
      'Pledge to review Assad-era agreements',
    );
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal(['review-pledge']);
  });

  it('a hash for another timeline, or for no event, selects nothing', async () => {
    setHash('#other/moscow-meeting');
    const h = await TimelineHarness.create({ data: story, hashLinks: true });
    expect(h.el.selected).to.equal('');
    location.hash = '#timeline/no-such-event';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await h.el.updateComplete;
    expect(h.el.selected).to.equal('');
    expect(h.selections).to.have.length(0);
  });

  it('selects from the hash in the vertical layout too, with the detail under its card', async () => {
    setHash('#timeline/moscow-meeting');
    const h = await TimelineHarness.create({ data: story, hashLinks: true, width: 375 });
    expect(h.el.matches(':state(vertical)')).to.equal(true);
    expect(h.el.selected).to.equal('moscow-meeting');
    const card = h.cards.find((c) => h.eventOf(c).id === 'moscow-meeting');
    expect(h.detail?.closest('li')).to.equal(card?.closest('li'));
  });
});
