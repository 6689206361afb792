import { alignStart } from './direction.js';

/** A box on screen, in one coordinate space (client pixels, say). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlacement {
  /** The card's top-left corner. */
  x: number;
  y: number;
  /** The tallest it may be: taller content scrolls inside it. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Room left between the card and its event, and between the card and the container's edges. */
const GAP = 8;

/**
 * Where the card of an event goes: below the event's box if it fits there, else above, else on
 * the side with more room, its height capped to that room. Its start edge lines up with the
 * event's (the left one, or the right one right to left) and slides to stay inside the container.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  container: Box,
  rtl = false,
): CardPlacement {
  const below = container.bottom - GAP - (anchor.bottom + GAP);
  const above = anchor.top - GAP - (container.top + GAP);
  const side = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, maxHeight);
  const start = alignStart(anchor.left, anchor.right, card.width, rtl);
  // The start edge wins when the card is wider than the room: its beginning stays readable.
  const lo = container.left + GAP;
  const hi = container.right - GAP - card.width;
  const x = hi < lo ? (rtl ? hi : lo) : Math.min(hi, Math.max(lo, start));
  return {
    x,
    y: side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height,
    maxHeight,
    side,
  };
}
