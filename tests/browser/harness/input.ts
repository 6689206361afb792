// Simulated input: wheel, pointer and touch events dispatched on an element, as the engines send
// them. Keys go through the test runner (sendKeys, chord), which types as a reader does.
export interface PointerInit {
  pointerId?: number;
  pointerType?: 'mouse' | 'touch' | 'pen';
  clientX: number;
  clientY: number;
  /** The element to dispatch on (default: the harness's input target). */
  target?: Element;
}

export interface WheelInit {
  deltaX?: number;
  deltaY?: number;
  deltaMode?: number;
  ctrlKey?: boolean;
  metaKey?: boolean;
  clientX: number;
  clientY: number;
}

/** A finger on the glass: [identifier, clientX, clientY]. */
export type TouchPoint = [number, number, number];

/** Dispatches a wheel event on `target` and returns it, to read `defaultPrevented`. */
export function dispatchWheel(target: Element, init: WheelInit): WheelEvent {
  const event = new WheelEvent('wheel', {
    deltaX: 0,
    deltaY: 0,
    ...init,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event;
}

/** Dispatches one pointer event (pointerdown, pointermove, pointerup) on `target`. */
export function dispatchPointer(
  target: Element,
  type: 'pointerdown' | 'pointermove' | 'pointerup',
  init: PointerInit,
): PointerEvent {
  const pointerType = init.pointerType ?? 'mouse';
  const event = new PointerEvent(type, {
    pointerId: init.pointerId ?? 1,
    pointerType,
    isPrimary: (init.pointerId ?? 1) === 1,
    clientX: init.clientX,
    clientY: init.clientY,
    button: type === 'pointermove' ? -1 : 0,
    buttons: type === 'pointerup' ? 0 : 1,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event;
}

/**
 * Dispatches a TouchEvent on `target`, as a touch screen sends them: `down` are the fingers on
 * the glass after the event, `changed` the ones this event is about (by default all of `down`).
 */
export function dispatchTouch(
  target: Element,
  type: 'touchstart' | 'touchmove' | 'touchend',
  down: TouchPoint[],
  changed: TouchPoint[] = down,
): TouchEvent {
  const lists = {
    touches: down.map((p) => touchPoint(target, p)),
    targetTouches: down.map((p) => touchPoint(target, p)),
    changedTouches: changed.map((p) => touchPoint(target, p)),
  };
  const init = { bubbles: true, cancelable: true, composed: true };
  let event: TouchEvent;
  if (typeof Touch === 'function' && canConstructTouch()) {
    event = new TouchEvent(type, { ...lists, ...init } as TouchEventInit);
  } else {
    // WebKit will not construct a Touch: an event of the type with the same lists, which is all
    // that d3-zoom reads of it.
    event = Object.assign(new Event(type, init), lists) as unknown as TouchEvent;
  }
  target.dispatchEvent(event);
  return event;
}

/**
 * Lets synthetic touch pointers be captured. Chromium only captures pointers it knows to be
 * down, and a dispatched PointerEvent is not one; a real finger is. Returns the undo.
 */
export function allowSyntheticCapture(target: Element): () => void {
  const captured = new Set<number>();
  Object.defineProperties(target, {
    setPointerCapture: { configurable: true, value: (id: number) => captured.add(id) },
    releasePointerCapture: { configurable: true, value: (id: number) => captured.delete(id) },
    hasPointerCapture: { configurable: true, value: (id: number) => captured.has(id) },
  });
  return () => {
    for (const name of ['setPointerCapture', 'releasePointerCapture', 'hasPointerCapture']) {
      delete (target as unknown as Record<string, unknown>)[name];
    }
  };
}

/** Drags one pointer over `target` from one client point to another in `steps` moves. */
export function dragPointer(
  target: Element,
  from: [number, number],
  to: [number, number],
  options: { pointerType?: 'mouse' | 'touch'; pointerId?: number; steps?: number } = {},
): void {
  const { pointerType = 'mouse', pointerId = 1, steps = 4 } = options;
  dispatchPointer(target, 'pointerdown', {
    pointerId,
    pointerType,
    clientX: from[0],
    clientY: from[1],
  });
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    dispatchPointer(target, 'pointermove', {
      pointerId,
      pointerType,
      clientX: from[0] + (to[0] - from[0]) * f,
      clientY: from[1] + (to[1] - from[1]) * f,
    });
  }
  dispatchPointer(target, 'pointerup', { pointerId, pointerType, clientX: to[0], clientY: to[1] });
}

function canConstructTouch(): boolean {
  try {
    new Touch({ identifier: 0, target: document.body });
    return true;
  } catch {
    return false;
  }
}

/** A finger at [identifier, clientX, clientY]: a Touch where the engine makes one. */
function touchPoint(target: Element, [identifier, clientX, clientY]: TouchPoint) {
  const init = { identifier, target, clientX, clientY };
  return canConstructTouch() ? new Touch(init) : { ...init, pageX: clientX, pageY: clientY };
}
