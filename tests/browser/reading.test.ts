// The chart reads at a glance (issue 10): labels sit at their marks, whole wherever they fit,
// hidden only where no row has room, in lanes as tall as their rows. Everything is read from the
// drawing on screen and checked against the rules of the layout, restated here.
import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { GEOMETRY as G } from '../../src/layout/geometry.js';
import type { TimelineLayout } from '../../src/layout/types.js';
import { setViewport } from './engine.js';
import { event, loadJson, STORY_AR_URL, STORY_URL } from './fixtures.js';
import { shapeBox } from './harness/dom.js';
import { TimelineHarness } from './harness/timeline-harness.js';

const WIDTHS = [320, 768, 1280, 2560];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Lane extends Box {
  /** Label rows of the lane's points (data-rows). */
  rows: number;
  /** For messages: "lane 2 (Politics)". */
  name: string;
}

interface Label {
  index: number;
  title: string;
  button: HTMLButtonElement;
  box: Box;
  /** The box without the 2 px edge its own leader meets, which is not text. */
  text: Box;
  anchorRight: boolean;
  cut: boolean;
  /** The whole title's width: its text in the button's font, plus padding. */
  full: number;
  lane: Lane;
  /** The point label row (0 nearest the points), or -1 for a range's label. */
  row: number;
  /** Whether the first letter of the title is drawn inside the button: a cut takes the end. */
  startShows: boolean;
  /** How far the drawn text runs past the button (scrollWidth − clientWidth). */
  overflow: number;
}

interface Point {
  index: number;
  x: number;
  y: number;
  r: number;
}

interface Bar {
  index: number;
  box: Box;
  lane: Lane;
  /** Where the bar starts in reading order, on the plot (the plot's edge when scrolled off). */
  start: number;
  /** The bar's centre line: bars of one track share it. */
  y: number;
}

interface Leader {
  index: number;
  x: number;
  top: number;
  bottom: number;
}

/** An event in view with no label: a 24 px target of its own, or a member of a cluster. */
interface Unlabelled {
  index: number;
  title: string;
  lane: Lane;
  /** Where its point is, for a point; null for a range (its bar says where). */
  x: number | null;
}

/**
 * What is on screen, in client pixels, read all at once: the element is gone from the page after
 * the first test of a suite (open-wc removes fixtures after each test), and the rest reuse this.
 */
interface Scene {
  h: TimelineHarness;
  rtl: boolean;
  /** The plot's edges: GEOMETRY.gutter in from each side of the drawing. */
  left: number;
  right: number;
  lanes: Lane[];
  labels: Label[];
  points: Point[];
  bars: Bar[];
  leaders: Leader[];
  unlabelled: Unlabelled[];
  /** Width of a title as the labels draw it, plus padding, at most the plot's width. */
  full: (title: string) => number;
}

/** The size of an unlabelled event's target (WCAG 2.5.8). */
const TARGET = 24;

const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;

function boxOf(node: Element): Box {
  const r = node instanceof SVGGraphicsElement ? shapeBox(node) : node.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
}

function laneAt(lanes: Lane[], y: number): Lane {
  const lane = lanes.find((l) => y >= l.top - 0.5 && y < l.bottom - 0.5);
  if (!lane) throw new Error(`no lane at y ${y}`);
  return lane;
}

/** The top of a point label in row `row` of a lane: under the name, rows counted up from the points. */
function rowTop(lane: Lane, row: number): number {
  return lane.top + G.header + (lane.rows - 1 - row) * G.row + (G.row - G.labelHeight) / 2;
}

function isPoint(h: TimelineHarness, index: number): boolean {
  const e = h.el.events[index];
  return !!e && e.end === null && !e.ongoing;
}

/** Reads the drawing: lanes, marks, leaders, labels and the events that have none. */
function readScene(h: TimelineHarness): Scene {
  const rtl = h.el.matches(':dir(rtl)');
  const chart = h.chart;
  if (!chart) throw new Error('no horizontal chart');
  const origin = chart.getBoundingClientRect();
  const left = origin.left + G.gutter;
  const right = origin.right - G.gutter;
  const q = <T extends Element>(s: string) => [...h.root.querySelectorAll<T>(s)];
  const names = h.laneNames;
  const lanes = q<SVGRectElement>('rect.lane-bg').map((r, n) => ({
    ...boxOf(r),
    rows: Number(r.dataset.rows),
    name: `lane ${n}${names[n] ? ` (${names[n]})` : ''}`,
  }));
  const first = q<HTMLElement>('li[data-index] > button.label')[0];
  const font = first ? getComputedStyle(first) : null;
  context.font = font
    ? `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`
    : `600 13px ${getComputedStyle(h.el).fontFamily}`;
  const full = (title: string) =>
    Math.min(right - left, Math.ceil(context.measureText(title).width) + 2 * G.labelPad);
  const indexOf = (n: Element) => Number(n.closest('[data-index]')?.getAttribute('data-index'));
  const points = q<SVGCircleElement>('circle.mark[data-index]').map((c) => {
    const b = boxOf(c);
    return {
      index: indexOf(c),
      x: (b.left + b.right) / 2,
      y: (b.top + b.bottom) / 2,
      r: (b.right - b.left) / 2,
    };
  });
  const bars = q<SVGRectElement>('rect.mark[data-index]').map((r) => {
    const box = boxOf(r);
    const y = (box.top + box.bottom) / 2;
    const start = rtl ? Math.min(right, box.right) : Math.max(left, box.left);
    return { index: indexOf(r), box, lane: laneAt(lanes, y), start, y };
  });
  const leaders = q<SVGLineElement>('line.leader[data-index]').map((l) => {
    const b = boxOf(l);
    return { index: indexOf(l), x: (b.left + b.right) / 2, top: b.top, bottom: b.bottom };
  });
  const labels = q<HTMLButtonElement>('li[data-index] > button.label').map((button) => {
    const index = indexOf(button);
    const title = h.el.events[index]?.title ?? '';
    const box = boxOf(button);
    const anchorRight = button.classList.contains('anchor-right');
    const text = {
      ...box,
      left: box.left + (anchorRight ? 0 : 2),
      right: box.right - (anchorRight ? 2 : 0),
    };
    const lane = laneAt(lanes, (box.top + box.bottom) / 2);
    const row = isPoint(h, index)
      ? lane.rows - 1 - Math.round((box.top - rowTop(lane, lane.rows - 1)) / G.row)
      : -1;
    const cut = button.classList.contains('cut');
    return {
      ...{ index, title, button, box, text, anchorRight, cut, full: full(title), lane, row },
      startShows: startShows(button, box),
      overflow: button.scrollWidth - button.clientWidth,
    };
  });
  return {
    h,
    rtl,
    left,
    right,
    lanes,
    labels,
    points,
    bars,
    leaders,
    full,
    unlabelled: readUnlabelled(h, lanes, points, origin),
  };
}

/**
 * Events in view without a label. A clustered point's own mark is not drawn (the cluster's is),
 * so its x comes from the element's layout, the one thing not read from the screen.
 */
function readUnlabelled(
  h: TimelineHarness,
  lanes: Lane[],
  points: Point[],
  origin: DOMRect,
): Unlabelled[] {
  type Drawn = { drawing: { layout: TimelineLayout | null } };
  const layout = (h.el as unknown as Drawn).drawing.layout;
  const found: Unlabelled[] = [];
  const add = (index: number, target: Element) => {
    const b = boxOf(target);
    const lane = laneAt(lanes, (b.top + b.bottom) / 2);
    const title = h.el.events[index]?.title ?? '';
    if (!isPoint(h, index)) return found.push({ index, title, lane, x: null });
    const drawn = points.find((p) => p.index === index);
    const mark = layout?.marks.find((m) => m.index === index);
    const x = drawn ? drawn.x : mark ? origin.left + mark.x : null;
    if (x === null) throw new Error(`no position for "${title}"`);
    found.push({ index, title, lane, x });
  };
  for (const b of h.root.querySelectorAll('li[data-index] > button.hit')) {
    add(Number(b.parentElement?.getAttribute('data-index')), b);
  }
  for (const li of h.root.querySelectorAll('li[data-cluster]')) {
    const button = li.querySelector('button') as Element;
    for (const m of (li.getAttribute('data-cluster') ?? '').split(' ')) add(Number(m), button);
  }
  return found;
}

function overlaps(a: number, b: number, c: number, d: number, by = 0.5): boolean {
  return Math.min(b, d) - Math.max(a, c) > by;
}

/**
 * Whether a point label `width` px wide, anchored at x, has room in a row of its lane: forward
 * from the anchor or back from it, between the plot's edges, GEOMETRY.gap from every other label
 * and off every other leader (±1 px) that runs through the row. A leader at the anchor itself
 * runs along the label's own leader edge, as stacked labels of one instant do. Half a pixel of
 * slack keeps rounding from finding room that is not there.
 */
function hasRoom(
  s: Scene,
  lane: Lane,
  row: number,
  x: number,
  width: number,
  self: number,
): boolean {
  const top = rowTop(lane, row);
  const bottom = top + G.labelHeight;
  const others = s.labels.filter(
    (l) =>
      l.index !== self &&
      l.row >= 0 &&
      l.lane === lane &&
      overlaps(l.box.top, l.box.bottom, top, bottom),
  );
  const leaders = s.leaders.filter(
    (l) => l.index !== self && overlaps(l.top, l.bottom, top, bottom) && Math.abs(l.x - x) > 1,
  );
  return [x, x - width].some((a) => {
    const b = a + width;
    if (a < s.left + 0.5 || b > s.right - 0.5) return false;
    if (others.some((o) => a < o.box.right + G.gap + 0.5 && b > o.box.left - G.gap - 0.5))
      return false;
    return !leaders.some((l) => a < l.x + 1.5 && b > l.x - 1.5);
  });
}

/** Whether a leader at x can reach `row`: no other label's text covers x in the rows below it. */
function reaches(s: Scene, lane: Lane, row: number, x: number, self: number): boolean {
  return !s.labels.some(
    (l) =>
      l.index !== self &&
      l.lane === lane &&
      l.row >= 0 &&
      l.row < row &&
      x >= l.text.left - 0.5 &&
      x <= l.text.right + 0.5,
  );
}

/** The bars of a range track, in reading order. */
function trackOf(s: Scene, bar: Bar): Bar[] {
  const dir = s.rtl ? -1 : 1;
  return s.bars
    .filter((b) => b.lane === bar.lane && Math.abs(b.y - bar.y) < 0.5)
    .sort((p, q) => (p.start - q.start) * dir || p.index - q.index);
}

/** Room for a range's label: to the next range's start in its track (less the gap), or the plot's edge. */
function rangeRoom(s: Scene, bar: Bar): number {
  const track = trackOf(s, bar);
  const next = track[track.indexOf(bar) + 1];
  if (next) return Math.abs(next.start - bar.start) - G.gap;
  return s.rtl ? bar.start - s.left : s.right - bar.start;
}

function name(s: Scene, index: number): string {
  return `"${s.h.el.events[index]?.title}"`;
}

// ---- The rules, each returning what breaks it ----

/** 1. Leaders meet their marks and labels; range labels start at their bar's start (or the plot's edge). */
function anchorProblems(s: Scene): string[] {
  const problems: string[] = [];
  for (const l of s.labels) {
    const leader = s.leaders.find((d) => d.index === l.index);
    const edge = l.anchorRight ? l.box.right : l.box.left;
    if (l.box.left < s.left - 1 || l.box.right > s.right + 1)
      problems.push(`${name(s, l.index)} sticks out of the plot`);
    if (l.row < 0) {
      const bar = s.bars.find((b) => b.index === l.index);
      if (leader) problems.push(`the range ${name(s, l.index)} has a leader`);
      if (!bar) problems.push(`the label ${name(s, l.index)} has no bar`);
      else {
        const start = s.rtl ? l.box.right : l.box.left;
        if (Math.abs(start - bar.start) > 1)
          problems.push(`${name(s, l.index)} starts at ${start}, its bar at ${bar.start}`);
        const above = bar.y - l.box.bottom;
        if (Math.abs(above - (G.barOffset - G.labelHeight)) > 1)
          problems.push(`${name(s, l.index)} is ${above} px above its bar`);
      }
      continue;
    }
    const point = s.points.find((p) => p.index === l.index);
    if (l.row >= l.lane.rows || Math.abs(l.box.top - rowTop(l.lane, l.row)) > 1)
      problems.push(`${name(s, l.index)} is in no label row of its lane (top ${l.box.top})`);
    if (!leader || !point) {
      problems.push(
        `${name(s, l.index)} has ${leader ? 'a leader' : 'no leader'} and ${point ? 'a point' : 'no point'}`,
      );
      continue;
    }
    if (Math.abs(leader.x - point.x) > 1)
      problems.push(`the leader of ${name(s, l.index)} is at ${leader.x}, its point at ${point.x}`);
    if (Math.abs(leader.bottom - point.y) > 1)
      problems.push(
        `the leader of ${name(s, l.index)} ends at ${leader.bottom}, its point at ${point.y}`,
      );
    if (Math.abs(leader.top - l.box.bottom) > 1)
      problems.push(
        `the leader of ${name(s, l.index)} starts at ${leader.top}, its label ends at ${l.box.bottom}`,
      );
    if (Math.abs(edge - leader.x) > 1)
      problems.push(
        `${name(s, l.index)} meets its leader at ${edge}, the leader is at ${leader.x}`,
      );
  }
  for (const d of s.leaders) {
    if (!s.labels.some((l) => l.index === d.index))
      problems.push(`a leader of ${name(s, d.index)} has no label`);
  }
  return problems;
}

/** 2. No leader crosses a mark other than its own, nor the text of another label. */
function crossingProblems(s: Scene): string[] {
  const problems: string[] = [];
  for (const d of s.leaders) {
    const own = s.points.find((p) => p.index === d.index);
    // Above its own mark: points at the same instant sit under it, and are not crossed.
    const bottom = own ? own.y - own.r : d.bottom;
    for (const p of s.points) {
      if (p.index === d.index || (own && Math.hypot(p.x - own.x, p.y - own.y) < 1)) continue;
      const half = Math.sqrt(Math.max(0, p.r ** 2 - (d.x - p.x) ** 2));
      if (Math.abs(d.x - p.x) < p.r - 0.5 && overlaps(d.top, bottom, p.y - half, p.y + half)) {
        problems.push(`the leader of ${name(s, d.index)} crosses the point of ${name(s, p.index)}`);
      }
    }
    for (const b of s.bars) {
      if (
        d.x > b.box.left + 0.5 &&
        d.x < b.box.right - 0.5 &&
        overlaps(d.top, d.bottom, b.box.top, b.box.bottom)
      ) {
        problems.push(`the leader of ${name(s, d.index)} crosses the bar of ${name(s, b.index)}`);
      }
    }
    for (const l of s.labels) {
      if (l.index === d.index) continue;
      if (
        d.x > l.text.left + 0.5 &&
        d.x < l.text.right - 0.5 &&
        overlaps(d.top, d.bottom, l.box.top, l.box.bottom)
      ) {
        problems.push(`the leader of ${name(s, d.index)} crosses the label ${name(s, l.index)}`);
      }
    }
  }
  return problems;
}

/** Whether the first letter of a label's title is drawn inside its button: a cut takes the end. */
function startShows(button: HTMLButtonElement, box: Box): boolean {
  const nodes = [...(button.querySelector('span')?.childNodes ?? [])];
  const text = nodes.find((n): n is Text => n instanceof Text && n.data !== '');
  if (!text) return false;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, [...text.data][0]?.length ?? 1);
  const r = range.getBoundingClientRect();
  return r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
}

/** 3. A label is whole, unless its whole text fits in no row it can reach (or, a range's, before the next range). */
function cutProblems(s: Scene): string[] {
  const problems: string[] = [];
  for (const l of s.labels) {
    const width = l.box.right - l.box.left;
    if (!l.startShows) problems.push(`${name(s, l.index)} is cut at its start, not its end`);
    if (!l.cut) {
      if (Math.abs(width - l.full) > 1)
        problems.push(
          `${name(s, l.index)} is ${width} px wide, not cut, but its text is ${l.full} px`,
        );
      // The text as drawn fits its button: measured in the font it is drawn in.
      if (l.overflow > 1) problems.push(`${name(s, l.index)} overflows its button`);
      continue;
    }
    if (width >= l.full - 0.5) problems.push(`${name(s, l.index)} is marked cut but is whole`);
    if (width < G.minLabel - 0.5)
      problems.push(`${name(s, l.index)} is cut to ${width} px, under ${G.minLabel}`);
    if (l.row < 0) {
      const bar = s.bars.find((b) => b.index === l.index);
      const room = bar ? rangeRoom(s, bar) : 0;
      if (room >= l.full + 0.5)
        problems.push(`the range ${name(s, l.index)} is cut with ${room} px before the next range`);
      else if (Math.abs(width - Math.floor(room)) > 1)
        problems.push(
          `the range ${name(s, l.index)} is cut to ${width} px with ${room} px of room`,
        );
      continue;
    }
    const x = l.anchorRight ? l.box.right : l.box.left;
    for (let row = 0; row < l.lane.rows; row++) {
      if (reaches(s, l.lane, row, x, l.index) && hasRoom(s, l.lane, row, x, l.full, l.index)) {
        problems.push(
          `${name(s, l.index)} is cut to ${width} px, but ${l.full} px fit whole in row ${row}`,
        );
      }
    }
  }
  return problems;
}

/** 4. An event in view without a label has no room for one of min(full, minLabel) px anywhere. */
function hiddenProblems(s: Scene): string[] {
  const problems: string[] = [];
  for (const u of s.unlabelled) {
    const need = Math.min(s.full(u.title), G.minLabel);
    if (u.x !== null) {
      for (let row = 0; row < u.lane.rows; row++) {
        if (reaches(s, u.lane, row, u.x, u.index) && hasRoom(s, u.lane, row, u.x, need, u.index)) {
          problems.push(
            `${name(s, u.index)} has no label, but ${need} px fit in row ${row} of its lane`,
          );
        }
      }
      continue;
    }
    const bar = s.bars.find((b) => b.index === u.index);
    if (!bar) {
      problems.push(`the range ${name(s, u.index)} has neither a label nor a bar`);
      continue;
    }
    // A range is also hidden where it starts on the target of a hidden range before it.
    const dir = s.rtl ? -1 : 1;
    const track = trackOf(s, bar);
    const blocked = track
      .slice(0, track.indexOf(bar))
      .some(
        (b) =>
          s.unlabelled.some((o) => o.index === b.index) &&
          bar.start * dir < b.start * dir + TARGET + G.gap + 0.5,
      );
    const room = rangeRoom(s, bar);
    if (!blocked && room >= need + 0.5)
      problems.push(
        `the range ${name(s, u.index)} has no label, but ${room} px are free on its track`,
      );
  }
  return problems;
}

/** 5. At the first view: every lane as tall as its name, rows, point row and tracks, each row used. */
function laneProblems(s: Scene): string[] {
  const problems: string[] = [];
  for (const lane of s.lanes) {
    const events = [...s.labels, ...s.unlabelled]
      .filter((e) => e.lane === lane)
      .map((e) => e.index);
    const points = events.some((i) => isPoint(s.h, i));
    const tracks = new Set(s.bars.filter((b) => b.lane === lane).map((b) => Math.round(b.y))).size;
    // A lane that ends with its points leaves room under them for the next lane's name (a 24 px
    // toggle reaching up out of its row).
    const last = s.lanes.indexOf(lane) === s.lanes.length - 1;
    const reach = points && tracks === 0 && !last ? G.toggleReach : 0;
    const height =
      G.header +
      lane.rows * G.row +
      (points ? G.pointRow : 0) +
      tracks * G.track +
      G.lanePad +
      reach;
    const drawn = lane.bottom - lane.top;
    if (Math.abs(drawn - height) > 0.5) {
      problems.push(
        `${lane.name} is ${drawn} px tall, not ${height} (${lane.rows} rows, ${points ? 'points' : 'no points'}, ${tracks} tracks)`,
      );
    }
    const rows = s.labels.filter((l) => l.lane === lane && l.row >= 0);
    for (let row = 0; row < lane.rows; row++) {
      if (!rows.some((l) => l.row === row))
        problems.push(`row ${row} of ${lane.name} holds no label`);
    }
    const top = Math.min(...rows.map((l) => l.box.top));
    const want = lane.top + G.header + (G.row - G.labelHeight) / 2;
    if (lane.rows > 0 && Math.abs(top - want) > 1)
      problems.push(
        `the top label of ${lane.name} is at ${top - lane.top} px, not ${want - lane.top}`,
      );
  }
  return problems;
}

// ---- Data ----

/** Deep time, BCE to CE: a dozen points and one long range. */
const DEEP = {
  title: 'Deep time',
  events: [
    event('Writing in Sumer', '-3199'),
    event('Great Pyramid of Giza', '-2559'),
    event('Code of Hammurabi', '-1753'),
    event('First Olympic Games', '-0775'),
    event('Founding of Rome', '-0752'),
    event('Roman Republic', '-0508', { end: '-0026' }),
    event('Battle of Marathon', '-0489'),
    event('Death of Alexander', '-0322'),
    event('Ides of March', '-0043-03-15'),
    event('Eruption of Vesuvius', '0079-08-24'),
    event('Fall of the Western Empire', '0476'),
    event('Coronation of Charlemagne', '0800-12-25'),
    event('Battle of Hastings', '1066-10-14'),
  ],
};

const WEEK_TITLES = [
  'Envoys arrive',
  'Talks open in Geneva',
  'Airport closed',
  'Aid convoy reaches the north',
  'Ministry statement',
  'Border crossing reopens',
  'Shelling near the port',
  'Ceasefire proposal tabled',
  'Curfew',
  'Power cut across the capital',
  'Second round of talks',
  'Strike on a fuel depot',
  'UN briefing',
  'Prisoner exchange',
  'Roads blocked by protesters',
  'Foreign minister visits',
];

/** One busy week: 30 events in two categories, some of them ranges lasting hours to days. */
function busyWeek() {
  const start = Date.UTC(2024, 2, 4, 6);
  const events = Array.from({ length: 30 }, (_, i) => {
    const at = start + (i * 5.3 + ((i * 7) % 5)) * 3_600_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    const title = `${WEEK_TITLES[(i * 5) % WEEK_TITLES.length]}${i >= WEEK_TITLES.length ? ' again' : ''}`;
    const range = i % 6 === 2 ? { end: `${iso(at + (4 + (i % 4) * 9) * 3_600_000)}Z` } : {};
    return event(title, `${iso(at)}Z`, { category: i % 3 === 0 ? 'talks' : 'fighting', ...range });
  });
  return {
    title: 'A busy week',
    categories: [
      { id: 'talks', label: 'Talks' },
      { id: 'fighting', label: 'Fighting' },
    ],
    events,
  };
}

/** The far future, 2100–2500. */
const FUTURE = {
  title: 'Far future',
  events: [
    event('First crewed landing on Europa', '2104'),
    event('Lunar city founded', '2131'),
    event('Solar sail fleet departs', '2160'),
    event('Generation ship voyage', '2190', { end: '2380' }),
    event('Mars terraforming begins', '2215'),
    event('Ceres treaty', '2240'),
    event('Last coal plant closes', '2266'),
    event('Contact with Proxima probe', '2302'),
    event('Venus cloud stations', '2350'),
    event('Ship arrives at Tau Ceti', '2380'),
    event('Millennium archive sealed', '2431'),
    event('Ring habitat completed', '2500'),
  ],
};

/** Two long overlapping ranges with points under them, in one lane. */
const OVERLAP = {
  title: 'Two mandates',
  categories: [{ id: 'office', label: 'Office' }],
  events: [
    event('First long mandate', '1990', { end: '2020', category: 'office' }),
    event('Second long mandate', '2000', { end: '2030', category: 'office' }),
    event('Election called', '1995-05-04', { category: 'office' }),
    event('New constitution', '2003-10', { category: 'office' }),
    event('Budget crisis', '2008-09-15', { category: 'office' }),
    event('Reform bill passes', '2012-02', { category: 'office' }),
    event('Referendum', '2016-06-23', { category: 'office' }),
    event('Snap election', '2024-07-04', { category: 'office' }),
    event('Term limits restored', '2028', { category: 'office' }),
  ],
};

interface Mount {
  data: unknown;
  width: number;
  rtl: boolean;
  lang?: string;
  view?: { start: string; end: string };
  style?: string;
}

/** A horizontal timeline inside a div that carries the direction and language. */
async function mount(m: Mount): Promise<TimelineHarness> {
  const h = await TimelineHarness.create(
    html`<div dir=${m.rtl ? 'rtl' : nothing} lang=${m.lang ?? nothing}>
      <event-timeline .data=${m.data} orientation="horizontal" style=${m.style ?? nothing}
        view-start=${m.view?.start ?? nothing} view-end=${m.view?.end ?? nothing}></event-timeline>
    </div>`,
    { width: m.width },
  );
  await h.waitFrames(2);
  return h;
}

/** A dataset in one direction; `scrolled` is a window that scrolls a range's start off the plot. */
interface Case {
  name: string;
  rtl: boolean;
  lang?: string;
  data: () => unknown;
  scrolled?: Mount['view'];
}

describe('reading the chart', () => {
  let story: unknown;
  let arabic: unknown;

  before(async () => {
    await setViewport({ width: 2600, height: 1200 });
    [story, arabic] = await Promise.all([loadJson(STORY_URL), loadJson(STORY_AR_URL)]);
  });

  const cases: Case[] = [
    {
      name: 'the story',
      rtl: false,
      data: () => story,
      scrolled: { start: '2019-01-01', end: '2026-01-01' },
    },
    {
      name: 'the Arabic story',
      rtl: true,
      lang: 'ar',
      data: () => arabic,
      scrolled: { start: '2019-01-01', end: '2026-01-01' },
    },
    ...[false, true].flatMap((rtl) => [
      {
        name: 'deep time',
        rtl,
        data: () => DEEP,
        scrolled: { start: '-0300-01-01', end: '0900-01-01' },
      },
      { name: 'a busy week', rtl, data: busyWeek },
      {
        name: 'the far future',
        rtl,
        data: () => FUTURE,
        scrolled: { start: '2250-01-01', end: '2450-01-01' },
      },
      {
        name: 'two overlapping ranges',
        rtl,
        data: () => OVERLAP,
        scrolled: { start: '2005-01-01', end: '2031-01-01' },
      },
    ]),
  ];

  for (const c of cases) {
    for (const width of WIDTHS) {
      describe(`${c.name}, ${c.rtl ? 'right to left' : 'left to right'}, at ${width} px`, () => {
        let s: Scene;
        before(async () => {
          s = readScene(await mount({ data: c.data(), width, rtl: c.rtl, lang: c.lang }));
        });

        it('leaders meet their marks and labels; range labels start at their bars', () => {
          expect(s.labels.length, 'some labels are drawn').to.be.greaterThan(0);
          expect(anchorProblems(s)).to.deep.equal([]);
        });
        it('no leader crosses another mark or label', () => {
          expect(crossingProblems(s)).to.deep.equal([]);
        });
        it('no label is cut where its whole text fits', () => {
          expect(cutProblems(s)).to.deep.equal([]);
        });
        it('no hidden label could have been placed', () => {
          expect(hiddenProblems(s)).to.deep.equal([]);
        });
        it("each lane is its rows' height plus padding, and uses every row", () => {
          expect(laneProblems(s)).to.deep.equal([]);
        });
      });
    }
    const view = c.scrolled;
    if (!view) continue;
    describe(`${c.name}, ${c.rtl ? 'right to left' : 'left to right'}, with a range's start scrolled off`, () => {
      for (const width of [768, 1280]) {
        it(`at ${width} px: its label starts at the plot's edge, and every rule holds`, async () => {
          const h = await mount({ data: c.data(), width, rtl: c.rtl, lang: c.lang, view });
          const sc = readScene(h);
          const off = sc.bars.filter((b) =>
            c.rtl ? b.box.right > sc.right + 1 : b.box.left < sc.left - 1,
          );
          expect(off.length, 'a bar starts before the view').to.be.greaterThan(0);
          const sticky = sc.labels.filter((l) => off.some((b) => b.index === l.index));
          expect(sticky.length, 'a range scrolled off keeps its label').to.be.greaterThan(0);
          for (const l of sticky)
            expect(c.rtl ? l.box.right : l.box.left).to.be.closeTo(c.rtl ? sc.right : sc.left, 1);
          expect([
            ...anchorProblems(sc),
            ...crossingProblems(sc),
            ...cutProblems(sc),
            ...hiddenProblems(sc),
          ]).to.deep.equal([]);
        });
      }
    });
  }

  it('the story fits in 600 px at 1280 px wide', async () => {
    const h = await mount({ data: story, width: 1280, rtl: false });
    expect(h.el.getBoundingClientRect().height).to.be.at.most(600);
  });

  it('the Arabic story fits in 600 px at 1280 px wide', async () => {
    const h = await mount({ data: arabic, width: 1280, rtl: true, lang: 'ar' });
    expect(h.el.getBoundingClientRect().height).to.be.at.most(600);
  });
});

/** Ten long titles on one day: at 320 px most are cut. */
const ONE_DAY = {
  title: 'One day',
  events: [
    'Delegations arrive at the palace',
    'Opening statements by both sides',
    'Closed session on the ceasefire',
    'Journalists barred from the hall',
    'Walkout by the northern delegation',
    'Mediators propose a new timetable',
    'Talks resume after a long pause',
    'Draft communique circulated late',
    'Agreement on prisoner exchanges',
    'Joint press conference at midnight',
  ].map((title, i) => event(title, '2024-05-14', { importance: i % 3 === 0 ? 3 : 2 })),
};

describe('a cut label', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  for (const rtl of [false, true]) {
    for (const how of ['focus', 'hover'] as const) {
      it(`shows its whole title on ${how}, inside the plot (${rtl ? 'right to left' : 'left to right'})`, async () => {
        const h = await mount({ data: ONE_DAY, width: 320, rtl });
        const s = readScene(h);
        const cut = s.labels.filter((l) => l.cut);
        expect(cut.length, 'some labels are cut').to.be.greaterThan(0);
        for (const l of cut) {
          if (how === 'focus') l.button.focus();
          else
            await sendMouse({
              type: 'move',
              position: [
                Math.round((l.box.left + l.box.right) / 2),
                Math.round((l.box.top + l.box.bottom) / 2),
              ],
            });
          const span = l.button.querySelector('span') as HTMLElement;
          const box = span.getBoundingClientRect();
          // On one line as wide as its text (the canvas and the page may differ by a pixel).
          expect(box.height, `"${l.title}" opens on one line`).to.be.at.most(G.labelHeight + 0.5);
          expect(box.width, `"${l.title}" opens to its whole width`).to.be.at.least(l.full - 2);
          expect(box.left, `"${l.title}" stays in the plot`).to.be.at.least(s.left - 0.5);
          expect(box.right, `"${l.title}" stays in the plot`).to.be.at.most(s.right + 0.5);
          expect(span.scrollWidth, `"${l.title}" is not clipped`).to.be.at.most(
            span.clientWidth + 1,
          );
          l.button.blur();
        }
        await sendMouse({ type: 'move', position: [0, 0] });
      });
    }
  }
});

describe('a page that caps the height', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('scrolls the lanes, keeps the axis and overview in view, and clicks still find their marks', async () => {
    const story = await loadJson(STORY_URL);
    const h = await mount({ data: story, width: 1280, rtl: false, style: 'height: 300px' });
    const el = h.el.getBoundingClientRect();
    expect(el.height).to.be.closeTo(300, 0.5);
    const lanes = h.root.querySelector('.lanes') as HTMLElement;
    expect(lanes.scrollHeight, 'the lanes overflow').to.be.greaterThan(lanes.clientHeight);
    for (const part of [h.root.querySelector('svg.axis-svg'), h.overview]) {
      if (!part) throw new Error('the axis and the overview are drawn');
      const r = part.getBoundingClientRect();
      expect(r.height, part.localName).to.be.greaterThan(0);
      expect(r.top, part.localName).to.be.at.least(el.top - 0.5);
      expect(r.bottom, part.localName).to.be.at.most(el.bottom + 0.5);
      const hit = h.root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(part.contains(hit), `${part.localName} is not covered`).to.equal(true);
    }
    lanes.scrollTop = lanes.scrollHeight;
    await h.waitFrames(2);
    const view = lanes.getBoundingClientRect();
    const last = [...h.root.querySelectorAll('rect.lane-bg')].at(-1) as SVGRectElement;
    const lane = shapeBox(last);
    expect(lane.bottom, 'the last lane shows whole').to.be.at.most(view.bottom + 0.5);
    expect(lane.top, 'the last lane shows whole').to.be.at.least(view.top - 0.5);
    // A click just beside a point of the last lane, scrolled into view, selects that point's
    // event: off the circle, the element finds the mark from where the pointer is.
    const s = readScene(h);
    const point = s.points.find((p) => p.y > lane.top && p.y < lane.bottom);
    if (!point) throw new Error('the last lane has a point');
    const here = s.points.filter((p) => Math.hypot(p.x - point.x, p.y - point.y) < 1);
    const at: [number, number] = [Math.round(point.x + point.r + 3), Math.round(point.y)];
    expect(
      h.root.elementFromPoint(...at)?.closest('[data-index]'),
      'the click misses the mark',
    ).to.equal(null);
    await sendMouse({ type: 'click', position: at });
    await h.el.updateComplete;
    expect(here.map((p) => h.el.events[p.index]?.id)).to.include(h.el.selected);
  });
});
