import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from './engine.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, STORY_IDS, storyData, storyHarness } from './story-harness.js';

/** Titles of labels that stick out of the element's box. */
function labelsOutside(h: TimelineHarness): string[] {
  const box = h.el.getBoundingClientRect();
  return h
    .labelRects()
    .filter(
      ({ rect }) =>
        rect.left < box.left - 0.5 ||
        rect.right > box.right + 0.5 ||
        rect.top < box.top - 0.5 ||
        rect.bottom > box.bottom + 0.5,
    )
    .map(({ title }) => title);
}

/** Titles of events whose button sticks out of the element's box. */
function buttonsOutside(h: TimelineHarness): string[] {
  const box = h.el.getBoundingClientRect();
  return h.buttons
    .filter((b) => {
      const r = b.getBoundingClientRect();
      return r.left < box.left - 0.5 || r.right > box.right + 0.5;
    })
    .map((b) => h.eventOf(b).title);
}

describe('layout', () => {
  let story: unknown;

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    story = await storyData();
  });

  for (const width of [320, 768, 1280, 2560]) {
    it(`at ${width} px (horizontal): no two labels overlap, all lie inside, every event keeps its button`, async () => {
      const h = await storyHarness({ width, orientation: 'horizontal' });
      expect(h.el.getBoundingClientRect().width).to.equal(width);
      expect(h.chart?.getAttribute('width')).to.equal(String(width));
      expect(h.labelRects().length, 'some labels are drawn').to.be.greaterThan(0);
      expect(h.overlappingLabels()).to.deep.equal([]);
      expect(labelsOutside(h)).to.deep.equal([]);
      expect(h.buttons.map((b) => h.eventOf(b).id)).to.deep.equal(STORY_IDS);
      expect(buttonsOutside(h)).to.deep.equal([]);
      // A label, when drawn, belongs to an event that has a button.
      for (const title of h.visibleLabelTitles) expect(() => h.buttonByTitle(title)).not.to.throw();
    });
  }

  it("a pointer at the centre of each event's button reaches that button", async () => {
    // Labelled events are their labels; the others have a 24 px target over their mark. No
    // target may hide another (WCAG 2.5.8).
    const h = await storyHarness();
    const covered: string[] = [];
    for (const button of h.buttons) {
      button.scrollIntoView({ block: 'center', inline: 'center' });
      const r = button.getBoundingClientRect();
      const top = h.root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (top?.closest('button') !== button) {
        const by = top?.closest('li[data-index]') ? h.eventOf(top).title : top?.nodeName;
        covered.push(`${h.eventOf(button).title} (under ${by})`);
      }
    }
    expect(covered).to.deep.equal([]);
  });

  it('every mark is drawn above the lane backgrounds, in every lane', async () => {
    // The background drawing is positioned; the marks' drawing must still paint over it.
    const h = await storyHarness();
    const hidden: string[] = [];
    for (const mark of h.root.querySelectorAll<SVGElement>('svg.chart .mark')) {
      const r = mark.getBoundingClientRect();
      const top = h.root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (top?.closest('.chart-back')) hidden.push(mark.outerHTML.slice(0, 80));
    }
    expect(h.root.querySelectorAll('svg.chart .mark').length).to.be.greaterThan(8);
    expect(hidden).to.deep.equal([]);
  });

  it('a click on a mark in the drawing selects its event', async () => {
    const h = await storyHarness();
    // The leases bar is the one reaching furthest right (to 2066).
    const bar = [...h.root.querySelectorAll<SVGRectElement>('svg [part~="range"]')].sort(
      (a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right,
    )[0];
    if (!bar) throw new Error('the leases bar is drawn');
    const r = bar.getBoundingClientRect();
    const x = r.left + r.width * 0.75;
    const y = r.top + r.height / 2;
    h.root
      .elementFromPoint(x, y)
      ?.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
      );
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(STORY.leases.id);
    expect(h.selections.map((e) => e.detail.id)).to.deep.equal([STORY.leases.id]);
  });

  it('resizing the container lays the timeline out again at the new width', async () => {
    const h = await storyHarness();
    const before = h.labelRects().map((l) => Math.round(l.rect.left));
    h.container.style.width = '600px';
    await waitUntil(() => h.chart?.getAttribute('width') === '600', 'the svg follows to 600 px');
    expect(h.labelRects().map((l) => Math.round(l.rect.left))).to.not.deep.equal(before);
    expect(h.overlappingLabels()).to.deep.equal([]);
    expect(labelsOutside(h)).to.deep.equal([]);
    expect(h.buttons).to.have.length(10);
    h.container.style.width = '1000px';
    await waitUntil(() => h.chart?.getAttribute('width') === '1000', 'the svg follows to 1000 px');
    expect(h.overlappingLabels()).to.deep.equal([]);
    expect(labelsOutside(h)).to.deep.equal([]);
    expect(h.resultTypes).to.deep.equal(['timeline-load']);
  });

  it('an element in a display:none parent renders at its real width once shown', async () => {
    const h = await TimelineHarness.create(
      html`<div class="parent" style="display: none"><event-timeline .data=${story}></event-timeline></div>`,
      { width: 900 },
    );
    expect(h.el.getBoundingClientRect().width).to.equal(0);
    const parent = h.container.querySelector<HTMLElement>('.parent') as HTMLElement;
    parent.style.display = 'block';
    await waitUntil(
      () => h.chart?.getAttribute('width') === '900' && h.buttons.length === 10,
      'the timeline is drawn at 900 px once its parent is shown',
    );
    expect(h.labelRects().length).to.be.greaterThan(0);
    expect(h.overlappingLabels()).to.deep.equal([]);
    expect(labelsOutside(h)).to.deep.equal([]);
    expect(buttonsOutside(h)).to.deep.equal([]);
  });

  it('two instances with different data do not affect each other', async () => {
    const a = await storyHarness({ width: 1000 });
    const b = await TimelineHarness.create({ src: '/tests/fixtures/two-events.json', width: 600 });
    expect(a.el.events.map((e) => e.id)).to.deep.equal(STORY_IDS);
    expect(b.el.events.map((e) => e.id)).to.deep.equal(['alpha', 'beta']);
    expect(a.buttons).to.have.length(10);
    expect(b.buttonNames).to.deep.equal(['Alpha, 1 May 2020', 'Beta, September 2022']);

    await a.click(STORY.ousted.title);
    expect(a.el.selected).to.equal(STORY.ousted.id);
    expect(b.el.selected).to.equal('');
    expect(b.detail).to.equal(null);
    expect(b.selections).to.have.length(0);
    expect(b.buttons.every((x) => x.getAttribute('aria-expanded') === 'false')).to.equal(true);

    await b.click('Beta');
    expect(a.el.selected).to.equal(STORY.ousted.id);
    expect(a.selections.map((e) => e.detail.id)).to.deep.equal([STORY.ousted.id]);
    expect(b.selections.map((e) => e.detail.id)).to.deep.equal(['beta']);
    // Ids stay inside each shadow root: each card is labelled by its own title.
    expect(a.root.getElementById('detail-title')?.textContent).to.equal(STORY.ousted.title);
    expect(b.root.getElementById('detail-title')?.textContent).to.equal('Beta');
    expect(document.getElementById('detail-title')).to.equal(null);
    expect(a.chart?.getAttribute('width')).to.equal('1000');
    expect(b.chart?.getAttribute('width')).to.equal('600');
  });
});
