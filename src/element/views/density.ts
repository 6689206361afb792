import { BIN, GEOMETRY } from '../../layout/geometry.js';
import type { TimelineLayout } from '../../layout/layout.js';
import { densityStrip } from './chart.js';

export interface Ink {
  text: string;
  background: string;
  font: string;
}

const images = new WeakMap<HTMLCanvasElement, ImageData>();
/** What each canvas was last drawn from. */
const strips = new WeakMap<HTMLCanvasElement, unknown[]>();

let scratch: CanvasRenderingContext2D | null = null;
/** Colours already read back: a lane's colour is the same in every frame. */
const read = new Map<string, [number, number, number]>();

/**
 * Any CSS colour as [r, g, b]: painted on a one-pixel canvas and read back, so oklab(),
 * color-mix() results and system colours all come out as the canvas would draw them.
 */
function channels(color: string): [number, number, number] {
  const known = read.get(color);
  if (known) return known;
  scratch ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext(
    '2d',
    {
      willReadFrequently: true,
    },
  );
  if (!scratch) return [102, 102, 102];
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = '#666';
  scratch.fillStyle = color;
  scratch.fillRect(0, 0, 1, 1);
  const [r = 102, g = 102, b = 102] = scratch.getImageData(0, 0, 1, 1).data;
  if (read.size > 64) read.clear();
  read.set(color, [r, g, b]);
  return [r, g, b];
}

/**
 * Draws a crowded view's marks on the lanes' canvases (`canvases[i]` is lane i's), writing
 * pixels directly, one putImageData per lane rather than thousands of fills: a tick for each
 * 2 px bin of points, taller for more, and a band where ranges run, thicker for more.
 * `colors[i]` is lane i's resolved colour.
 */
export function drawDensity(
  canvases: HTMLCanvasElement[],
  layout: TimelineLayout,
  colors: string[],
): void {
  const density = layout.density;
  if (!density) return;
  const g = GEOMETRY;
  layout.lanes.forEach((lane, i) => {
    const canvas = canvases[i];
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const { width, height } = canvas;
    let image = images.get(canvas);
    if (!image || image.width !== width || image.height !== height) {
      image = context.createImageData(width, height);
      images.set(canvas, image);
    }
    const scale = width / layout.width;
    const [r, gr, b] = channels(colors[i] ?? '');
    const top = densityStrip(lane).top;
    const ink: LaneInk = {
      x: (bin) => Math.round((layout.left + bin * BIN) * scale),
      xEnd: (bin) => Math.min(width, Math.round((layout.left + (bin + 1) * BIN) * scale)),
      rgb: (b << 16) | (gr << 8) | r,
      points: density.points[i] as Uint16Array,
      ranges: density.ranges[i] as Uint16Array,
      pointY: lane.pointY,
      bandMax: Math.max(6, lane.top + lane.height - g.lanePad - (lane.pointY + g.pointRow / 2)),
    };
    // A strip drawn from the same counts at the same size is as it was (a category filter moves
    // the other lanes' strips, and keeps their pixels).
    const drawn = [
      image,
      ink.points,
      ink.ranges,
      ink.rgb,
      scale,
      layout.left,
      ink.bandMax,
      lane.pointY - top,
    ];
    const before = strips.get(canvas);
    if (before?.every((k, n) => k === drawn[n])) return;
    strips.set(canvas, drawn);
    const pixels = new Uint32Array(image.data.buffer);
    pixels.fill(0);
    drawLane(pixels, width, height, (y) => Math.round((y - top) * scale), ink);
    context.putImageData(image, 0, 0);
  });
}

interface LaneInk {
  x: (bin: number) => number;
  xEnd: (bin: number) => number;
  rgb: number;
  points: Uint16Array;
  ranges: Uint16Array;
  pointY: number;
  bandMax: number;
}

/** One lane's ticks and bands into its strip; `y` turns layout y into the strip's pixel row. */
function drawLane(
  pixels: Uint32Array,
  width: number,
  rows: number,
  y: (layoutY: number) => number,
  lane: LaneInk,
): void {
  const g = GEOMETRY;
  // Little-endian RGBA: alpha in the top byte.
  const span = (bin: number, y0: number, y1: number, alpha: number) => {
    const c = ((Math.round(alpha * 255) << 24) | lane.rgb) >>> 0;
    const xa = Math.max(0, lane.x(bin));
    const xb = lane.xEnd(bin);
    const ya = Math.max(0, y(y0));
    const yb = Math.min(rows, y(y1));
    // A bin is a few pixels wide: a plain loop writes them faster than a call to fill per row.
    for (let r = ya; r < yb; r++) {
      const row = r * width;
      for (let p = row + xa; p < row + xb; p++) pixels[p] = c;
    }
  };
  const bandY = lane.pointY + g.pointRow / 2;
  for (let bin = 0; bin < lane.points.length; bin++) {
    const cover = lane.ranges[bin] as number;
    if (cover) {
      const level = Math.min(5, Math.floor(Math.log2(cover)));
      const thick = Math.min(lane.bandMax, 6 + 2 * level);
      span(bin, bandY, bandY + thick, Math.min(0.9, 0.25 + 0.13 * level));
    }
    const count = lane.points[bin] as number;
    if (count) {
      const h = Math.min(g.pointRow - 6, 4 + 3 * Math.log2(count));
      span(bin, lane.pointY - h / 2, lane.pointY + h / 2, 1);
    }
  }
}

/**
 * The canvas needs real colours, not custom properties: the lanes' swatches resolve them. Read
 * once per dataset and colour scheme, not every frame. The scheme is told by the host's resolved
 * text colour, which follows `light-dark()` whether the OS or the page's `color-scheme` chose it;
 * the caller reads it before the render (layout-controller.ts), as reading styles after a render
 * makes the page work them out once more in every frame.
 */
export class InkCache {
  private key: unknown = null;
  private scheme = '';
  private value: string[] = [];

  get(scheme: string, root: ParentNode, key: unknown): string[] {
    if (key === this.key && scheme === this.scheme) return this.value;
    this.value = [...root.querySelectorAll('.swatches .swatch')].map(
      (s) => getComputedStyle(s).backgroundColor,
    );
    this.key = key;
    this.scheme = scheme;
    return this.value;
  }
}
