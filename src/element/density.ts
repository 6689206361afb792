import { BIN } from '../layout/dense.js';
import { GEOMETRY, type TimelineLayout } from '../layout/layout.js';

/**
 * Draws a crowded view's marks on its canvas: per lane, a tick for each 2 px bin of points
 * (taller for more) and a band where ranges run (stronger for more), then the clusters' counts.
 * `colors[i]` is lane i's resolved colour; the canvas is in device pixels.
 */
export interface Ink {
  text: string;
  background: string;
  font: string;
}

export function drawDensity(
  canvas: HTMLCanvasElement,
  layout: TimelineLayout,
  colors: string[],
  ink: Ink,
): void {
  const density = layout.density;
  const context = canvas.getContext('2d');
  if (!density || !context) return;
  const scale = canvas.width / layout.width;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.clearRect(0, 0, layout.width, layout.axisY);
  const g = GEOMETRY;
  layout.lanes.forEach((lane, i) => {
    context.fillStyle = colors[i] ?? '#666';
    const points = density.points[i] as Uint16Array;
    const ranges = density.ranges[i] as Uint16Array;
    const bandY = lane.pointY + g.pointRow / 2;
    const bandHeight = Math.max(
      6,
      lane.height - g.header - g.lanePad - (lane.pointY + g.pointRow / 2 - lane.top - g.header) - 2,
    );
    for (let b = 0; b < density.bins; b++) {
      const x = layout.left + b * BIN;
      const cover = ranges[b] as number;
      if (cover) {
        context.globalAlpha = Math.min(0.9, 0.2 + 0.12 * Math.log2(cover));
        context.fillRect(x, bandY, BIN, Math.min(bandHeight, 6 + 2 * Math.log2(cover)));
      }
      const count = points[b] as number;
      if (count) {
        const h = Math.min(g.pointRow - 6, 4 + 3 * Math.log2(count));
        context.globalAlpha = 0.85;
        context.fillRect(x, lane.pointY - h / 2, BIN, h);
      }
    }
  });
  context.globalAlpha = 1;
  context.font = `700 11px ${ink.font}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const t of layout.targets) {
    if (t.members.length < 2) continue;
    context.beginPath();
    context.arc(t.x, t.y, 10, 0, 2 * Math.PI);
    context.fillStyle = ink.background;
    context.fill();
    context.strokeStyle = colors[t.lane] ?? '#666';
    context.lineWidth = 2;
    context.stroke();
    context.fillStyle = ink.text;
    context.fillText(t.members.length > 999 ? '1k+' : String(t.members.length), t.x, t.y + 0.5);
  }
}

/**
 * The canvas needs real colours, not custom properties: the lanes' swatches and the host resolve
 * them. Read once per dataset and colour scheme, not every frame.
 */
export class InkCache {
  private key: unknown = null;
  private dark = false;
  private value: [string[], Ink] = [[], { text: '#000', background: '#fff', font: 'sans-serif' }];

  get(root: ParentNode, host: Element, key: unknown): [string[], Ink] {
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    if (key === this.key && dark === this.dark) return this.value;
    const style = getComputedStyle(host);
    this.value = [
      [...root.querySelectorAll('.swatches .swatch')].map(
        (s) => getComputedStyle(s).backgroundColor,
      ),
      { text: style.color, background: style.backgroundColor, font: style.fontFamily },
    ];
    this.key = key;
    this.dark = dark;
    return this.value;
  }
}
