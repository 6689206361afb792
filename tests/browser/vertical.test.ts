import { expect, waitUntil } from '@open-wc/testing';
import { setViewport, skipSuiteWhereListed } from './engine.js';
import { loadJson, STORY_URL } from './fixtures.js';
import { TimelineHarness } from './harness.js';

const OUSTED = 'Assad is ousted';

/** Where the element and the page would scroll sideways, as "what: scrollWidth > clientWidth". */
function sidewaysScroll(h: TimelineHarness): string[] {
  const found: string[] = [];
  const page = document.scrollingElement ?? document.documentElement;
  for (const [name, node] of [
    ['element', h.el],
    ['page', page],
  ] as const) {
    if (node.scrollWidth > node.clientWidth) {
      found.push(`${name}: ${node.scrollWidth} > ${node.clientWidth}`);
    }
  }
  return found;
}

/** Card titles cut off by their own box or sticking out of their card. */
function cutTitles(h: TimelineHarness): string[] {
  return h.cards.flatMap((card) => {
    const title = card.querySelector<HTMLElement>('.card-title');
    if (!title) return [`no title in ${card.getAttribute('aria-label')}`];
    const t = title.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    const inside =
      t.left >= c.left - 0.5 &&
      t.right <= c.right + 0.5 &&
      t.top >= c.top - 0.5 &&
      t.bottom <= c.bottom + 0.5;
    return title.scrollWidth <= title.clientWidth && inside ? [] : [title.textContent ?? ''];
  });
}

/** Touch targets smaller than 44 × 44 px, as "name: w×h". */
function smallTargets(buttons: HTMLElement[]): string[] {
  return buttons
    .map((b) => ({ name: b.getAttribute('aria-label') ?? '', r: b.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 44 || r.height < 44)
    .map(({ name, r }) => `${name}: ${Math.round(r.width)}×${Math.round(r.height)}`);
}

describe('vertical layout', () => {
  let story: { events: { id: string; title: string }[] };

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    story = await loadJson(STORY_URL);
  });

  after(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('orientation="vertical" lays the same events top to bottom as cards, in time order', async () => {
    const h = await TimelineHarness.create({ data: story, width: 1280, orientation: 'vertical' });
    expect(h.el.matches(':state(vertical)')).to.equal(true);
    expect(h.el.matches(':state(horizontal)')).to.equal(false);
    expect(h.chart).to.equal(null);
    const cards = h.cards;
    expect(cards).to.have.length(10);
    expect(cards.every((c) => c.matches('[part~="event"]'))).to.equal(true);
    expect(cards.map((c) => h.eventOf(c).id)).to.deep.equal(h.el.events.map((e) => e.id));
    const tops = cards.map((c) => c.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).to.equal(tops.length);
    expect(cards.map((c) => c.querySelector('.card-title')?.textContent)).to.deep.equal(
      h.el.events.map((e) => e.title),
    );
  });

  for (const [width, layout] of [
    [320, 'vertical'],
    [375, 'vertical'],
    [599, 'vertical'],
    [600, 'horizontal'],
  ] as const) {
    it(`orientation auto at ${width} px is ${layout}`, async () => {
      const h = await TimelineHarness.create({ data: story, width });
      expect(h.el.getBoundingClientRect().width).to.equal(width);
      expect(h.el.matches(`:state(${layout})`)).to.equal(true);
      expect(h.el.matches(`:state(${layout === 'vertical' ? 'horizontal' : 'vertical'})`)).to.equal(
        false,
      );
      if (layout === 'vertical') {
        expect(h.cards).to.have.length(10);
        expect(h.chart).to.equal(null);
      } else {
        expect(h.cards).to.have.length(0);
        expect(h.chart).to.not.equal(null);
      }
    });
  }

  it('follows the width as it changes', async () => {
    const h = await TimelineHarness.create({ data: story, width: 800 });
    expect(h.el.matches(':state(horizontal)')).to.equal(true);
    h.container.style.width = '400px';
    await waitUntil(() => h.el.matches(':state(vertical)') && h.cards.length === 10, 'vertical');
    h.container.style.width = '800px';
    await waitUntil(() => h.el.matches(':state(horizontal)') && h.chart !== null, 'horizontal');
  });

  it('selecting a card opens the detail inline, right under it', async () => {
    const h = await TimelineHarness.create({ data: story, width: 375 });
    const card = h.cards.find((c) => h.eventOf(c).title === OUSTED) as HTMLButtonElement;
    card.click();
    await h.el.updateComplete;
    expect(h.el.selected).to.equal('assad-ousted');
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal(['assad-ousted']);
    expect(card.getAttribute('aria-expanded')).to.equal('true');
    const detail = h.detail as HTMLElement;
    expect(detail, 'the detail').to.not.equal(null);
    expect(detail.closest('li.card-item')).to.equal(card.closest('li.card-item'));
    expect(detail.querySelector('h3')?.textContent).to.equal(OUSTED);
    const cardBox = card.getBoundingClientRect();
    const detailBox = detail.getBoundingClientRect();
    expect(detailBox.top).to.be.at.least(cardBox.bottom - 0.5);
    const next = card.closest('li.card-item')?.nextElementSibling as HTMLElement;
    expect(next.getBoundingClientRect().top).to.be.at.least(detailBox.bottom - 0.5);
    expect(h.root.querySelectorAll('[part~="detail"]')).to.have.length(1);
  });

  it('Enter opens a card, Escape closes it and leaves focus on the card', async () => {
    const h = await TimelineHarness.create({ data: story, width: 375 });
    const card = h.cards.find((c) => h.eventOf(c).title === OUSTED) as HTMLButtonElement;
    await h.press('Enter', card);
    expect(h.el.selected).to.equal('assad-ousted');
    await h.press('Escape');
    expect(h.detail).to.equal(null);
    expect(h.focused).to.equal(h.cards.find((c) => h.eventOf(c).title === OUSTED));
  });

  it('keeps the selection when the layout changes', async () => {
    const h = await TimelineHarness.create({ data: story, width: 800 });
    await h.click(OUSTED);
    h.el.orientation = 'vertical';
    await h.waitFrames(2);
    const card = h.cards.find((c) => h.eventOf(c).title === OUSTED) as HTMLButtonElement;
    expect(h.el.selected).to.equal('assad-ousted');
    expect(card.getAttribute('aria-expanded')).to.equal('true');
    expect(h.detail?.closest('li.card-item')).to.equal(card.closest('li.card-item'));
    h.el.orientation = 'horizontal';
    await h.waitFrames(2);
    expect(h.buttonByTitle(OUSTED).getAttribute('aria-expanded')).to.equal('true');
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(OUSTED);
  });

  it('has no WCAG 2.x A/AA violations, with the detail closed and open', async () => {
    const h = await TimelineHarness.create({ data: story, width: 375 });
    expect(h.el.matches(':state(vertical)')).to.equal(true);
    expect(await h.axeViolations()).to.deep.equal([]);
    h.el.select('moscow-meeting');
    await h.el.updateComplete;
    expect(h.detail).to.not.equal(null);
    expect(await h.axeViolations()).to.deep.equal([]);
  });
});

describe('vertical layout on a 320 px phone', () => {
  let story: unknown;
  let margin = '';
  let overflowY = '';
  /** The page's width beside its scrollbar, which the timeline fills. */
  let page = 0;

  before(async function () {
    skipSuiteWhereListed(this);
    await setViewport({ width: 320, height: 800 });
    story = await loadJson(STORY_URL);
    // The timeline fills the page's width, as on a phone, with no margin of the test page around it.
    margin = document.body.style.margin;
    document.body.style.margin = '0';
    // A phone's scrollbar lies over the page; Firefox's takes 12 px of its width once the cards
    // make the page tall. Shown from the start, it leaves a width that the cards do not change.
    overflowY = document.documentElement.style.overflowY;
    document.documentElement.style.overflowY = 'scroll';
    page = document.documentElement.clientWidth;
  });

  after(async () => {
    document.body.style.margin = margin;
    document.documentElement.style.overflowY = overflowY;
    await setViewport({ width: 1400, height: 1000 });
  });

  it('nothing scrolls sideways and no title is cut off, with the detail closed and open', async () => {
    const h = await TimelineHarness.create({ data: story, width: page });
    expect(h.el.matches(':state(vertical)')).to.equal(true);
    expect(sidewaysScroll(h)).to.deep.equal([]);
    expect(cutTitles(h)).to.deep.equal([]);
    h.el.select('bases-leases');
    await h.el.updateComplete;
    expect(h.detail).to.not.equal(null);
    expect(sidewaysScroll(h)).to.deep.equal([]);
    expect(cutTitles(h)).to.deep.equal([]);
  });

  it('every card and control button is at least 44 × 44 px', async () => {
    const h = await TimelineHarness.create({ data: story, width: page });
    expect(h.cards).to.have.length(10);
    expect(h.controlButtons).to.have.length(4);
    expect(smallTargets([...h.cards, ...h.controlButtons])).to.deep.equal([]);
  });
});
