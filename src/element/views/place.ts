import { noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Positions an element at (x, y) with an optional size, writing through the CSSOM. Inline style
 * attributes would break under a strict Content-Security-Policy; style properties do not.
 */
class PlaceDirective extends Directive {
  /** What was written last: a style written again, even unchanged, makes the page restyle it. */
  #last: unknown[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('place() goes on an element');
  }

  render(_x: number, _y: number, _width?: number, _height?: number) {
    return nothing;
  }

  override update(part: ElementPart, [x, y, width, height]: Parameters<this['render']>) {
    const [lx, ly, lw, lh] = this.#last;
    if (x === lx && y === ly && width === lw && height === lh) return noChange;
    this.#last = [x, y, width, height];
    const style = (part.element as HTMLElement).style;
    if (x !== lx || y !== ly) style.setProperty('transform', `translate(${x}px, ${y}px)`);
    if (width !== undefined && width !== lw) style.setProperty('width', `${width}px`);
    if (height !== undefined && height !== lh) style.setProperty('height', `${height}px`);
    return noChange;
  }
}

export const place = directive(PlaceDirective);

/** Sets CSS custom properties through the CSSOM, for colours that come from the data. */
class CustomPropertiesDirective extends Directive {
  /** The values written last, by name: unchanged ones are not written again. */
  readonly #last = new Map<string, string | null>();

  render(_props: Record<string, string | null>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: Parameters<this['render']>) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) {
      if (this.#last.has(name) && this.#last.get(name) === value) continue;
      this.#last.set(name, value);
      if (value === null) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);
