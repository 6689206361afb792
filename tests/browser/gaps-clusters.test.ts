import { expect } from '@open-wc/testing';
import { setViewport } from './engine.js';
import { DAY, event, SAME_DAY, utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { storyHarness } from './story-harness.js';

/** A day of 2024 as an ISO date, counted from 1 March. */
function march(offset: number): string {
  return new Date(utc(2024, 3, 1) + offset * DAY).toISOString().slice(0, 10);
}

/** Forty events on forty consecutive days in one lane, between two events years apart. */
const crowd = {
  title: 'Crowd',
  events: [
    event('Long before', '2020-01-01', { id: 'before' }),
    ...Array.from({ length: 40 }, (_, i) => event(`Day ${i + 1}`, march(i), { id: `d${i + 1}` })),
    event('Long after', '2028-12-31', { id: 'after' }),
  ],
};

/** The client box of the compressed stretch's band in the drawing. */
function breakBand(h: TimelineHarness): DOMRect | null {
  return h.root.querySelector('svg .break-band')?.getBoundingClientRect() ?? null;
}

describe('compressed gaps', () => {
  it('the empty decades before 2066 are one break, and the axis names years on both sides', async () => {
    const h = await storyHarness();
    const band = breakBand(h) as DOMRect;
    const ticks = h.tickPositions();
    const before = ticks.filter((t) => t.x < band.left).map((t) => Number(t.label));
    const after = ticks.filter((t) => t.x > band.right).map((t) => Number(t.label));
    expect(before, 'years before the break').to.include.members([2015, 2020, 2024]);
    expect(after.length, 'labelled years after the break').to.be.greaterThan(0);
    for (const year of after) expect(year).to.be.within(2066, 2069);
    // Most of the forty years from today to the leases' end in 2066: a little of each end stays
    // at full scale, so the years beside the break have ticks of their own.
    expect(h.breakLabels).to.have.length(1);
    expect(Number(/^(\d+) years$/.exec(h.breakLabels[0] ?? '')?.[1])).to.be.within(30, 40);
  });

  it('ticks on both sides of the break are where their dates are, at the same scale', async () => {
    const h = await storyHarness({
      width: 700,
      orientation: 'horizontal',
    });
    await h.el.zoomTo('2020-01-01', '2067-12-31');
    await h.settle();
    const band = breakBand(h) as DOMRect;
    expect(band, 'the break is in view').to.not.equal(null);
    const ticks = h.tickPositions().map((t) => ({ year: Number(t.label), x: t.x }));
    const left = ticks.filter((t) => t.x < band.left && t.year < 2026);
    const right = ticks.filter((t) => t.x > band.right && t.year >= 2066);
    expect(left.length, 'labelled years before the break').to.be.at.least(2);
    expect(right.length, 'labelled years after the break').to.be.at.least(2);
    const perYear = (side: { year: number; x: number }[]) => {
      const a = side[0] as { year: number; x: number };
      const b = side[side.length - 1] as { year: number; x: number };
      return (b.x - a.x) / (b.year - a.year);
    };
    // Outside the break time is not compressed: a year takes as much room after it as before.
    expect(perYear(right)).to.be.closeTo(perYear(left), perYear(left) * 0.02);
    // The leases' bar ends where 2066 does (on 1 January 2067), on the tick of 2067.
    const ends = [...h.root.querySelectorAll('svg rect[part~="range"]')].map(
      (r) => r.getBoundingClientRect().right,
    );
    const tick2067 = right.find((t) => t.year === 2067);
    expect(tick2067, 'a tick for 2067').to.not.equal(undefined);
    expect(Math.max(...ends)).to.be.closeTo((tick2067 as { x: number }).x, 1.5);
  });

  it('zooming into the compressed stretch widens it, with no tick inside it', async () => {
    const h = await storyHarness();
    const first = (breakBand(h) as DOMRect).width;
    await h.el.zoomTo('2025-01-01', '2066-12-31');
    await h.settle();
    expect((breakBand(h) as DOMRect).width).to.be.greaterThan(first * 3);
    expect(h.breakLabels).to.have.length(1);

    await h.el.zoomTo('2030-01-01', '2039-12-31');
    await h.settle();
    // Its years are not at full scale, so no tick stands in it (issue 9); the break still says
    // what it hides, and the second row names the year the window opens in.
    expect(h.tickPositions()).to.deep.equal([]);
    expect(h.breakLabels).to.deep.equal(['36 years']);
    expect(h.contextLabels).to.have.length(1);
    expect(Number(h.contextLabels[0])).to.be.within(2029, 2040);
  });

  it('scale="linear" draws every year at full scale, with no break', async () => {
    const h = await storyHarness({ scale: 'linear' });
    expect(h.breakLabels).to.deep.equal([]);
    expect(breakBand(h)).to.equal(null);
    expect(h.tickLabels.map(Number)).to.include.members([2030, 2040, 2050, 2060]);
    h.el.scale = 'auto';
    await h.waitFrames(2);
    expect(h.breakLabels).to.have.length(1);
  });
});

describe('clusters of crowded events', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('events with too little room collapse into one named cluster, and no label overlaps', async () => {
    const h = await TimelineHarness.create({ data: crowd, width: 1280 });
    const clusters = h.clusters;
    expect(clusters.length, 'clusters').to.be.greaterThan(0);
    const cluster = clusters[0] as (typeof clusters)[number];
    expect(cluster.members.length).to.be.at.least(3);
    expect(cluster.button.classList.contains('cluster')).to.equal(true);
    // Its name spans its members' days, writing what they share once, and invents no category.
    const [first, last] = [cluster.members[0], cluster.members.at(-1)].map((i) => {
      const date = new Date(h.el.events[i as number]?.start ?? '');
      return {
        day: date.getUTCDate(),
        month: date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
      };
    }) as { day: number; month: string }[];
    const span =
      first?.month === last?.month
        ? `${first?.day} to ${last?.day} ${last?.month}`
        : `${first?.day} ${first?.month} to ${last?.day} ${last?.month}`;
    expect(h.accessibleName(cluster.button)).to.equal(
      `${cluster.members.length} events, ${span} 2024`,
    );
    const count = h.root.querySelector('svg .cluster-count')?.textContent;
    expect(count).to.equal(String(cluster.members.length));
    expect(h.overlappingLabels()).to.deep.equal([]);
    // Every event still has a way in: its own button, or its cluster's.
    const reachable = new Set([
      ...h.buttons.filter((b) => b.closest('li[data-index]')).map((b) => h.eventOf(b).id),
      ...clusters.flatMap((c) => c.members.map((i) => h.el.events[i]?.id)),
    ]);
    expect(reachable.size).to.equal(42);
  });

  it('activating a cluster zooms in until its events stand apart', async () => {
    const h = await TimelineHarness.create({ data: crowd, width: 1280 });
    const members = (h.clusters[0] as { members: number[] }).members;
    const before = h.viewChanges.length;
    (h.clusters[0] as { button: HTMLButtonElement }).button.click();
    await h.settle();
    expect(h.viewChanges.length, 'the view moved').to.be.greaterThan(before);
    const { start, end } = h.view();
    expect(end - start).to.be.lessThan(120 * DAY);
    const times = members.map((i) => Date.parse(h.el.events[i]?.start ?? ''));
    expect(start).to.be.at.most(Math.min(...times));
    expect(end).to.be.at.least(Math.max(...times));
    const stillClustered = h.clusters.flatMap((c) => c.members).filter((i) => members.includes(i));
    expect(stillClustered).to.deep.equal([]);
    const own = h.buttons.filter((b) => b.closest('li[data-index]')).map((b) => h.eventOf(b).id);
    for (const i of members) expect(own).to.include(h.el.events[i]?.id);
    expect(h.selections).to.have.length(0);
  });

  it('a cluster of one instant lists its events; choosing one opens its card', async () => {
    const h = await TimelineHarness.create({ data: SAME_DAY, width: 1280 });
    const cluster = h.clusters[0];
    expect(cluster, 'a cluster on 8 December 2024').to.not.equal(undefined);
    const { members, button } = cluster as { members: number[]; button: HTMLButtonElement };
    expect(members.length).to.be.at.least(2);
    expect(h.accessibleName(button)).to.equal(`${members.length} events on 8 December 2024`);
    const view = h.el.viewStart;
    await h.press('Enter', button);
    await h.waitFrames(2);
    expect(h.el.viewStart, 'zooming cannot part one instant').to.equal(view);
    const list = h.clusterList as HTMLElement;
    expect(list, 'the list in the detail area').to.not.equal(null);
    const choices = [...list.querySelectorAll('button')];
    const titles = members.map((i) => h.el.events[i]?.title);
    expect(choices.map((b) => b.textContent?.trim())).to.deep.equal(titles);
    // The list is headed with the cluster's own name.
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(
      `${members.length} events on 8 December 2024`,
    );

    await h.press('Enter', choices[1]);
    const chosen = h.el.events[members[1] as number];
    expect(h.el.selected).to.equal(chosen?.id);
    expect(h.selections.map((s) => s.detail.id)).to.deep.equal([chosen?.id]);
    expect(h.clusterList).to.equal(null);
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(chosen?.title);
    expect(h.focused).to.equal(h.detail);
  });

  it('Escape closes the list of a cluster and gives focus back to the cluster', async () => {
    const h = await TimelineHarness.create({ data: SAME_DAY, width: 1280 });
    const button = (h.clusters[0] as { button: HTMLButtonElement }).button;
    await h.press('Enter', button);
    expect(h.clusterList).to.not.equal(null);
    await h.press('Escape', h.clusterList?.querySelector('button') ?? undefined);
    expect(h.clusterList).to.equal(null);
    expect(h.detail).to.equal(null);
    expect(h.focused).to.equal((h.clusters[0] as { button: HTMLButtonElement }).button);
  });

  it('the open list of a cluster has no WCAG 2.x A/AA violations', async () => {
    const h = await TimelineHarness.create({ data: SAME_DAY, width: 1280 });
    await h.press('Enter', (h.clusters[0] as { button: HTMLButtonElement }).button);
    expect(h.clusterList).to.not.equal(null);
    expect(await h.axeViolations()).to.deep.equal([]);
  });
});
