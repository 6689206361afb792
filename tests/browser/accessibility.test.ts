import { expect, html } from '@open-wc/testing';
import { setViewport } from './engine.js';
import { event } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyData, storyHarness } from './story-harness.js';

/** Three events years apart, and two that cannot be read. */
const withProblems = {
  title: 'With problems',
  events: [
    event('Founding', '1990'),
    event('Bad month', '2024-13-45'),
    event('Expansion', '2000-06'),
    { start: '2005' },
    event('Merger', '2010-10-10'),
  ],
};

describe('accessibility', () => {
  let story: { title: string; events: unknown[] };

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    story = (await storyData()) as typeof story;
  });

  it('the story with its detail card open has no WCAG 2.x A/AA violations', async () => {
    const h = await storyHarness();
    await h.click(STORY.meeting.title);
    expect(h.detail).to.not.equal(null);
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('a timeline with its problems list expanded has no WCAG 2.x A/AA violations', async () => {
    const h = await TimelineHarness.create({ data: withProblems, width: 1000 });
    await h.press('Enter', h.problemsToggle ?? undefined);
    expect(h.problems).to.have.length(2);
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('a detail card listing several linked sources has no WCAG 2.x A/AA violations', async () => {
    const h = await TimelineHarness.create({
      data: {
        events: [
          event('Well sourced', '2025-07-31', {
            id: 'sourced',
            sources: [
              { title: 'First report', url: 'https://example.org/1', publisher: 'Wire' },
              { title: 'Second report', url: 'https://example.org/2', publisher: 'Paper' },
              { title: 'Third report', url: 'https://example.org/3' },
            ],
          }),
        ],
      },
    });
    h.el.select('sourced');
    await h.el.updateComplete;
    expect(h.detail?.querySelectorAll('.sources a')).to.have.length(3);
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('the region is named by the label attribute over the data title', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline label="Bases timeline" .data=${story}></event-timeline>`,
    );
    expect(h.accessibleName(h.region as HTMLElement)).to.equal('Bases timeline');
    h.el.label = 'Renamed';
    await h.el.updateComplete;
    expect(h.accessibleName(h.region as HTMLElement)).to.equal('Renamed');
    h.el.label = '';
    await h.el.updateComplete;
    expect(h.accessibleName(h.region as HTMLElement)).to.equal('Russia and Syria, 2011–2066');
  });

  it('the region is named by the data title, else "Timeline"', async () => {
    const titled = await storyHarness();
    expect(titled.region?.getAttribute('role')).to.equal('region');
    expect(titled.accessibleName(titled.region as HTMLElement)).to.equal(
      'Russia and Syria, 2011–2066',
    );
    const untitled = await TimelineHarness.create({ data: { events: [event('Only', '2020')] } });
    expect(untitled.accessibleName(untitled.region as HTMLElement)).to.equal('Timeline');
  });

  it('lists the events as a named list of buttons, one per item', async () => {
    const h = await storyHarness();
    const list = h.root.querySelector('ol.events') as HTMLElement;
    expect(h.accessibleName(list)).to.equal('Events');
    const items = [...list.querySelectorAll(':scope > li')];
    expect(items).to.have.length(10);
    for (const item of items) {
      expect(item.querySelectorAll('button')).to.have.length(1);
      expect(item.querySelector('button')?.getAttribute('type')).to.equal('button');
    }
  });

  it('the events are one Tab stop, and the arrow keys move through them in time order', async () => {
    const h = await storyHarness();
    const stops = h.buttons.filter((b) => b.tabIndex === 0);
    expect(stops, 'one button in the Tab order').to.have.length(1);
    stops[0]?.focus();
    const names = [h.focused?.getAttribute('aria-label') ?? ''];
    for (let i = 1; i < 10; i++) {
      await h.press('ArrowRight');
      names.push(h.focused?.getAttribute('aria-label') ?? '');
    }
    expect(names).to.deep.equal(h.el.events.map((_, i) => h.buttonNames[i]));
    expect(names[0]).to.match(/^Syrian civil war, /);
    expect(names[9]).to.match(/^Pledge to review Assad-era agreements, /);
    await h.press('Home');
    expect(h.focused?.getAttribute('aria-label')).to.match(/^Syrian civil war, /);
    await h.press('End');
    expect(h.focused?.getAttribute('aria-label')).to.match(/^Pledge to review/);
    // The focused event is now the Tab stop, so Tab leaves the events.
    expect(
      h.buttons.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('aria-label')),
    ).to.deep.equal([h.focused?.getAttribute('aria-label')]);
  });

  it('the detail card is a region labelled by its title', async () => {
    const h = await storyHarness();
    await h.click(STORY.ousted.title);
    expect(h.accessibleName(h.detail as HTMLElement)).to.equal(STORY.ousted.title);
    const close = h.detail?.querySelector('button.close') as HTMLElement;
    expect(h.accessibleName(close)).to.equal('Close');
  });
});
