import { cssNumber, dashArray, hexColor, localUrl, paintOf } from '../../export/svg-values.js';
import type { ColorReader } from './color-reader.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polygon', 'polyline']);

/** Attributes that only the live element needs: styling hooks, data for its scripts, ARIA. */
const DROPPED = /^(class|part|style|tabindex|data-.*|aria-.*|on.*)$/i;

/**
 * Copies rendered SVG into a standalone document: the geometry as it is, and each element's
 * computed style as presentation attributes with concrete values, so the copy looks the same
 * without the element's style sheet or custom properties. Text is copied as text nodes.
 */
export class SvgCopier {
  constructor(
    private readonly doc: XMLDocument,
    private readonly colors: ColorReader,
    /** Ids defined in the copy: the only things a `url(#…)` may point at. */
    private readonly ids: Set<string>,
  ) {}

  /** Copies the children of a rendered `<svg>` into `target`. */
  copyChildren(from: Element, target: Element): void {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) this.copyElement(node as Element, target);
      else if (node.nodeType === Node.TEXT_NODE && from.localName === 'text') {
        target.append(this.doc.createTextNode(node.textContent ?? ''));
      }
    }
  }

  private copyElement(from: Element, target: Element): void {
    if (from.namespaceURI !== SVG_NS) return;
    const style = getComputedStyle(from);
    if (style.display === 'none') return;
    const copy = this.doc.createElementNS(SVG_NS, from.localName);
    for (const { name, value } of from.attributes) {
      if (DROPPED.test(name)) continue;
      const kept = this.attribute(name, value);
      if (kept !== null) copy.setAttribute(name, kept);
    }
    if (SHAPES.has(from.localName)) this.shapeStyle(style, copy);
    else if (from.localName === 'text') this.textStyle(style, copy);
    else if (from.localName === 'stop') this.stopStyle(style, copy);
    if (copy.hasAttribute('mask')) this.fadeInstead(copy);
    target.append(copy);
    this.copyChildren(from, copy);
  }

  /**
   * A bar's fade is a mask of one box filled with a white gradient; Inkscape draws no mask whose
   * content is in the box's units. The same gradient in the bar's own colour fades it the same.
   */
  private fadeInstead(copy: Element): void {
    const mask = this.find(copy.getAttribute('mask'));
    const box = mask?.children.length === 1 ? mask.firstElementChild : null;
    const gradient = this.find(box?.getAttribute('fill') ?? null);
    const color = copy.getAttribute('fill') ?? '';
    if (!gradient || !color.startsWith('#')) return;
    const id = `${gradient.id}-${color.slice(1)}`;
    if (!this.ids.has(id)) {
      const paint = gradient.cloneNode(true) as Element;
      paint.id = id;
      const opacity = Number(copy.getAttribute('fill-opacity') ?? 1);
      for (const stop of paint.children) {
        stop.setAttribute('stop-color', color);
        const alpha = Number(stop.getAttribute('stop-opacity') ?? 1) * opacity;
        stop.setAttribute('stop-opacity', String(Math.round(alpha * 1000) / 1000));
      }
      gradient.after(paint);
      this.ids.add(id);
    }
    copy.removeAttribute('mask');
    copy.removeAttribute('fill-opacity');
    copy.setAttribute('fill', `url(#${id})`);
    if (copy.getAttribute('stroke') === color) copy.setAttribute('stroke', `url(#${id})`);
  }

  /** The copy's element that a `url(#id)` names, if there is one. */
  private find(url: string | null): Element | null {
    const id = /^url\(#(.+)\)$/.exec(url ?? '')?.[1];
    if (!id || !this.ids.has(id)) return null;
    return this.doc.documentElement.querySelector(`[id="${CSS.escape(id)}"]`);
  }

  /** An attribute's value, unless it would point outside the file. */
  private attribute(name: string, value: string): string | null {
    if (name === 'id') {
      this.ids.add(value);
      return value;
    }
    if (/(^|:)href$/i.test(name)) return value.startsWith('#') ? value : null;
    if (value.includes('url(')) return localUrl(value, this.ids);
    return value;
  }

  private shapeStyle(style: CSSStyleDeclaration, copy: Element): void {
    this.paint(copy, 'fill', style.fill, Number(style.fillOpacity));
    this.paint(copy, 'stroke', style.stroke, Number(style.strokeOpacity));
    if (style.stroke !== 'none') {
      this.number(copy, 'stroke-width', style.strokeWidth);
      const dashes = dashArray(style.strokeDasharray);
      if (dashes) copy.setAttribute('stroke-dasharray', dashes);
    }
    this.number(copy, 'opacity', style.opacity, '1');
  }

  private textStyle(style: CSSStyleDeclaration, copy: Element): void {
    this.paint(copy, 'fill', style.fill, Number(style.fillOpacity));
    this.number(copy, 'font-size', style.fontSize);
    if (style.fontWeight !== '400') copy.setAttribute('font-weight', style.fontWeight);
    if (style.fontStyle !== 'normal') copy.setAttribute('font-style', style.fontStyle);
    this.number(copy, 'opacity', style.opacity, '1');
  }

  private stopStyle(style: CSSStyleDeclaration, copy: Element): void {
    // The colour is kept at opacity 0 too: a gradient blends colours and opacities apart.
    const color = this.colors.read(style.stopColor) ?? [0, 0, 0, 0];
    const opacity = Math.round(color[3] * Number(style.stopOpacity) * 1000) / 1000;
    copy.setAttribute('stop-color', hexColor(color));
    copy.setAttribute('stop-opacity', String(opacity));
  }

  /** `fill` or `stroke`: a paint server of the file, a colour with its opacity, or none. */
  paint(copy: Element, name: 'fill' | 'stroke', value: string, opacity = 1): void {
    const url = value.startsWith('url(') ? localUrl(value.replace(/\)\s.*$/, ')'), this.ids) : null;
    if (url) {
      copy.setAttribute(name, url);
      if (opacity < 1) copy.setAttribute(`${name}-opacity`, String(opacity));
      return;
    }
    const paint = paintOf(this.colors.read(value), Number.isFinite(opacity) ? opacity : 1);
    copy.setAttribute(name, paint?.color ?? 'none');
    if (paint && paint.opacity < 1) copy.setAttribute(`${name}-opacity`, String(paint.opacity));
  }

  private number(copy: Element, name: string, value: string, unless?: string): void {
    const n = cssNumber(value);
    if (n !== null && n !== unless) copy.setAttribute(name, n);
  }
}
