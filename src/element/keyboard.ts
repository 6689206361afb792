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
  if ((key === 'ArrowLeft' || key === 'ArrowRight') && !focus.onEvent && !focus.vertical) {
    return { kind: 'pan', fraction: (key === 'ArrowRight') !== focus.rtl ? 0.2 : -0.2 };
  }
  return null;
}
