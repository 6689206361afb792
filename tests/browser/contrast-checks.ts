// Contrast checks on a mounted timeline (WCAG 1.4.3 text, 1.4.11 marks and focus rings), over
// the page's background and every lane stripe the text or mark may sit on.
import {
  backgroundOf,
  contrast,
  hex,
  describe as name,
  over,
  parseColor,
  type Rgba,
  textColorOf,
} from './contrast.js';
import type { TimelineHarness } from './harness/timeline-harness.js';

/** Where text would sit on the lane stripes: inside the plot with no background of its own. */
export function grounds(h: TimelineHarness, element: Element): Rgba[] {
  const base = backgroundOf(element);
  const plot = element.closest('.plot');
  const own = plot && hex(base) !== hex(backgroundOf(plot));
  return plot && !own ? [base, ...h.laneStripes.map((s) => over(parseColor(s), base))] : [base];
}

/** Text drawn below 4.5:1 against what is behind it, as "element: ratio (text on ground)". */
export function lowTextContrast(h: TimelineHarness): string[] {
  return h.textElements.flatMap((element) => {
    if (element.closest('button:disabled')) return [];
    return grounds(h, element).flatMap((ground) => {
      const text = over(textColorOf(element), ground);
      const ratio = contrast(text, ground);
      return ratio < 4.5
        ? [`${name(element)}: ${ratio.toFixed(2)} (${hex(text)} on ${hex(ground)})`]
        : [];
    });
  });
}

/** Marks drawn below 3:1 against the background and the lane stripes. */
export function lowMarkContrast(h: TimelineHarness): string[] {
  return h.marks.flatMap((mark) => {
    const stroke = parseColor(getComputedStyle(mark).stroke);
    return grounds(h, mark).flatMap((ground) => {
      const ratio = contrast(over(stroke, ground), ground);
      const what = `${mark.localName}.${[...mark.classList].join('.')}`;
      return ratio < 3 ? [`${what}: ${ratio.toFixed(2)} (${hex(stroke)} on ${hex(ground)})`] : [];
    });
  });
}

/** The colours the density canvases (one per lane) paint point ticks in (alpha ≥ 0.8). */
export function densityInks(h: TimelineHarness): { ink: Rgba; count: number }[] {
  const canvases = [...h.root.querySelectorAll<HTMLCanvasElement>('canvas.density')];
  if (canvases.length === 0) throw new Error('no density canvas: the view is not crowded');
  const seen = new Map<string, { ink: Rgba; count: number }>();
  for (const canvas of canvases) countInks(canvas, seen);
  return [...seen.values()];
}

function countInks(canvas: HTMLCanvasElement, seen: Map<string, { ink: Rgba; count: number }>) {
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 0; i < data.length; i += 4) {
    const a = (data[i + 3] as number) / 255;
    if (a < 0.8) continue;
    const ink = { r: data[i] as number, g: data[i + 1] as number, b: data[i + 2] as number, a };
    const key = `${hex(ink)}/${data[i + 3]}`;
    const entry = seen.get(key) ?? { ink, count: 0 };
    entry.count++;
    seen.set(key, entry);
  }
}

/** Density inks below 3:1 against the background and the lane stripes. */
export function lowDensityContrast(h: TimelineHarness): string[] {
  const canvas = h.root.querySelector('canvas.density') as Element;
  return densityInks(h).flatMap(({ ink, count }) =>
    grounds(h, canvas).flatMap((ground) => {
      const ratio = contrast(over(ink, ground), ground);
      return ratio < 3 ? [`${count} px of ${hex(ink)}: ${ratio.toFixed(2)} on ${hex(ground)}`] : [];
    }),
  );
}

/** Why a focused element's ring falls short of 2 px at 3:1, or nothing. */
export function weakRing(h: TimelineHarness, focused: Element): string[] {
  const style = getComputedStyle(focused);
  const label = name(focused);
  if (!focused.matches(':focus-visible')) return [`${label}: not :focus-visible`];
  if (style.outlineStyle === 'none') return [`${label}: no outline`];
  const width = Number.parseFloat(style.outlineWidth);
  const problems = width < 2 ? [`${label}: outline ${style.outlineWidth}`] : [];
  // The ring is drawn outside the element, on what is behind it.
  const behind = focused.parentElement ?? focused;
  for (const ground of grounds(h, behind)) {
    const ratio = contrast(over(parseColor(style.outlineColor), ground), ground);
    if (ratio < 3) problems.push(`${label}: ring ${ratio.toFixed(2)}:1 on ${hex(ground)}`);
  }
  return problems;
}
