import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from './engine.js';
import { utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyData, storyHarness } from './story-harness.js';

describe('deep links', () => {
  let story: unknown;
  let url = '';

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    story = await storyData();
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
    const h = await storyHarness({ id: 'syria', hashLinks: true });
    const entries = history.length;
    await h.click(STORY.ousted.title);
    expect(location.hash).to.equal('#syria/assad-ousted');
    await h.click(STORY.meeting.title);
    expect(location.hash).to.equal('#syria/moscow-meeting');
    expect(history.length, 'no new history entries').to.equal(entries);
    await h.click(STORY.meeting.title);
    expect(location.hash).to.equal('');
    expect(location.href).to.equal(url.split('#')[0]);
  });

  it('an element without an id writes #timeline/<event id>', async () => {
    const h = await storyHarness({ hashLinks: true });
    h.el.select(STORY.leases.id);
    await h.el.updateComplete;
    expect(location.hash).to.equal('#timeline/bases-leases');
  });

  it('without hash-links the URL is left alone', async () => {
    const h = await storyHarness();
    await h.click(STORY.ousted.title);
    expect(h.el.selected).to.equal(STORY.ousted.id);
    expect(location.href).to.equal(url);
  });

  it('a page whose hash names an event selects it on load and brings it into view', async () => {
    setHash('#timeline/moscow-meeting');
    const h = await storyHarness({
      hashLinks: true,
      viewStart: '2015-01-01',
      viewEnd: '2016-12-31',
    });
    expect(h.el.selected).to.equal(STORY.meeting.id);
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal([STORY.meeting.id]);
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(STORY.meeting.title);
    await h.settle();
    const { start, end } = h.view();
    expect(start).to.be.at.most(utc(2025, 7, 31));
    expect(end).to.be.at.least(utc(2025, 8, 1));
    expect(h.buttonByTitle(STORY.meeting.title).getAttribute('aria-expanded')).to.equal('true');
  });

  it('a timeline far down the page named by the hash scrolls into view', async () => {
    setHash('#far/assad-flees');
    const h = await TimelineHarness.create(
      html`<div style="height: 3000px"></div>
        <event-timeline id="far" hash-links .data=${story}></event-timeline>`,
    );
    expect(h.el.selected).to.equal(STORY.flees.id);
    await waitUntil(() => {
      const r = h.el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    }, 'the timeline was not scrolled into view');
  });

  it('a hashchange selects the event it names', async () => {
    const h = await storyHarness({ hashLinks: true });
    location.hash = '#timeline/review-pledge';
    await waitUntil(() => h.el.selected === STORY.pledge.id, 'hashchange did not select');
    await h.el.updateComplete;
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(STORY.pledge.title);
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal([STORY.pledge.id]);
  });

  it('a hash for another timeline, or for no event, selects nothing', async () => {
    setHash('#other/moscow-meeting');
    const h = await storyHarness({ hashLinks: true });
    expect(h.el.selected).to.equal('');
    location.hash = '#timeline/no-such-event';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await h.el.updateComplete;
    expect(h.el.selected).to.equal('');
    expect(h.selections).to.have.length(0);
  });

  it('selects from the hash in the vertical layout too, with the detail under its card', async () => {
    setHash('#timeline/moscow-meeting');
    const h = await storyHarness({ hashLinks: true, width: 375 });
    expect(h.el.matches(':state(vertical)')).to.equal(true);
    expect(h.el.selected).to.equal(STORY.meeting.id);
    const card = h.cards.find((c) => h.eventOf(c).id === STORY.meeting.id);
    expect(h.detail?.closest('li')).to.equal(card?.closest('li'));
  });
});
