import { densityRects } from '../../export/density-rects.js';
import { cssNumber, fontStack } from '../../export/svg-values.js';

import { GEOMETRY } from '../../layout/geometry.js';
import { ColorReader } from './color-reader.js';
import { SVG_NS, SvgCopier } from './svg-copy.js';
import type { ExportScene } from './types.js';

/** What the drawing of one export reads from and writes to. */
interface Sheet {
  doc: XMLDocument;
  copier: SvgCopier;
  /** The rendered drawing, out of sight in the shadow root. */
  stage: HTMLElement;
  /** The box of the lanes, which every position in the drawing is relative to. */
  origin: DOMRect;
}

/**
 * A standalone SVG of the horizontal drawing in the scene: the element renders it out of sight
 * with its own templates and styles, and this copies it with every colour resolved, labels and
 * lane names as `<text>`, a title and a description of the events, and nothing outside the file.
 */
export function exportSvg(scene: ExportScene): string {
  const stage = openStage(scene);
  try {
    const doc = compose(scene, stage);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
  } finally {
    scene.paint(stage, false);
    stage.remove();
  }
}

/** Renders the drawing in the shadow root, where its styles apply, hidden and inert. */
function openStage(scene: ExportScene): HTMLElement {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  // Through the CSSOM: a style attribute would be refused under a strict CSP.
  const set = (name: string, value: string) => stage.style.setProperty(name, value);
  set('position', 'absolute');
  set('left', '0');
  set('top', '0');
  set('width', `${scene.drawing.layout.width}px`);
  set('visibility', 'hidden');
  set('pointer-events', 'none');
  scene.root.append(stage);
  scene.paint(stage, true);
  return stage;
}

/** The size of the exported picture, in CSS pixels. */
export function exportSize(scene: Pick<ExportScene, 'drawing'>): { width: number; height: number } {
  const { layout } = scene.drawing;
  return { width: layout.width, height: layout.axisY + GEOMETRY.axis };
}

function compose(scene: ExportScene, stage: HTMLElement): XMLDocument {
  const { width, height } = exportSize(scene);
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  const hostStyle = getComputedStyle(scene.host);
  attributes(svg, {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'timeline-title timeline-desc',
    'font-family': fontStack(hostStyle.fontFamily),
  });
  add(doc, svg, 'title', { id: 'timeline-title' }).textContent = scene.title;
  add(doc, svg, 'desc', { id: 'timeline-desc' }).textContent = scene.description;
  const copier = new SvgCopier(doc, new ColorReader(), new Set());
  const lanes = stage.querySelector('.lanes') as HTMLElement;
  const sheet: Sheet = { doc, copier, stage, origin: lanes.getBoundingClientRect() };
  const background = add(doc, svg, 'rect', { width, height });
  copier.paint(background, 'fill', hostStyle.backgroundColor);
  copySvg(sheet, svg, 'svg.chart-back', 'lanes');
  drawDensity(sheet, svg, scene);
  copySvg(sheet, svg, 'svg.chart', 'marks');
  drawLaneNames(sheet, svg, scene.drawing.locale);
  drawLabels(sheet, svg, scene);
  copySvg(sheet, svg, 'svg.axis-svg', 'axis');
  return doc;
}

function copySvg(sheet: Sheet, svg: Element, selector: string, name: string): void {
  const from = sheet.stage.querySelector(selector);
  if (from) sheet.copier.copyChildren(from, add(sheet.doc, svg, 'g', { id: name }));
}

/** A crowded view's marks, which the screen paints on a canvas, as rectangles. */
function drawDensity(sheet: Sheet, svg: Element, scene: ExportScene): void {
  const rects = densityRects(scene.drawing.layout);
  if (rects.length === 0) return;
  const swatches = [...sheet.stage.querySelectorAll('.swatches .swatch')];
  const inks = swatches.map((s) => getComputedStyle(s).backgroundColor);
  const group = add(sheet.doc, svg, 'g', { id: 'density' });
  for (const r of rects) {
    const rect = add(sheet.doc, group, 'rect', {
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
    });
    sheet.copier.paint(rect, 'fill', inks[r.lane] ?? 'currentColor', r.opacity);
  }
}

/** Each lane's name with its swatch, where the screen shows them. */
function drawLaneNames(sheet: Sheet, svg: Element, locale: string): void {
  const { doc, copier, origin } = sheet;
  const group = add(doc, svg, 'g', { id: 'lane-names' });
  for (const name of sheet.stage.querySelectorAll<HTMLElement>('.lane-name')) {
    const style = getComputedStyle(name);
    const swatch = name.querySelector('.swatch');
    if (swatch) {
      const box = swatch.getBoundingClientRect();
      const rect = add(doc, group, 'rect', {
        x: box.left - origin.left,
        y: box.top - origin.top,
        width: box.width,
        height: box.height,
        rx: 2,
      });
      copier.paint(rect, 'fill', getComputedStyle(swatch).backgroundColor);
    }
    // Its own words, not the button's that shows the next categories.
    const words = [...name.childNodes].filter(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
    );
    const label = words
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!label || words.length === 0) continue;
    const range = document.createRange();
    range.setStartBefore(words[0] as Node);
    range.setEndAfter(words[words.length - 1] as Node);
    const box = range.getBoundingClientRect();
    const rtl = style.direction === 'rtl';
    const text = add(doc, group, 'text', {
      x: (rtl ? box.right : box.left) - origin.left,
      y: name.getBoundingClientRect().top - origin.top + 13,
      'text-anchor': rtl ? 'end' : 'start',
      'font-size': cssNumber(style.fontSize) ?? 11,
      'font-weight': style.fontWeight,
      'letter-spacing': cssNumber(style.letterSpacing) ?? 0,
    });
    copier.paint(text, 'fill', style.color);
    text.textContent =
      style.textTransform === 'uppercase' ? label.toLocaleUpperCase(locale) : label;
  }
}

/** The events' labels: the box and edge the screen draws, the title clipped to the box. */
function drawLabels(sheet: Sheet, svg: Element, scene: ExportScene): void {
  const { doc, copier } = sheet;
  const defs = add(doc, svg, 'defs', {});
  const group = add(doc, svg, 'g', { id: 'labels' });
  const h = GEOMETRY.labelHeight;
  for (const label of scene.drawing.layout.labels) {
    const button = sheet.stage.querySelector(`li[data-index="${label.index}"] > .label`);
    const event = scene.drawing.model.events[label.index];
    if (!button || !event) continue;
    const style = getComputedStyle(button);
    const { x, y, width } = label;
    const clip = `label-${label.index}`;
    add(doc, add(doc, defs, 'clipPath', { id: clip }), 'rect', { x, y, width, height: h });
    copier.paint(
      add(doc, group, 'rect', { x, y, width, height: h, rx: 2 }),
      'fill',
      style.backgroundColor,
    );
    // The coloured edge on the side of the mark.
    const right = button.classList.contains('anchor-right');
    const edge = Number(cssNumber(right ? style.borderRightWidth : style.borderLeftWidth) ?? 0);
    if (edge > 0) {
      const color = right ? style.borderRightColor : style.borderLeftColor;
      const bar = add(doc, group, 'rect', {
        x: right ? x + width - edge : x,
        y,
        width: edge,
        height: h,
      });
      copier.paint(bar, 'fill', color);
    }
    const pad = Number(cssNumber(style.paddingLeft) ?? 5);
    const size = Number(cssNumber(style.fontSize) ?? 13);
    // A title in a right-to-left script starts at the box's right end (dir="auto" on screen).
    const rtl = style.direction === 'rtl';
    const text = add(doc, group, 'text', {
      x: rtl ? x + width - pad - (right ? edge : 0) : x + pad + (right ? 0 : edge),
      y: y + h / 2 + size * 0.35,
      'text-anchor': rtl ? 'end' : 'start',
      'font-size': size,
      'font-weight': style.fontWeight,
      'clip-path': `url(#${clip})`,
    });
    copier.paint(text, 'fill', style.color);
    text.textContent = event.title;
  }
}

function add(
  doc: XMLDocument,
  parent: Element,
  name: string,
  values: Record<string, string | number>,
): Element {
  const element = doc.createElementNS(SVG_NS, name);
  attributes(element, values);
  parent.append(element);
  return element;
}

function attributes(element: Element, values: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(values)) {
    element.setAttribute(name, typeof value === 'number' ? String(round(value)) : value);
  }
}

/** Two decimals are finer than any screen: the file stays small. */
const round = (n: number) => Math.round(n * 100) / 100;
