import { type Box, placeCard } from '../../layout/card.js';

/** The box whose edges are `near` of the two boxes' left and top, `far` of their right and bottom. */
function combine(a: Box, b: Box, near: typeof Math.min, far: typeof Math.min): Box {
  return {
    left: near(a.left, b.left),
    top: near(a.top, b.top),
    right: far(a.right, b.right),
    bottom: far(a.bottom, b.bottom),
  };
}

/** The part of `a` inside `b`, or null when they do not meet. */
function intersect(a: Box, b: Box): Box | null {
  const box = combine(a, b, Math.max, Math.min);
  return box.left < box.right && box.top < box.bottom ? box : null;
}

/**
 * Moves the open card next to its event, as a popover over the plot: after every render, as a
 * render may move the event (the view moved, the width changed, another event opened). It
 * measures the event's button and mark, the card, and the part of the element on screen, and
 * puts the card where `placeCard` says, so the page never scrolls to reach it. While the event is
 * out of view the card is hidden, unless focus is inside it; it comes back with its event.
 */
export function positionCard(root: ShadowRoot, rtl: boolean): void {
  const card = root.querySelector<HTMLElement>('.popover');
  const plot = root.querySelector<HTMLElement>('.plot');
  const frame = plot?.parentElement;
  if (!card || !plot || !frame) return;
  // The event's own button, or the cluster that holds it; and its mark, if it is drawn.
  const index = card.dataset.for;
  const button =
    plot.querySelector(`li[data-index="${index}"] > button`) ??
    plot.querySelector(`li[data-cluster~="${index}"] > button`);
  // The lanes may scroll inside the plot: what is scrolled away is not in view.
  const plotBox = (plot.querySelector('.lanes') ?? plot).getBoundingClientRect();
  const mark = plot.querySelector('.mark.selected');
  let anchor = button && intersect(button.getBoundingClientRect(), plotBox);
  const drawn = anchor && mark && intersect(mark.getBoundingClientRect(), plotBox);
  if (anchor && drawn) anchor = combine(anchor, drawn, Math.min, Math.max);
  const style = card.style;
  if (!anchor) {
    if (!card.contains(root.activeElement)) style.visibility = 'hidden';
    return;
  }
  style.visibility = '';
  // Inside the part of the element on screen; all of the element when its event is off screen.
  const frameBox = frame.getBoundingClientRect();
  const seen = intersect(frameBox, { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
  const size = {
    width: card.offsetWidth,
    height: card.scrollHeight + card.offsetHeight - card.clientHeight,
  };
  const p = placeCard(anchor, size, seen && intersect(seen, anchor) ? seen : frameBox, rtl);
  style.transform = `translate(${p.x - frameBox.left}px, ${p.y - frameBox.top}px)`;
  style.maxHeight = `${p.maxHeight}px`;
}
