import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { event, frames, loadJson, STORY_URL, TIMELINEJS_URL } from './fixtures.js';
import { type LoadDetail, TimelineHarness } from './harness/timeline-harness.js';

// What only some pages need loads on first use: the table view and the readers of TimelineJS3
// and vis-timeline data. These tests run in a fresh page, in order: each checks that its module
// has not been loaded before it asks for it.

/** Whether the page has loaded a module of this name (from the dev server, one file per module). */
function loaded(name: string): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(`/${name}.ts`));
}

/** Waits for the update under way, without waiting for the chunks it asked for. */
function ownUpdate(el: LitElement): Promise<boolean> {
  // LitElement's own updateComplete; the element's override also waits for loading chunks.
  return (
    LitElement.prototype as unknown as { getUpdateComplete(): Promise<boolean> }
  ).getUpdateComplete.call(el);
}

describe('chunks loaded on first use', () => {
  it('the Table button works from its first press, while the table view loads: no press is lost, focus stays', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL) });
    expect(loaded('table-view'), 'the table view is not loaded with the element').to.equal(false);
    h.tableToggle.focus();
    // Presses before the table view can have arrived each count: open, closed, open again.
    h.tableToggle.click();
    h.tableToggle.click();
    await ownUpdate(h.el);
    expect(h.tableToggle.getAttribute('aria-pressed'), 'two presses: closed').to.equal('false');
    h.tableToggle.click();
    await ownUpdate(h.el);
    expect(h.tableToggle.getAttribute('aria-pressed'), 'the press shows at once').to.equal('true');
    await h.el.updateComplete;
    expect(loaded('table-view'), 'loaded on the first press').to.equal(true);
    expect(h.tableCaption).to.equal('Events 1–10 of 10');
    expect(h.plot, 'the drawing gives way').to.equal(null);
    expect(h.focused, 'focus stays on the toggle').to.equal(h.tableToggle);
    await h.press('Enter', h.tableToggle);
    expect(h.table).to.equal(null);
    expect(h.plot).to.not.equal(null);
    expect(h.focused).to.equal(h.tableToggle);
  });

  it('story mode loads with mode="story", not before, and tells the story once it is here', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL) });
    expect(loaded('story-state'), 'not loaded for the chart').to.equal(false);
    h.el.setAttribute('mode', 'story');
    await h.el.updateComplete;
    expect(loaded('story-state')).to.equal(true);
    const slide = h.el.shadowRoot?.querySelector('.story .slide');
    expect(slide?.getAttribute('aria-label')).to.equal('1 of 11');
  });

  it("the overview's brush loads with the first strip, and its window is there when the element is ready", async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL) });
    await h.el.updateComplete;
    expect(loaded('overview-brush-behaviour')).to.equal(true);
    const box = h.el.shadowRoot?.querySelector<SVGRectElement>('.overview g.brush .selection');
    expect(Number(box?.getAttribute('width'))).to.be.greaterThan(100);
  });

  it('the vertical layout loads when an element is narrow, and timeline-load waits for it', async () => {
    expect(loaded('vertical-chunk'), 'not loaded for a wide element').to.equal(false);
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL) }, { width: 375 });
    expect(loaded('vertical-chunk')).to.equal(true);
    // timeline-load came once the cards were drawn.
    expect(h.el.shadowRoot?.querySelectorAll('.plot.vertical [part~="event"]').length).to.equal(10);
  });

  it('the TimelineJS reader loads when TimelineJS data arrives, not before', async () => {
    const h = await TimelineHarness.create({ data: { events: [event('Native', '2020')] } });
    expect(loaded('adapt-timelinejs'), 'not loaded for native data').to.equal(false);
    h.el.data = await loadJson(TIMELINEJS_URL);
    await h.el.updateComplete;
    expect(loaded('adapt-timelinejs')).to.equal(true);
    expect(loaded('adapt-vis'), 'only the reader the data needs').to.equal(false);
    expect(h.el.events.map((e) => e.title)).to.deep.equal([
      'Hmeimim agreement',
      'Russian air campaign',
      '49-year lease on Tartus',
      'Agreements under review',
    ]);
    const { detail } = await h.loaded();
    expect((detail as LoadDetail).events, 'timeline-load once the reader has read it').to.equal(4);
  });

  it('data set while the vis-timeline reader loads wins over the data that asked for it', async () => {
    const h = await TimelineHarness.create({ data: { events: [event('First', '2020')] } });
    expect(loaded('adapt-vis')).to.equal(false);
    h.el.data = [{ id: 1, content: 'From vis', start: '2021-01-01' }];
    // The update has asked for the reader, which cannot have arrived yet.
    await ownUpdate(h.el);
    h.el.data = { events: [event('Later', '2022')] };
    await h.el.updateComplete;
    // The reader arrives (the same module the element asked for) and must change nothing.
    await import('../../src/model/adapt-vis.js');
    await frames(2);
    await h.el.updateComplete;
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['Later']);
    expect(h.buttonNames).to.deep.equal(['Later, 2022']);
    expect(h.results.map((e) => (e.detail as LoadDetail).events)).to.deep.equal([1, 1]);
  });

  it('links load with hash-links, not before, and timeline-load waits for the link to be shown', async () => {
    const story = await loadJson(STORY_URL);
    await TimelineHarness.create({ data: story });
    expect(loaded('url-link'), 'not loaded without hash-links').to.equal(false);
    const url = location.href;
    history.replaceState(history.state, '', '#timeline/assad-ousted');
    try {
      const h = await TimelineHarness.create({ data: story, hashLinks: true });
      expect(loaded('url-link')).to.equal(true);
      // timeline-load came with the link's event open.
      expect(h.el.selected).to.equal('assad-ousted');
      expect(h.detail?.querySelector('h3')?.textContent).to.equal('Assad is ousted');
    } finally {
      history.replaceState(history.state, '', url);
    }
  });
});
