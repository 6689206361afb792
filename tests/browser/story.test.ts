import { expect } from '@open-wc/testing';
import { setViewport } from './engine.js';
import { STORY_URL } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY_NAMES } from './story-harness.js';

describe('the Russia–Syria story at 1280 px', () => {
  let h: TimelineHarness;

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  beforeEach(async () => {
    h = await TimelineHarness.create({ src: STORY_URL, width: 1280 });
  });

  it('has no WCAG 2.x A/AA violations', async () => {
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('loads all ten events with no issues', async () => {
    const result = h.results.at(-1);
    expect(result?.type).to.equal('timeline-load');
    expect(result?.detail).to.deep.equal({ events: 10, issues: [] });
    expect(h.el.events).to.have.length(10);
  });

  it('gives every event a button named by its title, its date at its precision and its category', async () => {
    expect(h.buttonNames).to.deep.equal(STORY_NAMES);
  });

  it('the buttons carry the same names in the accessibility tree (accname)', async () => {
    expect(h.buttons.map((b) => h.accessibleName(b))).to.deep.equal(STORY_NAMES);
    expect(h.buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(
      STORY_NAMES.map(() => 'false'),
    );
  });

  it('shows year labels on the axis', async () => {
    const ticks = h.tickLabels;
    expect(ticks).to.include.members(['2015', '2020', '2025']);
    for (const tick of ticks) expect(tick).to.match(/^\d{4}$/);
    const years = ticks.map(Number);
    expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    expect(new Set(years).size).to.equal(years.length);
  });

  it('compresses the empty decades before 2066 into a break that says what it hides', async () => {
    const breaks = [...h.root.querySelectorAll('svg .break-label')].map((t) => t.textContent ?? '');
    expect(breaks).to.have.length(1);
    // Most of the 40 years from today to 2067; a little at each end stays at full scale.
    expect(Number(/^(\d+) years$/.exec(breaks[0] as string)?.[1])).to.be.within(30, 40);
    // The years on either side of the break are far wider apart than the years inside it.
    const x = (year: string) =>
      [...h.root.querySelectorAll('svg .tick-label')]
        .find((t) => t.textContent === year)
        ?.getBoundingClientRect().left ?? Number.NaN;
    expect(x('2025') - x('2024')).to.be.greaterThan(40);
  });

  it('shows the four lane names', async () => {
    expect(h.laneNames).to.deep.equal(['Conflict', 'Military', 'Politics', 'Diplomacy']);
  });

  it('says "10 events" in the status line, with nothing to show as problems', async () => {
    expect(h.statusText).to.equal('10 events');
    expect(h.problemsToggle).to.equal(null);
  });

  it('names the region after the data title', async () => {
    expect(h.region?.getAttribute('aria-label')).to.equal('Russia and Syria, 2011–2066');
    expect(h.accessibleName(h.region as HTMLElement)).to.equal('Russia and Syria, 2011–2066');
  });

  it('keeps the drawing out of the accessibility tree, and each name starts with its visible label', async () => {
    expect(h.chart?.getAttribute('aria-hidden')).to.equal('true');
    expect(h.labels.length).to.be.greaterThan(0);
    for (const label of h.labels) {
      const button = label.closest('button');
      // WCAG 2.5.3, label in name: the visible title is where the accessible name begins.
      expect(button?.getAttribute('aria-label')?.startsWith(label.textContent ?? '-')).to.equal(
        true,
      );
    }
  });
});
