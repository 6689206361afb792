import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport, skipSuiteWhereListed } from './engine.js';
import { event } from './fixtures.js';
import { shapeBox } from './harness/dom.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyData, storyHarness } from './story-harness.js';

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
  after(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('orientation="vertical" lays the same events top to bottom as cards, in time order', async () => {
    const h = await storyHarness({ orientation: 'vertical' });
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
      const h = await storyHarness({ width });
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
    const h = await storyHarness({ width: 800 });
    expect(h.el.matches(':state(horizontal)')).to.equal(true);
    h.container.style.width = '400px';
    await waitUntil(() => h.el.matches(':state(vertical)') && h.cards.length === 10, 'vertical');
    h.container.style.width = '800px';
    await waitUntil(() => h.el.matches(':state(horizontal)') && h.chart !== null, 'horizontal');
  });

  it('selecting a card opens the detail inline, right under it', async () => {
    const h = await storyHarness({ width: 375 });
    const card = h.cards.find(
      (c) => h.eventOf(c).title === STORY.ousted.title,
    ) as HTMLButtonElement;
    card.click();
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(STORY.ousted.id);
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal([STORY.ousted.id]);
    expect(card.getAttribute('aria-expanded')).to.equal('true');
    const detail = h.detail as HTMLElement;
    expect(detail, 'the detail').to.not.equal(null);
    expect(detail.closest('li.card-item')).to.equal(card.closest('li.card-item'));
    expect(detail.querySelector('h3')?.textContent).to.equal(STORY.ousted.title);
    const cardBox = card.getBoundingClientRect();
    const detailBox = detail.getBoundingClientRect();
    expect(detailBox.top).to.be.at.least(cardBox.bottom - 0.5);
    const next = card.closest('li.card-item')?.nextElementSibling as HTMLElement;
    expect(next.getBoundingClientRect().top).to.be.at.least(detailBox.bottom - 0.5);
    expect(h.root.querySelectorAll('[part~="detail"]')).to.have.length(1);
  });

  it('Enter opens a card, Escape closes it and leaves focus on the card', async () => {
    const h = await storyHarness({ width: 375 });
    const card = h.cards.find(
      (c) => h.eventOf(c).title === STORY.ousted.title,
    ) as HTMLButtonElement;
    await h.press('Enter', card);
    expect(h.el.selected).to.equal(STORY.ousted.id);
    await h.press('Escape');
    expect(h.detail).to.equal(null);
    expect(h.focused).to.equal(h.cards.find((c) => h.eventOf(c).title === STORY.ousted.title));
  });

  it('keeps the selection when the layout changes', async () => {
    const h = await storyHarness({ width: 800 });
    await h.click(STORY.ousted.title);
    h.el.orientation = 'vertical';
    await h.waitFrames(2);
    const card = h.cards.find(
      (c) => h.eventOf(c).title === STORY.ousted.title,
    ) as HTMLButtonElement;
    expect(h.el.selected).to.equal(STORY.ousted.id);
    expect(card.getAttribute('aria-expanded')).to.equal('true');
    expect(h.detail?.closest('li.card-item')).to.equal(card.closest('li.card-item'));
    h.el.orientation = 'horizontal';
    await h.waitFrames(2);
    expect(h.buttonByTitle(STORY.ousted.title).getAttribute('aria-expanded')).to.equal('true');
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(STORY.ousted.title);
  });

  it('has no WCAG 2.x A/AA violations, with the detail closed and open', async () => {
    const h = await storyHarness({ width: 375 });
    expect(h.el.matches(':state(vertical)')).to.equal(true);
    expect(await h.axeViolations()).to.deep.equal([]);
    h.el.select(STORY.meeting.id);
    await h.el.updateComplete;
    expect(h.detail).to.not.equal(null);
    expect(await h.axeViolations()).to.deep.equal([]);
  });
});

describe('vertical layout on a 320 px phone', () => {
  const phone = { width: 320, height: 800 };
  let margin = '';
  let overflowY = '';
  /** The page's width beside its scrollbar, which the timeline fills. */
  let page = 0;

  before(async function () {
    skipSuiteWhereListed(this);
    await setViewport(phone);
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
    const h = await storyHarness({ width: page, viewport: phone });
    expect(h.el.matches(':state(vertical)')).to.equal(true);
    expect(sidewaysScroll(h)).to.deep.equal([]);
    expect(cutTitles(h)).to.deep.equal([]);
    h.el.select(STORY.leases.id);
    await h.el.updateComplete;
    expect(h.detail).to.not.equal(null);
    expect(sidewaysScroll(h)).to.deep.equal([]);
    expect(cutTitles(h)).to.deep.equal([]);
  });

  it('every card and control button is at least 44 × 44 px', async () => {
    const h = await storyHarness({ width: page, viewport: phone });
    expect(h.cards).to.have.length(10);
    expect(h.controlButtons).to.have.length(4);
    expect(smallTargets([...h.cards, ...h.controlButtons])).to.deep.equal([]);
  });
});

/** The box of a node's text as drawn (a heading's block is as wide as its list; its text is not). */
function textBox(node: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/** The card of an event in the vertical layout, by its id. */
function cardItem(h: TimelineHarness, id: string): HTMLElement {
  const index = h.el.events.findIndex((e) => e.id === id);
  const item = h.root.querySelector<HTMLElement>(`li.card-item[data-index="${index}"]`);
  if (!item) throw new Error(`no card for '${id}'`);
  return item;
}

/** The vertical middle of an event's mark on the line, in client px. */
function markY(h: TimelineHarness, id: string): number {
  const mark = cardItem(h, id).querySelector<SVGGraphicsElement>('svg.dot .mark');
  if (!mark) throw new Error(`no mark on the line for '${id}'`);
  const box = shapeBox(mark);
  return box.top + box.height / 2;
}

/** The pieces of an event's range bar, and the box they make together, in client px. */
function bar(h: TimelineHarness, id: string): { pieces: HTMLElement[]; box: DOMRect } {
  const index = h.el.events.findIndex((e) => e.id === id);
  const pieces = [...h.root.querySelectorAll<HTMLElement>(`.bar[data-bar="${index}"]`)];
  const boxes = pieces.map((p) => p.getBoundingClientRect());
  if (!boxes.length) return { pieces, box: new DOMRect() };
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return { pieces, box: new DOMRect(left, top, right - left, bottom - top) };
}

const RANGES = [
  STORY.civilWar.id,
  STORY.intervention.id,
  STORY.leases.id,
  STORY.offensive.id,
  STORY.transition.id,
];

describe('vertical layout at 375 px: headings, range bars', () => {
  let story: { events: { id: string; title: string }[] };

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    story = (await storyData()) as typeof story;
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the year headings stand at least 8 px in from the border, ${dir}`, async () => {
      const h = await TimelineHarness.create(
        html`<div dir=${dir}><event-timeline .data=${story}></event-timeline></div>`,
        { width: 375 },
      );
      expect(h.el.matches(':state(vertical)')).to.equal(true);
      const host = h.el.getBoundingClientRect();
      const headings = [...h.root.querySelectorAll('.marker')];
      expect(headings.map((m) => m.textContent?.trim())).to.deep.equal([
        '2011',
        '2015',
        '2017',
        '2024',
        '2025',
      ]);
      const close = headings.flatMap((m) => {
        const box = textBox(m);
        const inset = Math.min(box.left - host.left, host.right - box.right);
        return inset >= 8 ? [] : [`${m.textContent?.trim()}: ${inset.toFixed(1)} px`];
      });
      expect(close).to.deep.equal([]);
    });
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`a range's bar runs from its mark down to the mark of the last card before its end, ${dir}`, async () => {
      const h = await TimelineHarness.create(
        html`<div dir=${dir}><event-timeline .data=${story}></event-timeline></div>`,
        { width: 375 },
      );
      // The intervention runs from 30 September 2015 to 8 December 2024: the last card that
      // starts by then is the transition, the third of 8 December.
      const { pieces, box } = bar(h, STORY.intervention.id);
      expect(pieces.length, 'pieces, one per card it passes').to.equal(6);
      expect(box.top).to.be.closeTo(markY(h, STORY.intervention.id), 1.5);
      expect(box.bottom).to.be.closeTo(markY(h, STORY.transition.id), 1.5);
      // Drawn whole: no gap between a piece and the next.
      const tops = pieces.map((p) => p.getBoundingClientRect()).sort((a, b) => a.top - b.top);
      for (let i = 1; i < tops.length; i++) {
        expect(tops[i]?.top, `piece ${i}`).to.be.closeTo(tops[i - 1]?.bottom as number, 0.5);
      }
      // Between the line and the cards.
      const line = h.root.querySelector('ol.cards') as HTMLElement;
      const card = cardItem(h, STORY.intervention.id).querySelector('.card') as HTMLElement;
      const [lineBox, cardBox] = [line.getBoundingClientRect(), card.getBoundingClientRect()];
      if (dir === 'ltr') expect(box.left).to.be.within(lineBox.left + 2, cardBox.left);
      else expect(box.right).to.be.within(cardBox.right, lineBox.right - 2);
    });
  }

  it('ranges that overlap in time stand side by side; one that runs on fades out', async () => {
    const h = await storyHarness({ width: 375 });
    const bars = RANGES.map((id) => ({ id, ...bar(h, id).box.toJSON() }));
    expect(bars.filter((b) => b.height > 0).map((b) => b.id)).to.deep.equal(RANGES);
    const touching: string[] = [];
    bars.forEach((a, i) => {
      for (const b of bars.slice(i + 1)) {
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > -1 && y > 0) touching.push(`${a.id} / ${b.id}`);
      }
    });
    expect(touching).to.deep.equal([]);
    // The leases (to 2066) and the ongoing transition go past the last card: they fade there.
    const last = (id: string) => bar(h, id).pieces.at(-1) as HTMLElement;
    for (const id of [STORY.leases.id, STORY.transition.id]) {
      expect(getComputedStyle(last(id)).maskImage, id).to.match(/gradient/);
      expect(bar(h, id).box.bottom, id).to.be.closeTo(
        cardItem(h, STORY.pledge.id).getBoundingClientRect().bottom,
        0.5,
      );
    }
    expect(getComputedStyle(last(STORY.civilWar.id)).maskImage).to.equal('none');
  });
});

/** One point and one range of each certainty, and an approximate point. */
const CERTAINTY = {
  events: [
    event('Confirmed point', '2001', { id: 'p-confirmed' }),
    event('Reported point', '2003', { id: 'p-reported', certainty: 'reported' }),
    event('Disputed point', '2005', { id: 'p-disputed', certainty: 'disputed' }),
    event('Approximate point', '2007', { id: 'p-approximate', approximate: true }),
    event('Confirmed range', '2009', { id: 'r-confirmed', end: '2011' }),
    event('Reported range', '2012', { id: 'r-reported', end: '2014', certainty: 'reported' }),
    event('Disputed range', '2015', { id: 'r-disputed', end: '2017', certainty: 'disputed' }),
  ],
};

/** Whether a paint (fill or background) shows nothing but the element's background. */
function hollow(paint: string, background: string): boolean {
  return paint === 'none' || paint === background || /^rgba\(.*, 0\)$|^transparent$/.test(paint);
}

describe('certainty looks the same in both layouts', () => {
  for (const [layout, width] of [
    ['horizontal', 1280],
    ['vertical', 375],
  ] as const) {
    it(`${layout}: reported marks are hollow, disputed ones dashed, approximate ones haloed`, async () => {
      const h = await TimelineHarness.create({ data: CERTAINTY, width });
      expect(h.el.matches(`:state(${layout})`)).to.equal(true);
      const background = getComputedStyle(h.el).backgroundColor;
      /** The mark of a point, and the bar (or its first piece) of a range. */
      const mark = (id: string): Element => {
        const index = h.el.events.findIndex((e) => e.id === id);
        const found =
          layout === 'vertical'
            ? h.root.querySelector(
                id.startsWith('r-')
                  ? `.bar[data-bar="${index}"]`
                  : `li[data-index="${index}"] svg.dot .mark`,
              )
            : h.root.querySelector(
                `svg.chart ${id.startsWith('r-') ? 'rect' : 'circle'}.mark.${h.el.events[index]?.certainty}`,
              );
        if (!found) throw new Error(`no mark for '${id}'`);
        return found;
      };
      const paint = (id: string) => {
        const style = getComputedStyle(mark(id));
        return mark(id) instanceof SVGElement ? style.fill : style.backgroundColor;
      };
      const dashed = (id: string) => {
        const style = getComputedStyle(mark(id));
        return mark(id) instanceof SVGElement
          ? style.strokeDasharray !== 'none'
          : style.borderLeftStyle === 'dashed';
      };
      for (const kind of ['p', 'r']) {
        expect(
          hollow(paint(`${kind}-confirmed`), background),
          `${kind}-confirmed is filled`,
        ).to.equal(false);
        expect(
          hollow(paint(`${kind}-reported`), background),
          `${kind}-reported is hollow`,
        ).to.equal(true);
        expect(
          hollow(paint(`${kind}-disputed`), background),
          `${kind}-disputed is hollow`,
        ).to.equal(true);
        expect(dashed(`${kind}-disputed`), `${kind}-disputed is dashed`).to.equal(true);
        expect(dashed(`${kind}-reported`), `${kind}-reported is not dashed`).to.equal(false);
        expect(dashed(`${kind}-confirmed`), `${kind}-confirmed is not dashed`).to.equal(false);
      }
      const halos = [...h.root.querySelectorAll('svg .halo')];
      expect(halos).to.have.length(1);
      if (layout === 'vertical') {
        expect(h.eventOf(halos[0] as Element).id).to.equal('p-approximate');
      }
    });
  }
});
