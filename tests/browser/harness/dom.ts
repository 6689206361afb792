// Reading what a node draws, the same way in every engine: its box on screen and its text.

/**
 * Where an SVG shape's own geometry lies on screen, in client pixels. Firefox's
 * getBoundingClientRect() takes the stroke in (a 1.5 px outline moves each edge 0.75 px out);
 * Chromium and WebKit leave it out. The shape's box in its own units, mapped through its screen
 * matrix, is the same in every engine.
 */
export function shapeBox(shape: SVGGraphicsElement): DOMRect {
  const box = shape.getBBox();
  const matrix = shape.getScreenCTM();
  if (!matrix) throw new Error(`<${shape.localName}> is not rendered`);
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return new DOMRect(left, top, Math.max(...xs) - left, Math.max(...ys) - top);
}

/**
 * The part of a node that is drawn, within the box of the button it is text of. A label too
 * long for its button is cut there with an ellipsis, but Firefox and WebKit give its text the
 * box of the whole line, past the button's end.
 */
export function drawnBox(node: Element): DOMRect {
  const rect = node.getBoundingClientRect();
  const button = node.parentElement?.closest('button');
  if (!button) return rect;
  // The button's overflow is cut at its padding box, inside its border.
  const outer = button.getBoundingClientRect();
  const left = Math.max(rect.left, outer.left + button.clientLeft);
  const top = Math.max(rect.top, outer.top + button.clientTop);
  const right = Math.min(rect.right, outer.left + button.clientLeft + button.clientWidth);
  const bottom = Math.min(rect.bottom, outer.top + button.clientTop + button.clientHeight);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** Text as a reader sees it: runs of white space as one space, none at the ends. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of every node `selector` finds under `root`, normalized. */
export function textsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((n) => normalize(n.textContent));
}
