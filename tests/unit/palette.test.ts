import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The palette as the stylesheet declares it: light-dark(<light>, <dark>) per category.
const css = readFileSync(
  new URL('../../src/element/styles/event-timeline.styles.ts', import.meta.url),
  'utf8',
);
const pairs = [
  ...css.matchAll(/--timeline-category-\d: light-dark\((#[\da-f]{6}), (#[\da-f]{6})\)/g),
].map((m) => [m[1] as string, m[2] as string]);
const light = pairs.map((p) => p[0] as string);
const dark = pairs.map((p) => p[1] as string);

type Rgb = [number, number, number];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string): Rgb =>
  [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
function oklab([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
// Machado, Oliveira and Fernandes (2009), full severity, on linear RGB.
const VISION: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const seen = (hex: string, matrix: number[][]) => {
  const c = rgb(hex);
  return oklab(
    matrix.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((sum, k, i) => sum + k * (c[i] as number), 0),
        ),
      ),
    ) as Rgb,
  );
};
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the category palette', () => {
  it('declares eight categories for light and dark', () => {
    expect(pairs).toHaveLength(8);
  });

  it('draws every mark at 3:1 or more on the light and the dark lane backgrounds', () => {
    for (const c of light)
      for (const bg of ['#ffffff', '#f6f6f8'])
        expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
    for (const c of dark)
      for (const bg of ['#15171c', '#1a1c22'])
        expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps every two categories apart in normal vision and under the three colour-vision deficiencies', () => {
    for (const [name, matrix] of Object.entries(VISION)) {
      for (const palette of [light, dark]) {
        palette.forEach((a, i) => {
          for (const b of palette.slice(i + 1)) {
            expect(
              distance(seen(a, matrix), seen(b, matrix)),
              `${a} / ${b}, ${name}`,
            ).toBeGreaterThanOrEqual(0.09);
          }
        });
      }
    }
  });
});
