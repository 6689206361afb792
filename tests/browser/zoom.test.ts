import { expect, html } from '@open-wc/testing';
import { emulateMediaFeatures, setViewport } from './engine.js';
import { DAY, event, HOUR, iso, STORY_URL, utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyHarness } from './story-harness.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z)?$/;

/** Events dated to the hour on 8 December 2024. */
const hourly = {
  title: 'One day',
  events: [
    event('Morning', '2024-12-08T06:00Z'),
    event('Noon', '2024-12-08T12:00Z'),
    event('Evening', '2024-12-08T18:00Z'),
  ],
};

/** Events dated to the minute, two days apart: still zoomed only to an hour per 100 px. */
const minutely = {
  title: 'Two mornings',
  events: [event('First', '2024-12-07T06:01Z'), event('Second', '2024-12-09T06:02Z')],
};

/** Events dated to the hour across a midnight. */
const overnight = {
  title: 'A night',
  events: [event('Evening', '2024-12-08T18:00Z'), event('Morning', '2024-12-09T06:00Z')],
};

// An end date names its whole period: zoomTo('2016-01-01', '2019-12-31') ends as 2019 does, on
// 1 January 2020.

describe('zoom and pan methods', () => {
  let h: TimelineHarness;

  beforeEach(async () => {
    h = await storyHarness();
  });

  it('zoomTo(start, end) resolves once the view has arrived, with viewStart and viewEnd naming it', async () => {
    await h.el.zoomTo('2024-01-01', '2024-12-31');
    // The promise says the view has arrived: the properties say where it is, without waiting more.
    expect([h.el.viewStart, h.el.viewEnd]).to.deep.equal(['2024-01-01', '2025-01-01']);
    await h.settle();
    expect([h.el.viewStart, h.el.viewEnd]).to.deep.equal(['2024-01-01', '2025-01-01']);
    expect(h.el.getAttribute('view-start')).to.equal('2024-01-01');
    expect(h.el.getAttribute('view-end')).to.equal('2025-01-01');
  });

  it('zoomTo takes Dates and milliseconds as well as ISO strings', async () => {
    await h.el.zoomTo(new Date(utc(2016)), utc(2020));
    await h.settle();
    expect(h.view()).to.deep.equal({ start: utc(2016), end: utc(2020) });
  });

  it('zoomTo rejects a window that ends before it starts, and leaves the view alone', async () => {
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
    const changes = h.viewChanges.length;
    let error: unknown = null;
    await h.el.zoomTo('2019-12-31', '2016-01-01').catch((e: unknown) => {
      error = e;
    });
    expect(error).to.be.instanceOf(RangeError);
    await h.waitFrames(4);
    expect(h.view()).to.deep.equal({ start: utc(2016), end: utc(2020) });
    expect(h.viewChanges.length).to.equal(changes);
  });

  it('zoomBy(2) halves the window around its centre, zoomBy(0.5) doubles it back', async () => {
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.el.zoomBy(2);
    await h.settle();
    const half = h.view();
    expect(half.end - half.start).to.be.closeTo((utc(2020) - utc(2016)) / 2, DAY);
    expect((half.start + half.end) / 2).to.be.closeTo(utc(2018), DAY);
    await h.el.zoomBy(0.5);
    await h.settle();
    const back = h.view();
    expect(back.start).to.be.closeTo(utc(2016), DAY);
    expect(back.end).to.be.closeTo(utc(2020), DAY);
  });

  it('panBy(fraction) moves the window by that share of its width: positive later, negative earlier', async () => {
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.el.panBy(0.25);
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2017), DAY);
    expect(h.view().end).to.be.closeTo(utc(2021), DAY);
    await h.el.panBy(-0.5);
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2015), DAY);
    expect(h.view().end).to.be.closeTo(utc(2019), DAY);
  });

  it('zoomToFit() shows every event again', async () => {
    await h.el.zoomTo('2024-12-01', '2024-12-31');
    await h.el.zoomToFit();
    await h.settle();
    const { start, end } = h.view();
    expect(start).to.be.at.most(utc(2011, 3));
    expect(end).to.be.at.least(utc(2066));
    expect(h.buttons).to.have.length(10);
  });

  it('every view method fires timeline-view-change with ISO start and end, bubbling out of the shadow root', async () => {
    const calls: [string, () => Promise<void>][] = [
      ['zoomTo', () => h.el.zoomTo('2016-01-01', '2019-12-31')],
      ['zoomBy', () => h.el.zoomBy(2)],
      ['panBy', () => h.el.panBy(0.5)],
      ['zoomToFit', () => h.el.zoomToFit()],
    ];
    for (const [name, call] of calls) {
      const before = h.viewChanges.length;
      await call();
      await h.settle();
      expect(h.viewChanges.length, name).to.be.greaterThan(before);
      const last = h.viewChanges.at(-1);
      expect(last?.detail, name).to.deep.equal({ start: h.el.viewStart, end: h.el.viewEnd });
      expect(last?.detail.start, name).to.match(ISO_DAY);
      expect(last?.detail.end, name).to.match(ISO_DAY);
      expect(last?.event.bubbles, name).to.equal(true);
      expect(last?.event.composed, name).to.equal(true);
    }
  });

  it('timeline-view-change fires at most once per frame while a transition runs', async () => {
    await h.el.zoomTo('2024-11-01', '2024-12-31');
    await h.settle();
    // An animated transition changes the view every frame: one notice each, never two in a frame.
    expect(h.viewChanges.length).to.be.greaterThan(3);
    const frames = h.viewChanges.map((c) => c.frame);
    expect(frames.every((f) => f !== null)).to.equal(true);
    expect(new Set(frames).size).to.equal(frames.length);
  });

  it('several view calls in one task bring one timeline-view-change, naming where they ended', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    try {
      await h.el.zoomTo('2016-01-01', '2019-12-31');
      await h.settle();
      const before = h.viewChanges.length;
      h.el.zoomBy(2);
      h.el.panBy(0.5);
      h.el.panBy(0.5);
      await h.settle();
      expect(h.viewChanges.length - before).to.equal(1);
      // Two years around 2018, then moved a year later, twice.
      expect(h.view().start).to.be.closeTo(utc(2019), DAY);
      expect(h.view().end).to.be.closeTo(utc(2021), DAY);
    } finally {
      await emulateMediaFeatures({ reducedMotion: 'no-preference' });
    }
  });
});

describe('animation and reduced motion', () => {
  afterEach(async () => {
    await emulateMediaFeatures({ reducedMotion: 'no-preference' });
  });

  it('a transition animates for about 250 ms through windows in between', async () => {
    await emulateMediaFeatures({ reducedMotion: 'no-preference' });
    const h = await storyHarness();
    const started = performance.now();
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    const took = performance.now() - started;
    await h.settle();
    expect(took).to.be.within(200, 1000);
    // How many frames a 250 ms transition gets depends on the machine's load (a loaded
    // WebKit gave three), so this asks for windows in between, not for a frame count.
    const between = h.viewChanges.slice(0, -1).map((c) => c.detail);
    expect(between.length).to.be.greaterThan(0);
    for (const w of between) {
      expect(w).to.not.deep.equal({ start: '2016-01-01', end: '2020-01-01' });
    }
    expect(h.viewChanges.at(-1)?.detail).to.deep.equal({ start: '2016-01-01', end: '2020-01-01' });
  });

  it('with prefers-reduced-motion the view jumps there: one change, no windows in between', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    const h = await storyHarness();
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
    expect(h.viewChanges.map((c) => c.detail)).to.deep.equal([
      { start: '2016-01-01', end: '2020-01-01' },
    ]);
    await h.press('+', h.control('Zoom in'));
    await h.settle();
    expect(h.viewChanges).to.have.length(2);
    expect(h.span()).to.be.closeTo((utc(2020) - utc(2016)) / 2, DAY);
  });
});

describe('zoom limits', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('does not zoom out past all the data and a margin', async () => {
    const h = await storyHarness();
    await h.el.zoomTo('1900-01-01', '2200-01-01');
    await h.settle();
    const widest = h.view();
    expect(widest.start, iso(widest.start)).to.be.within(utc(2008, 3), utc(2011, 3));
    expect(widest.end, iso(widest.end)).to.be.within(utc(2067), utc(2070));
    for (let i = 0; i < 3; i++) await h.el.zoomBy(0.25);
    await h.settle();
    expect(h.view()).to.deep.equal(widest);
  });

  it('scale="linear": the widest window is the data and 8% of it on each side', async () => {
    const h = await storyHarness({ scale: 'linear' });
    await h.el.zoomBy(0.01);
    await h.settle();
    // The data runs from March 2011 to the end of the leases, 2066 (up to 1 January 2067).
    const extent = utc(2067) - utc(2011, 3);
    const { start, end } = h.view();
    expect(end - start).to.be.closeTo(extent * 1.16, 2 * DAY);
    expect(start).to.be.closeTo(utc(2011, 3) - extent * 0.08, 2 * DAY);
  });

  it('does not zoom in past a day per 100 px for data dated to the day', async () => {
    const h = await storyHarness();
    await h.el.zoomTo('2024-12-08', '2024-12-08');
    await h.settle();
    // 1280 px: 12.8 days at the narrowest, centred on the day asked for.
    expect(h.span()).to.be.closeTo(12.8 * DAY, 2 * 60_000);
    expect((h.view().start + h.view().end) / 2).to.be.closeTo(utc(2024, 12, 8, 12), HOUR);
    const narrowest = h.view();
    await h.el.zoomBy(100);
    await h.settle();
    expect(h.view()).to.deep.equal(narrowest);
  });

  it('data dated to the hour zooms to an hour per 100 px', async () => {
    const h = await TimelineHarness.create({ data: hourly, width: 1000 });
    for (let i = 0; i < 12; i++) await h.el.zoomBy(4);
    await h.settle();
    expect(h.span()).to.be.closeTo(10 * HOUR, 2000);
  });

  it('data dated to the minute still stops at an hour per 100 px', async () => {
    const h = await TimelineHarness.create({ data: minutely, width: 1000 });
    for (let i = 0; i < 12; i++) await h.el.zoomBy(4);
    await h.settle();
    expect(h.span()).to.be.closeTo(10 * HOUR, 2000);
  });
});

describe('zoom buttons and keys', () => {
  let h: TimelineHarness;

  beforeEach(async () => {
    h = await storyHarness();
    await h.el.zoomTo('2016-01-01', '2019-12-31');
    await h.settle();
  });

  it('the controls are four named buttons: Table, Zoom in, Zoom out, Show all', async () => {
    expect(h.controls).to.not.equal(null);
    expect(h.controlButtons.map((b) => h.accessibleName(b))).to.deep.equal([
      'Table',
      'Zoom in',
      'Zoom out',
      'Show all',
    ]);
    for (const b of h.controlButtons) expect(b.getAttribute('type')).to.equal('button');
  });

  it('in the table view the zoom buttons are disabled, and + and - leave the hidden chart alone', async () => {
    const before = h.view();
    await h.press('Enter', h.tableToggle);
    const zoomButtons = (['Zoom in', 'Zoom out', 'Show all'] as const).map((name) =>
      h.control(name),
    );
    expect(zoomButtons.map((b) => (b as HTMLButtonElement).disabled)).to.deep.equal([
      true,
      true,
      true,
    ]);
    await h.press('+', h.tableToggle);
    await h.press('-', h.tableToggle);
    await h.settle();
    expect(h.view()).to.deep.equal(before);
    await h.press('Enter', h.tableToggle);
    expect(zoomButtons.map((b) => (b as HTMLButtonElement).disabled)).to.deep.equal([
      false,
      false,
      false,
    ]);
  });

  it('Zoom in halves the window, Zoom out doubles it, around the centre', async () => {
    h.control('Zoom in').click();
    await h.settle();
    expect(h.span()).to.be.closeTo((utc(2020) - utc(2016)) / 2, DAY);
    expect((h.view().start + h.view().end) / 2).to.be.closeTo(utc(2018), DAY);
    h.control('Zoom out').click();
    h.control('Zoom out').click();
    await h.settle();
    expect(h.span()).to.be.closeTo((utc(2020) - utc(2016)) * 2, DAY);
    expect((h.view().start + h.view().end) / 2).to.be.closeTo(utc(2018), DAY);
  });

  it('Show all shows what zoomToFit() shows, every event', async () => {
    await h.el.zoomToFit();
    await h.settle();
    const fit = h.view();
    await h.el.zoomTo('2024-12-01', '2024-12-31');
    await h.settle();
    h.control('Show all').click();
    await h.settle();
    expect(h.view()).to.deep.equal(fit);
    expect(h.buttons).to.have.length(10);
  });

  it('+ and - zoom in and out, 0 shows all, with focus in the timeline', async () => {
    await h.press('+', h.buttonByTitle(STORY.intervention.title));
    await h.settle();
    expect(h.span()).to.be.closeTo((utc(2020) - utc(2016)) / 2, DAY);
    await h.press('-');
    await h.press('-');
    await h.settle();
    expect(h.span()).to.be.closeTo((utc(2020) - utc(2016)) * 2, DAY);
    await h.press('0');
    await h.settle();
    expect(h.view().start).to.be.at.most(utc(2011, 3));
    expect(h.view().end).to.be.at.least(utc(2066));
  });

  it('the arrow keys pan by a fifth of the window when focus is on a control', async () => {
    await h.press('ArrowRight', h.control('Zoom out'));
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2016) + 0.2 * (utc(2020) - utc(2016)), DAY);
    expect(h.span()).to.be.closeTo(utc(2020) - utc(2016), DAY);
    await h.press('ArrowLeft');
    await h.press('ArrowLeft');
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2016) - 0.2 * (utc(2020) - utc(2016)), DAY);
    expect(h.focused).to.equal(h.control('Zoom out'));
  });

  it('the arrow keys do not pan while an event has focus', async () => {
    const before = h.view();
    await h.press('ArrowRight', h.buttonByTitle(STORY.intervention.title));
    await h.settle();
    expect(h.view()).to.deep.equal(before);
  });

  it('keys and buttons fire timeline-view-change', async () => {
    const before = h.viewChanges.length;
    await h.press('ArrowRight', h.control('Zoom in'));
    await h.settle();
    const afterKey = h.viewChanges.length;
    expect(afterKey).to.be.greaterThan(before);
    h.control('Zoom in').click();
    await h.settle();
    expect(h.viewChanges.length).to.be.greaterThan(afterKey);
    expect(h.viewChanges.at(-1)?.detail).to.deep.equal({
      start: h.el.viewStart,
      end: h.el.viewEnd,
    });
  });
});

describe('view-start and view-end', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('in the markup, they set the first window', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline src=${STORY_URL} view-start="2024-11-01" view-end="2024-12-31"></event-timeline>`,
    );
    expect(h.contextLabels).to.deep.equal(['November 2024', 'December 2024']);
    // Events of 2015 are out of view; those of December 2024 are in it.
    expect(h.buttons.map((b) => h.eventOf(b).id)).to.not.include(STORY.hmeimim.id);
    expect(h.buttons.map((b) => h.eventOf(b).id)).to.include(STORY.ousted.id);
    // The window runs from the start of 1 November to the end of 31 December.
    await h.el.panBy(0.5);
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2024, 12, 1), DAY);
    expect(h.view().end).to.be.closeTo(utc(2025, 1, 31), DAY);
  });

  it('set later, they move the view there', async () => {
    const h = await TimelineHarness.create({ src: STORY_URL, width: 1280 });
    h.el.viewStart = '2024-01-01';
    h.el.viewEnd = '2024-12-31';
    await h.waitFrames(2);
    expect(h.contextLabels).to.deep.equal(['2024']);
    expect(h.tickLabels).to.include.members(['Jan', 'Jun', 'Dec']);
    await h.el.zoomBy(2);
    await h.settle();
    expect((h.view().start + h.view().end) / 2).to.be.closeTo(utc(2024, 7), 2 * DAY);
  });

  it('once loaded, they name the window on screen', async () => {
    const h = await TimelineHarness.create({ src: STORY_URL, width: 1280 });
    await h.waitFrames(3);
    const { start, end } = h.view();
    expect(start).to.be.at.most(utc(2011, 3));
    expect(end).to.be.at.least(utc(2066));
  });

  it('follow the reader, as properties and as attributes', async () => {
    const h = await TimelineHarness.create({
      src: STORY_URL,
      width: 1280,
      viewStart: '2016-01-01',
      viewEnd: '2019-12-31',
    });
    await h.press('ArrowRight', h.control('Zoom in'));
    await h.settle();
    expect(h.view().start).to.be.closeTo(utc(2016) + 0.2 * (utc(2020) - utc(2016)), DAY);
    expect(h.el.getAttribute('view-start')).to.equal(h.el.viewStart);
    expect(h.el.getAttribute('view-end')).to.equal(h.el.viewEnd);
    expect(h.viewChanges.at(-1)?.detail).to.deep.equal({
      start: h.el.viewStart,
      end: h.el.viewEnd,
    });
  });
});

describe('the axis', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('changes from years to months to days, with the year, then the month, above', async () => {
    const h = await TimelineHarness.create({ src: STORY_URL, width: 1280 });
    for (const tick of h.tickLabels) expect(tick).to.match(/^\d{4}$/);
    // Above years, the second row names only the year the window opens in and the year each
    // compressed break gives way to, where they have room.
    expect(h.contextLabels.length).to.be.at.most(1 + h.breakLabels.length);
    for (const label of h.contextLabels) expect(label).to.match(/^\d{4}$/);

    await h.el.zoomTo('2024-01-01', '2024-12-31');
    await h.settle();
    expect(h.tickLabels).to.have.length(12);
    for (const tick of h.tickLabels) expect(tick).to.match(/^[A-Z][a-z]{2,3}$/);
    expect(h.tickLabels[0]).to.equal('Jan');
    expect(h.contextLabels).to.deep.equal(['2024']);

    await h.el.zoomTo('2024-12-01', '2024-12-31');
    await h.settle();
    expect(h.tickLabels.slice(0, 3)).to.deep.equal(['1', '2', '3']);
    for (const tick of h.tickLabels) expect(tick).to.match(/^\d{1,2}$/);
    expect(h.contextLabels).to.deep.equal(['December 2024']);
  });

  it('shows hours with the day above for data dated to the hour', async () => {
    const h = await TimelineHarness.create({ data: overnight, width: 1280 });
    await h.el.zoomTo('2024-12-08T12:00Z', '2024-12-09T11:59Z');
    await h.settle();
    expect(h.tickLabels.length).to.be.greaterThan(3);
    // Hours, or half hours where their labels have room: each names the time it stands at.
    for (const tick of h.tickLabels) expect(tick).to.match(/^\d{2}:(00|30)$/);
    expect(h.tickLabels).to.include.members(['18:00', '00:00', '06:00']);
    expect(h.contextLabels).to.deep.equal(['8 December 2024', '9 December 2024']);
  });

  it('names the period above even when the window holds none of its boundaries', async () => {
    const h = await TimelineHarness.create({ src: STORY_URL, width: 1280 });
    const rows: Record<string, string[]> = {};
    const units: Record<string, boolean> = {};
    // Months of 2024 with no New Year in view (too many weeks for their labels); days of
    // December with no 1st in view.
    await h.el.zoomTo('2024-01-10', '2024-12-20');
    await h.settle();
    rows.months = h.contextLabels;
    units.months = h.tickLabels.every((t) => /^[A-Z][a-z]{2,3}$/.test(t));
    await h.el.zoomTo('2024-12-05', '2024-12-25');
    await h.settle();
    rows.days = h.contextLabels;
    units.days = h.tickLabels.every((t) => /^\d{1,2}$/.test(t));
    // Hours of one day (the data's own extent keeps the window inside 8 December).
    const hours = await TimelineHarness.create({ data: hourly, width: 1280 });
    await hours.el.zoomTo('2024-12-08T04:00Z', '2024-12-08T19:59Z');
    await hours.settle();
    rows.hours = hours.contextLabels;
    units.hours = hours.tickLabels.every((t) => /^\d{2}:\d{2}$/.test(t));
    expect(units).to.deep.equal({ months: true, days: true, hours: true });
    expect(rows).to.deep.equal({
      months: ['2024'],
      days: ['December 2024'],
      hours: ['8 December 2024'],
    });
  });

  it('places the ticks where their dates are', async () => {
    const h = await TimelineHarness.create({
      src: STORY_URL,
      width: 700,
      orientation: 'horizontal',
    });
    await h.el.zoomTo('2012-01-01', '2023-12-31');
    await h.settle();
    const ticks = h.tickPositions();
    expect(ticks.map((t) => t.label)).to.include.members(['2012', '2016', '2020', '2023']);
    for (const t of ticks) {
      const year = Number(t.label);
      expect(h.timeAt(t.x), t.label).to.be.closeTo(utc(year), 2 * DAY);
    }
  });
});
