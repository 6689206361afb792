import { expect } from '@open-wc/testing';
import { TimelineHarness } from './harness/timeline-harness.js';

/** `n` events spread over `categories` categories, each with a few events. */
function manyCategories(categories: number, n: number) {
  const day = (i: number) => new Date(Date.UTC(1990, 0, 1) + i * 864e5).toISOString().slice(0, 10);
  return {
    categories: Array.from({ length: categories }, (_, i) => ({
      id: `c${i}`,
      label: `Category ${i}`,
    })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: day(i * 3),
      category: `c${(i * 7) % categories}`,
    })),
  };
}

const laneNames = (h: TimelineHarness) =>
  [...h.root.querySelectorAll('[part="lane"]')].map((l) =>
    l.textContent?.replace(/\s+/g, ' ').trim(),
  );

describe('a timeline with thousands of categories', () => {
  it('shows 24 lanes and one for the rest, in fewer than 2,000 DOM nodes', async () => {
    const h = await TimelineHarness.create({
      data: manyCategories(3000, 6000),
      width: 1200,
      orientation: 'horizontal',
    });
    expect(h.root.querySelectorAll('*').length).to.be.below(2000);
    const names = laneNames(h);
    expect(names.length).to.equal(25);
    expect(names[0]).to.equal('Category 0');
    expect(names[23]).to.equal('Category 23');
    expect(names[24]).to.match(/^2,976 more categories Show categories 25–48 of 3,000$/);
  });

  it('pages through the categories with the button, by click and by keyboard', async () => {
    const h = await TimelineHarness.create({
      data: manyCategories(3000, 6000),
      width: 1200,
      orientation: 'horizontal',
    });
    const more = () => h.root.querySelector<HTMLButtonElement>('[part="lane-more"]');
    more()?.click();
    await h.el.updateComplete;
    expect(laneNames(h)[0]).to.equal('Category 24');
    expect(h.root.querySelectorAll('*').length).to.be.below(2000);
    await h.press('Enter', more() ?? undefined);
    expect(laneNames(h)[0]).to.equal('Category 48');
    expect(h.activeElement, 'focus stays on the button').to.equal(more());
    // An event of a category without a lane of its own is still there, in the last lane.
    const hidden = h.el.events.find((e) => e.category === 'c2999');
    expect(hidden).to.not.equal(undefined);
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('keeps a lane per category when there are 24 or fewer', async () => {
    const h = await TimelineHarness.create({
      data: manyCategories(24, 500),
      width: 1200,
      orientation: 'horizontal',
    });
    expect(laneNames(h).length).to.equal(24);
    expect(h.root.querySelector('[part="lane-more"]')).to.equal(null);
  });
});
