import { bisectRight } from 'd3-array';
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
 * next/previous (mirrored right to left), Up/Down to the nearest in time in the nearest lane
 * above/below with events, Home/End to the first/last. Events `off` marks (filtered out) are
 * skipped. -1 when the key is not a move or there is nowhere to go.
 */
export function nextEvent(
  key: string,
  index: number,
  starts: ArrayLike<number>,
  laneOf: ArrayLike<number>,
  rtl: boolean,
  off?: Uint8Array,
): number {
  const n = starts.length;
  const shown = (i: number) => !off || off[i] === 0;
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < n; i += step) if (shown(i)) return i;
    return -1;
  };
  if (n === 0) return -1;
  if (key === 'Home') return scan(0, 1);
  if (key === 'End') return scan(n - 1, -1);
  if (index < 0) return key.startsWith('Arrow') ? scan(0, 1) : -1;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const step = (key === 'ArrowRight') !== rtl ? 1 : -1;
    return scan(index + step, step);
  }
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return -1;
  const step = key === 'ArrowDown' ? 1 : -1;
  const at = starts[index] as number;
  let lanes = 0;
  for (let i = 0; i < n; i++) lanes = Math.max(lanes, (laneOf[i] as number) + 1);
  for (let lane = (laneOf[index] as number) + step; lane >= 0 && lane < lanes; lane += step) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (laneOf[i] !== lane || !shown(i)) continue;
      const d = Math.abs((starts[i] as number) - at);
      if (best < 0 || d < Math.abs((starts[best] as number) - at)) best = i;
    }
    if (best >= 0) return best;
  }
  return -1;
}

/**
 * The one Tab stop into the events of a window: the event the reader moved focus to, else the
 * selected one, else the first in view; -1 when no event is in view. Events `off` marks are
 * filtered out and never the stop.
 */
export function tabStop(
  model: TimelineModel,
  view: { start: number; end: number },
  focused: number,
  selected: number,
  off?: Uint8Array,
): number {
  const inView = (i: number) =>
    i >= 0 &&
    i < model.startMs.length &&
    (!off || off[i] === 0) &&
    (model.startMs[i] as number) <= view.end &&
    (model.endMs[i] as number) >= view.start;
  if (inView(focused)) return focused;
  if (inView(selected)) return selected;
  const first = firstVisible(model, view.start, view.end);
  if (!off || first < 0 || off[first] === 0) return first;
  const end = bisectRight(model.startMs, view.end);
  for (let i = first; i < end; i++) if (inView(i)) return i;
  return -1;
}
