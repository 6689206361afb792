import { noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Positions an element at (x, y) with an optional size, writing through the CSSOM. Inline style
 * attributes would break under a strict Content-Security-Policy; style properties do not.
 */
class PlaceDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('place() goes on an element');
  }

  render(_x: number, _y: number, _width?: number, _height?: number) {
    return nothing;
  }

  override update(part: ElementPart, [x, y, width, height]: Parameters<this['render']>) {
    const style = (part.element as HTMLElement).style;
    style.setProperty('transform', `translate(${x}px, ${y}px)`);
    if (width !== undefined) style.setProperty('width', `${width}px`);
    if (height !== undefined) style.setProperty('height', `${height}px`);
    return noChange;
  }
}

export const place = directive(PlaceDirective);

/** Sets CSS custom properties through the CSSOM, for colours that come from the data. */
class CustomPropertiesDirective extends Directive {
  render(_props: Record<string, string | null>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: Parameters<this['render']>) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) {
      if (value === null) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return noChange;
  }
}

export const customProperties = directive(CustomPropertiesDirective);
