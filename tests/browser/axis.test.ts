import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { event } from './fixtures.js';
import { shapeBox } from './harness/dom.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { storyData, storyViewport } from './story-harness.js';

type Dir = 'ltr' | 'rtl';

interface Label {
  text: string;
  rect: DOMRect;
}

interface Axis {
  left: number;
  right: number;
  /** Ticks in time order, with their label when it is drawn. */
  ticks: { x: number; label: Label | null }[];
  context: Label[];
  breaks: { left: number; right: number; label: Label | null }[];
}

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const label = (node: Element | null): Label | null =>
  node ? { text: text(node), rect: node.getBoundingClientRect() } : null;

/** The axis as drawn: the plot's ends (the axis line), ticks, the context row and the breaks. */
function readAxis(h: TimelineHarness): Axis {
  const line = shapeBox(h.root.querySelector('svg line.axis-line') as SVGLineElement);
  const ticks = [...h.root.querySelectorAll<SVGLineElement>('svg line.tick')].map((tick) => {
    const next = tick.nextElementSibling;
    return { x: shapeBox(tick).left, label: next?.matches('.tick-label') ? label(next) : null };
  });
  const bands = [...h.root.querySelectorAll<SVGRectElement>('svg .break-band')];
  // The bands are drawn behind the lanes; each break's zigzag and name are drawn in the axis,
  // in the same order.
  const zigzags = [...h.root.querySelectorAll('svg .break-mark')];
  return {
    left: line.left,
    right: line.right,
    ticks,
    context: [...h.root.querySelectorAll('svg .context-label')].map((n) => label(n) as Label),
    breaks: bands.map((band, i) => {
      const box = shapeBox(band);
      const zigzag = zigzags[i] ?? null;
      return {
        left: box.left,
        right: box.right,
        label: label(zigzag && nextOfKind(zigzag, 'break-label')),
      };
    }),
  };
}

/** The first sibling after `node` with the class, before the next break band. */
function nextOfKind(node: Element, kind: string): Element | null {
  for (let n = node.nextElementSibling; n && !n.matches('.break-mark'); n = n.nextElementSibling) {
    if (n.classList.contains(kind)) return n;
  }
  return null;
}

/** Every way the drawn axis breaks the contract, as readable lines. */
function axisFaults(a: Axis, dir: Dir): string[] {
  const faults: string[] = [];
  const row1 = a.ticks.flatMap((t) => (t.label ? [t.label] : []));
  const row2 = [...a.context, ...a.breaks.flatMap((b) => (b.label ? [b.label] : []))];
  for (const t of a.ticks) {
    if (!t.label) continue;
    // Each label starts 4 px after its tick, reading from the tick: right of it, or left in RTL.
    const start = dir === 'ltr' ? t.label.rect.left - t.x : t.x - t.label.rect.right;
    if (Math.abs(start - 4) > 1.5) faults.push(`${t.label.text} starts ${start} px from its tick`);
  }
  for (const row of [row1, row2]) {
    const sorted = [...row].sort((p, q) => p.rect.left - q.rect.left);
    sorted.forEach((l, i) => {
      if (l.rect.left < a.left - 0.5 || l.rect.right > a.right + 0.5) {
        faults.push(`${l.text} runs out of the plot (${l.rect.left}–${l.rect.right})`);
      }
      const next = sorted[i + 1];
      if (next && next.rect.left < l.rect.right - 0.5)
        faults.push(`${l.text} overlaps ${next.text}`);
    });
  }
  for (const b of a.breaks) {
    for (const t of a.ticks) {
      if (t.x > b.left + 0.5 && t.x < b.right - 0.5)
        faults.push(`a tick at ${t.x} is inside a break`);
    }
  }
  for (const l of [...row1, ...row2]) {
    if (/(^|\D)0( BC| AD|$)/.test(l.text)) faults.push(`${l.text} writes a year 0`);
  }
  return faults;
}

const tickTexts = (a: Axis) => a.ticks.flatMap((t) => (t.label ? [t.label.text] : []));
const written = (a: Axis) => [...tickTexts(a), ...a.context.map((c) => c.text)];

async function mount(data: unknown, dir: Dir, view?: [string, string], width = 1200) {
  const h = await TimelineHarness.create(
    html`<div dir=${dir === 'rtl' ? 'rtl' : nothing}>
      <event-timeline .data=${data} orientation="horizontal"
        view-start=${view?.[0] ?? nothing} view-end=${view?.[1] ?? nothing}></event-timeline>
    </div>`,
    { width },
  );
  await h.waitFrames(3);
  return h;
}

const NEW_YEAR = {
  events: ['2026-01-14', '2026-03-02', '2026-06-20', '2026-09-09', '2026-11-30'].map((d, i) =>
    event(`Meeting ${i + 1}`, d),
  ),
};
const ANTIQUITY = {
  events: [
    event('First cities', '-2999'),
    event('Pyramids', '-2560'),
    event('Troy', '-1180'),
    event('Rome', '-0752'),
    event('Caesar', '-0043-03-15'),
    event('Hegira', '0622'),
    event('Printing', '1500'),
  ],
};
const FAR_FUTURE = {
  events: [
    event('Now', '2024-05'),
    event('Then', '2025-03'),
    event('Next', '2026-01'),
    event('Soon', '2026-09'),
    event('Far', '+012000'),
  ],
};

describe('the axis never lies', () => {
  let story: unknown;

  before(async () => {
    await storyViewport();
    story = await storyData();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    describe(dir, () => {
      it('a one-year view across a new year names the year that fills it, not the one ending', async () => {
        const h = await mount(NEW_YEAR, dir, ['2025-12-25', '2026-12-20']);
        const a = readAxis(h);
        expect(axisFaults(a, dir)).to.deep.equal([]);
        expect(a.context.map((c) => c.text)).to.deep.equal(['2026']);
        expect(tickTexts(a).slice(0, 3)).to.deep.equal(['Jan', 'Feb', 'Mar']);
        // The year's label stands at its tick, 1 January.
        const january = a.ticks.find((t) => t.label?.text === 'Jan') as Axis['ticks'][number];
        const year = a.context[0]?.rect as DOMRect;
        const start = dir === 'ltr' ? year.left - january.x : january.x - year.right;
        expect(start).to.be.closeTo(4, 1.5);
      });

      it('a view that opens in December names that year at the plot’s edge while it has room', async () => {
        // The window may reach 8% of the data's span past it: 25 days before 10 January.
        const may1961 = {
          events: ['1961-01-10', '1961-05-02', '1961-05-19', '1961-11-20'].map((d) =>
            event('Talks', d),
          ),
        };
        const h = await mount(may1961, dir, ['1960-12-18', '1961-12-01']);
        const a = readAxis(h);
        expect(axisFaults(a, dir)).to.deep.equal([]);
        expect(a.context.map((c) => c.text)).to.deep.equal(['1960', '1961']);
        const edge = a.context[0]?.rect as DOMRect;
        expect(dir === 'ltr' ? edge.left - a.left : a.right - edge.right).to.be.closeTo(4, 1.5);
        // Zoomed out so that 1 January comes near the edge, 1960 gives way to 1961.
        const late = await mount(may1961, dir, ['1960-12-29', '1961-12-01']);
        expect(readAxis(late).context.map((c) => c.text)).to.deep.equal(['1961']);
      });

      it('3000 BC – AD 1500 is ticked on round historical years, through 1 AD', async () => {
        const h = await mount(ANTIQUITY, dir, undefined, 1200);
        const a = readAxis(h);
        expect(axisFaults(a, dir)).to.deep.equal([]);
        const ticks = tickTexts(a);
        const from = ticks.indexOf('2500 BC');
        expect(ticks.slice(from, from + 8)).to.deep.equal([
          '2500 BC',
          '2000 BC',
          '1500 BC',
          '1000 BC',
          '500 BC',
          '1 AD',
          '500',
          '1000',
        ]);
      });

      it('an event in the year 12000 has its year on the axis', async () => {
        const h = await mount(FAR_FUTURE, dir, ['+011995-01-01', '+012001-01-01']);
        const a = readAxis(h);
        expect(axisFaults(a, dir)).to.deep.equal([]);
        expect(written(a)).to.include.members(['11999', '12000']);
      });

      it('the far future after a break: the break says what it hides, the years beyond are written', async () => {
        const h = await mount(FAR_FUTURE, dir, undefined, 1280);
        const a = readAxis(h);
        expect(axisFaults(a, dir)).to.deep.equal([]);
        expect(a.breaks.map((b) => b.label?.text)).to.deep.equal(['9,175 years']);
        // Beyond the break the years are at full scale again: 11,650, 11,700… as plain numbers.
        expect(written(a).filter((t) => /^1[12]\d{3}$/.test(t)).length).to.be.at.least(3);
      });

      it('the far future in its first view: the last year, 12000, is written at 768 and 1280 px', async () => {
        for (const width of [768, 1280]) {
          const h = await mount(FAR_FUTURE, dir, undefined, width);
          const a = readAxis(h);
          expect(axisFaults(a, dir)).to.deep.equal([]);
          expect(tickTexts(a), `${width} px: ${written(a).join(', ')}`).to.include('12000');
        }
      });

      it('the story: no tick inside the 2028–2066 break, which says what it hides', async () => {
        const h = await mount(story, dir, undefined, 1280);
        const a = readAxis(h);
        expect(axisFaults(a, dir)).to.deep.equal([]);
        expect(a.breaks.map((b) => b.label?.text)).to.deep.equal(['36 years']);
        expect(tickTexts(a)).to.include.members(['2028', '2066']);
        expect(tickTexts(a)).not.to.include('2050');
      });
    });
  }

  it('right to left mirrors the axis exactly', async () => {
    for (const [data, view] of [
      [story, undefined],
      [NEW_YEAR, ['2025-12-25', '2026-12-20']],
      [ANTIQUITY, undefined],
    ] as const) {
      const ltr = readAxis(await mount(data, 'ltr', view as [string, string] | undefined));
      const rtl = readAxis(await mount(data, 'rtl', view as [string, string] | undefined));
      expect(tickTexts(rtl)).to.deep.equal(tickTexts(ltr));
      expect(rtl.context.map((c) => c.text)).to.deep.equal(ltr.context.map((c) => c.text));
      rtl.ticks.forEach((t, i) => {
        const mirrored = ltr.left + ltr.right - (ltr.ticks[i]?.x as number);
        expect(t.x - (rtl.left - ltr.left)).to.be.closeTo(mirrored, 1);
      });
    }
  });
});
