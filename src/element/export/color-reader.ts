import type { Rgba } from '../../export/svg-values.js';

/**
 * Any computed CSS colour as red, green, blue and alpha: painted on a one-pixel canvas and read
 * back, so `color-mix()`, `oklab()`, `color(srgb …)` and `light-dark()` results all come out as
 * plain numbers, whichever form the engine serializes them in.
 */
export class ColorReader {
  private readonly context: CanvasRenderingContext2D | null;
  private readonly known = new Map<string, Rgba | null>();

  constructor() {
    const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
    this.context = canvas.getContext('2d', { willReadFrequently: true });
  }

  /** Null for `none`, a paint server (`url(…)`) or what the canvas cannot read. */
  read(color: string): Rgba | null {
    if (this.known.has(color)) return this.known.get(color) ?? null;
    const rgba = this.paint(color);
    this.known.set(color, rgba);
    return rgba;
  }

  private paint(color: string): Rgba | null {
    const c = this.context;
    if (!c || color === 'none' || color.startsWith('url(')) return null;
    c.clearRect(0, 0, 1, 1);
    if (!CSS.supports('color', color)) return null;
    c.fillStyle = color;
    c.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = c.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  }
}
