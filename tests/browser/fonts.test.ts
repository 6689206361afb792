import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { event } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { storyData, storyViewport } from './story-harness.js';

/** A wide bold serif, as a page font that loads after the first render. */
const WIDE = 'url(/test-fonts/wide.ttf)';

function boxes(h: TimelineHarness, selector: string): { text: string; rect: DOMRect }[] {
  return [...h.root.querySelectorAll(selector)]
    .map((t) => ({ text: (t.textContent ?? '').trim(), rect: t.getBoundingClientRect() }))
    .filter((b) => b.text !== '' && b.rect.width > 0);
}

/** Axis labels that overlap each other or run out of the plot. */
function axisFaults(h: TimelineHarness): string[] {
  const plot = (h.root.querySelector('svg.chart') as SVGSVGElement).getBoundingClientRect();
  const faults: string[] = [];
  for (const selector of ['svg .tick-label', 'svg .context-label']) {
    const row = boxes(h, selector).sort((a, b) => a.rect.left - b.rect.left);
    row.forEach((b, i) => {
      if (b.rect.left < plot.left - 0.5 || b.rect.right > plot.right + 0.5) {
        faults.push(`${b.text} runs out of the plot (${b.rect.left}–${b.rect.right})`);
      }
      const next = row[i + 1];
      if (next && next.rect.left < b.rect.right - 0.5)
        faults.push(`${b.text} overlaps ${next.text}`);
    });
  }
  return faults;
}

/** Labels whose title is cut although the label's box was made for the whole title. */
function cutLabels(h: TimelineHarness): string[] {
  return (
    h.labels
      .map((span) => span.closest('button') as HTMLElement)
      // A label the layout cut for lack of room says so; any other must show its whole text.
      .filter((b) => b.scrollWidth > b.clientWidth + 1 && !b.classList.contains('cut'))
      .map((b) => `${b.textContent?.trim()}: needs ${b.scrollWidth}, has ${b.clientWidth}`)
  );
}

describe('page fonts', () => {
  let story: unknown;

  before(async () => {
    await storyViewport();
    story = await storyData();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`a wide page font that loads late: labels and the axis are measured again (${dir})`, async () => {
      const face = new FontFace(`Wide-${dir}`, WIDE);
      const data = {
        events: [
          ...Array.from({ length: 8 }, (_, i) =>
            event(`Summit number ${i + 1} of the year`, `2024-0${i + 1}-15`),
          ),
          event('December meeting', '2024-12-01'),
        ],
      };
      const h = await TimelineHarness.create(
        html`<div dir=${dir === 'rtl' ? 'rtl' : nothing} style=${`font-family: "Wide-${dir}", sans-serif; font-size: 18px`}>
          <event-timeline .data=${data} view-start="2023-12-20" view-end="2025-01-10"></event-timeline>
        </div>`,
        { width: 1000 },
      );
      document.fonts.add(face);
      await face.load();
      await h.waitFrames(3);
      expect(h.tickLabels.length, 'the axis is labelled').to.be.greaterThan(4);
      expect(axisFaults(h)).to.deep.equal([]);
      expect(cutLabels(h)).to.deep.equal([]);
      document.fonts.delete(face);
    });
  }

  it('the story in a wide serif, right to left, zoomed to months: the first month is inside the plot', async () => {
    const h = await TimelineHarness.create(
      html`<div dir="rtl" lang="ar" style="font-family: 'DejaVu Serif', serif">
        <event-timeline .data=${story} view-start="2024-11-01" view-end="2025-02-01"></event-timeline>
      </div>`,
      { width: 1280 },
    );
    await h.waitFrames(3);
    const context = boxes(h, 'svg .context-label');
    expect(context.map((c) => c.text)).to.include('نوفمبر 2024');
    expect(axisFaults(h)).to.deep.equal([]);
    expect(cutLabels(h)).to.deep.equal([]);
  });
});
