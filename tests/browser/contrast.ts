/**
 * WCAG 2 contrast from computed colours. The browser resolves every colour syntax (rgb(),
 * color(srgb …), oklab(), system colours) by painting it on a one-pixel canvas.
 */

/** sRGB channels from 0 to 255 and alpha from 0 to 1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const pixel = document.createElement('canvas');
pixel.width = 1;
pixel.height = 1;
const context = pixel.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;

/** A computed CSS colour in sRGB, as the browser paints it. */
export function parseColor(css: string): Rgba {
  if (!css || css === 'none' || css.startsWith('url(')) {
    throw new Error(`not a colour: '${css}'`);
  }
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, from 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function hex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The parent across a shadow boundary: a shadow root's parent is its host. */
function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The colour behind an element: the background colours of it and its ancestors (across shadow
 * roots) painted bottom up, down to the first opaque one, or white.
 */
export function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), parseColor('#fff'));
}

/** The colour an element's text is drawn in: `fill` for SVG text, `color` otherwise. */
export function textColorOf(element: Element): Rgba {
  const style = getComputedStyle(element);
  if (element instanceof SVGElement) {
    const fill = parseColor(style.fill);
    return { ...fill, a: fill.a * Number(style.fillOpacity || 1) };
  }
  return parseColor(style.color);
}

/** A short name for an element in failure messages: tag, classes and its first words. */
export function describe(element: Element): string {
  const classes = [...element.classList].map((c) => `.${c}`).join('');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${element.localName}${classes} "${text}"`;
}
