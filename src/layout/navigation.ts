import type { TimelineModel } from '../model/types.js';
import { firstVisible } from './visible.js';

/** What a key asks of the timeline. */
export type KeyAction =
  | { kind: 'close' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'pan'; fraction: number };

/**
 * The view keys, from the key and where focus is: `+` / `-` / `0` zoom, Escape closes, and the
 * arrows pan when no event has focus (on an event they move between events instead). Right to
 * left, ArrowRight goes back in time, as reading does.
 */
export function viewKey(
  key: string,
  focus: { onEvent: boolean; vertical: boolean; rtl: boolean },
): KeyAction | null {
  if (key === 'Escape') return { kind: 'close' };
  if (key === '+' || key === '=') return { kind: 'zoom', factor: 2 };
  if (key === '-' || key === '_') return { kind: 'zoom', factor: 0.5 };
  if (key === '0') return { kind: 'fit' };
  if (key === 'PageDown' || key === 'PageUp')
    return { kind: 'pan', fraction: key === 'PageDown' ? 1 : -1 };
  if ((key === 'ArrowLeft' || key === 'ArrowRight') && !focus.onEvent && !focus.vertical) {
    return { kind: 'pan', fraction: (key === 'ArrowRight') !== focus.rtl ? 0.2 : -0.2 };
  }
  return null;
}

/**
 * The event an arrow, Home or End moves to from event `index`, in time order: Right/Left to the
 * next/previous (mirrored right to left), Up/Down to the nearest in time in the lane above/below,
 * Home/End to the first/last. -1 when the key is not a move or there is nowhere to go.
 */
export function nextEvent(
  key: string,
  index: number,
  starts: ArrayLike<number>,
  laneOf: ArrayLike<number>,
  rtl: boolean,
): number {
  const n = starts.length;
  if (n === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  if (index < 0) return key.startsWith('Arrow') ? 0 : -1;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const next = index + ((key === 'ArrowRight') !== rtl ? 1 : -1);
    return next >= 0 && next < n ? next : -1;
  }
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return -1;
  const lane = (laneOf[index] as number) + (key === 'ArrowDown' ? 1 : -1);
  const at = starts[index] as number;
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (laneOf[i] !== lane) continue;
    if (best < 0 || Math.abs((starts[i] as number) - at) < Math.abs((starts[best] as number) - at))
      best = i;
  }
  return best;
}

/**
 * The one Tab stop into the events of a window: the event the reader moved focus to, else the
 * selected one, else the first in view; -1 when no event is in view.
 */
export function tabStop(
  model: TimelineModel,
  view: { start: number; end: number },
  focused: number,
  selected: number,
): number {
  const inView = (i: number) =>
    i >= 0 &&
    i < model.startMs.length &&
    (model.startMs[i] as number) <= view.end &&
    (model.endMs[i] as number) >= view.start;
  if (inView(focused)) return focused;
  if (inView(selected)) return selected;
  return firstVisible(model, view.start, view.end);
}
