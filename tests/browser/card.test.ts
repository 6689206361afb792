import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { setViewport } from './engine.js';
import { loadJson, SAME_DAY, STORY_URL } from './fixtures.js';
import { shapeBox } from './harness/dom.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY } from './story-harness.js';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The gap between two boxes: 0 when they touch or overlap. */
function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

function overlap(a: Box, b: Box): boolean {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0.5 && y > 0.5;
}

function inside(a: Box, b: Box): boolean {
  return (
    a.left >= b.left - 0.5 &&
    a.right <= b.right + 0.5 &&
    a.top >= b.top - 0.5 &&
    a.bottom <= b.bottom + 0.5
  );
}

function union(a: Box, b: Box | null): Box {
  if (!b) return a;
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

const round = (b: Box) => [b.left, b.top, b.right, b.bottom].map(Math.round).join(',');

/** The selected event's mark as drawn: its shape's box, the part inside the plot. */
function selectedMark(h: TimelineHarness): Box | null {
  const mark = h.chart?.querySelector<SVGGraphicsElement>('.mark.selected');
  const plot = h.plot?.getBoundingClientRect();
  if (!mark || !plot) return null;
  const box = shapeBox(mark);
  return {
    left: Math.max(box.left, plot.left),
    top: Math.max(box.top, plot.top),
    right: Math.min(box.right, plot.right),
    bottom: Math.min(box.bottom, plot.bottom),
  };
}

/** What is wrong with where the open card is, for the event whose button is `button`. */
function misplaced(h: TimelineHarness, button: Element): string[] {
  const card = h.detail;
  if (!card) return ['no card'];
  const box = card.getBoundingClientRect();
  const own = button.getBoundingClientRect();
  const mark = selectedMark(h);
  const event = union(own, mark);
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const wrong: string[] = [];
  if (getComputedStyle(card).visibility !== 'visible') wrong.push('hidden');
  if (!inside(box, h.el.getBoundingClientRect())) wrong.push(`outside the element: ${round(box)}`);
  if (!inside(box, screen)) wrong.push(`outside the viewport: ${round(box)}`);
  if (overlap(box, own)) wrong.push(`over its button ${round(own)}: ${round(box)}`);
  if (mark && overlap(box, mark)) wrong.push(`over its mark ${round(mark)}: ${round(box)}`);
  const gap = distance(box, event);
  if (gap > 24) wrong.push(`${Math.round(gap)} px from its event ${round(event)}: ${round(box)}`);
  return wrong;
}

describe('the card, next to its event', () => {
  let story: { events: { id: string; title: string }[] };
  let scrolls = 0;
  const realScrollIntoView = Element.prototype.scrollIntoView;

  before(async () => {
    story = await loadJson(STORY_URL);
    Element.prototype.scrollIntoView = function (this: Element, ...args) {
      scrolls++;
      return realScrollIntoView.apply(this, args as []);
    };
  });

  after(async () => {
    Element.prototype.scrollIntoView = realScrollIntoView;
    await setViewport({ width: 1400, height: 1000 });
  });

  async function mount(width: number, height: number, rtl = false): Promise<TimelineHarness> {
    await setViewport({ width, height });
    return TimelineHarness.create(
      html`<div dir=${rtl ? 'rtl' : nothing} lang=${rtl ? 'ar' : nothing}>
        <event-timeline .data=${story}></event-timeline>
      </div>`,
      { width: width - 16 },
    );
  }

  const sizes = [
    { width: 1440, height: 900, rtl: false },
    { width: 1024, height: 768, rtl: false },
    { width: 1024, height: 768, rtl: true },
  ];
  for (const { width, height, rtl } of sizes) {
    const name = `${width}×${height}${rtl ? ', right to left' : ''}`;

    it(`${name}: each event's card opens beside it, inside the element and the screen, without scrolling; Escape gives focus back`, async function () {
      // Ten events opened and closed one by one: WebKit under load takes more than the default.
      this.timeout(30_000);
      const h = await mount(width, height, rtl);
      const y = scrollY;
      scrolls = 0;
      const wrong: string[] = [];
      for (const event of h.el.events) {
        await h.click(event.title);
        expect(h.el.selected).to.equal(event.id);
        wrong.push(...misplaced(h, h.buttonById(event.id)).map((w) => `${event.title}: ${w}`));
        const close = h.detail?.querySelector<HTMLElement>('button.close');
        await h.press('Escape', close ?? undefined);
        expect(h.detail, event.title).to.equal(null);
        expect(h.focused, `focus after Escape, ${event.title}`).to.equal(h.buttonById(event.id));
      }
      expect(wrong).to.deep.equal([]);
      expect(scrollY, 'the page did not scroll').to.equal(y);
      expect(scrolls, 'scrollIntoView calls').to.equal(0);
    });

    it(`${name}: the close button closes each card and gives focus back to its event`, async function () {
      this.timeout(30_000);
      const h = await mount(width, height, rtl);
      const y = scrollY;
      for (const event of h.el.events) {
        await h.press('Enter', h.buttonById(event.id));
        expect(h.el.selected).to.equal(event.id);
        expect(misplaced(h, h.buttonById(event.id)), event.title).to.deep.equal([]);
        const close = h.detail?.querySelector('button.close')?.getBoundingClientRect();
        if (!close) throw new Error(`no close button on ${event.title}`);
        await sendMouse({
          type: 'click',
          position: [Math.round(close.left + close.width / 2), Math.round(close.top + 16)],
        });
        await h.el.updateComplete;
        expect(h.detail, event.title).to.equal(null);
        expect(h.focused, `focus after the close button, ${event.title}`).to.equal(
          h.buttonById(event.id),
        );
      }
      expect(scrollY).to.equal(y);
    });
  }

  it('starts where its event starts: at the left edge, and right to left at the right edge', async () => {
    const ltr = await mount(1024, 768);
    await ltr.click(STORY.intervention.title);
    const a = ltr.detail?.getBoundingClientRect() as DOMRect;
    const start = union(
      ltr.buttonById(STORY.intervention.id).getBoundingClientRect(),
      selectedMark(ltr),
    );
    expect(a.left, 'left to right: the left edges').to.be.closeTo(start.left, 2);
    const rtl = await mount(1024, 768, true);
    await rtl.click(STORY.intervention.title);
    const b = rtl.detail?.getBoundingClientRect() as DOMRect;
    const end = union(
      rtl.buttonById(STORY.intervention.id).getBoundingClientRect(),
      selectedMark(rtl),
    );
    expect(b.right, 'right to left: the right edges').to.be.closeTo(end.right, 2);
  });

  it('a card too tall for the room is capped to it and scrolls inside', async () => {
    const h = await mount(1024, 420);
    await h.click(STORY.intervention.title);
    const card = h.detail as HTMLElement;
    expect(misplaced(h, h.buttonById(STORY.intervention.id))).to.deep.equal([]);
    expect(card.scrollHeight).to.be.above(card.clientHeight);
    expect(getComputedStyle(card).overflowY).to.equal('auto');
    // Its text can be selected, unlike the plot's.
    const style = getComputedStyle(card);
    expect(style.userSelect || style.webkitUserSelect).to.not.equal('none');
    // The close button stays in sight at the top while the text scrolls under it.
    const before = card.querySelector('.close')?.getBoundingClientRect().top as number;
    card.scrollTop = 100;
    expect(card.querySelector('.close')?.getBoundingClientRect().top).to.be.closeTo(before, 0.5);
  });

  it('follows its event as the view moves, hides while the event is out of view, and comes back', async () => {
    const h = await mount(1024, 768);
    await h.click(STORY.ousted.title);
    await h.el.zoomTo('2024-01', '2026-01');
    await h.settle();
    expect(misplaced(h, h.buttonById(STORY.ousted.id)), 'zoomed in').to.deep.equal([]);
    await h.el.panBy(0.3);
    await h.settle();
    expect(misplaced(h, h.buttonById(STORY.ousted.id)), 'panned').to.deep.equal([]);
    await h.el.zoomTo('2012', '2014');
    await h.settle();
    expect(h.el.selected, 'the event stays selected').to.equal(STORY.ousted.id);
    expect(getComputedStyle(h.detail as HTMLElement).visibility).to.equal('hidden');
    await h.el.zoomToFit();
    await h.settle();
    expect(misplaced(h, h.buttonById(STORY.ousted.id)), 'back in view').to.deep.equal([]);
  });

  it('follows its event when the element is resized', async () => {
    const h = await mount(1440, 900);
    await h.click(STORY.ousted.title);
    const before = h.detail?.getBoundingClientRect().left as number;
    h.container.style.width = '900px';
    await h.waitFrames(3);
    expect(misplaced(h, h.buttonById(STORY.ousted.id))).to.deep.equal([]);
    expect(h.detail?.getBoundingClientRect().left).to.be.below(before - 100);
  });

  it('a click on the plot background closes the card; a click inside the card does not', async () => {
    const h = await mount(1024, 768);
    await h.click(STORY.civilWar.title);
    const title = h.detail?.querySelector('h3')?.getBoundingClientRect() as DOMRect;
    await sendMouse({
      type: 'click',
      position: [Math.round(title.right - 10), Math.round(title.top + 8)],
    });
    await h.el.updateComplete;
    expect(h.el.selected, 'a click inside the card').to.equal(STORY.civilWar.id);
    const plot = h.plot?.getBoundingClientRect() as DOMRect;
    await sendMouse({
      type: 'click',
      position: [Math.round(plot.right - 40), Math.round(h.emptyY)],
    });
    await h.el.updateComplete;
    expect(h.detail).to.equal(null);
    expect(h.el.selected).to.equal('');
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal([STORY.civilWar.id, null]);
  });

  it('Tab from the event goes into its card', async () => {
    const h = await mount(1024, 768);
    await h.press('Enter', h.buttonById(STORY.ousted.id));
    const next = await h.tab();
    expect(h.detail?.contains(next), `${next?.localName}.${next?.className}`).to.equal(true);
  });

  it("a cluster's list opens next to the cluster, and so does the card chosen from it", async () => {
    await setViewport({ width: 1024, height: 768 });
    const h = await TimelineHarness.create({ data: SAME_DAY }, { width: 1008 });
    const cluster = h.clusters[0];
    if (!cluster) throw new Error('no cluster on 8 December 2024');
    await h.press('Enter', cluster.button);
    await h.waitFrames(2);
    expect(h.clusterList, 'the list is open').to.not.equal(null);
    expect(misplaced(h, cluster.button), 'the list').to.deep.equal([]);
    await h.press('Enter', h.clusterList?.querySelectorAll('button')[2] as HTMLElement);
    const chosen = h.el.events[cluster.members[2] as number];
    expect(h.el.selected).to.equal(chosen?.id);
    const own = h.buttons.find((b) => b.closest('li[data-index]') && h.eventOf(b) === chosen);
    const anchor =
      own ?? h.clusters.find((c) => c.members.includes(cluster.members[2] as number))?.button;
    expect(misplaced(h, anchor as Element), 'the card').to.deep.equal([]);
    expect(h.focused).to.equal(h.detail);
  });

  it('on a phone (375 px) the card opens inline, under its event', async () => {
    const h = await mount(375, 800);
    const y = scrollY;
    const card = h.cards.find((c) => h.eventOf(c).id === STORY.ousted.id) as HTMLElement;
    card.click();
    await h.el.updateComplete;
    const detail = h.detail as HTMLElement;
    expect(detail.closest('li')).to.equal(card.closest('li'));
    expect(getComputedStyle(detail).position).to.not.equal('absolute');
    const below = detail.getBoundingClientRect().top - card.getBoundingClientRect().bottom;
    expect(below).to.be.within(0, 12);
    expect(scrollY).to.equal(y);
    await h.press('Escape', detail.querySelector<HTMLElement>('button.close') ?? undefined);
    expect(h.focused).to.equal(h.cards.find((c) => h.eventOf(c).id === STORY.ousted.id));
  });

  it('from the table, the card opens next to its event in the chart', async () => {
    const h = await mount(1024, 768);
    h.tableToggle.click();
    await h.el.updateComplete;
    const open = [...h.root.querySelectorAll<HTMLButtonElement>('table .link-button')].find(
      (b) => b.textContent?.trim() === STORY.ousted.title,
    );
    open?.click();
    await h.el.updateComplete;
    await h.settle();
    expect(h.el.selected).to.equal(STORY.ousted.id);
    expect(misplaced(h, h.buttonById(STORY.ousted.id))).to.deep.equal([]);
  });
});
