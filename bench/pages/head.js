// Loaded first, as a classic script, by every benchmark page, before any library:
// - a PerformanceObserver collects long tasks from the start into `__longTasks`, as the
//   instrumentation of a real page would;
// - `__meter` adds up the main-thread time spent in the library's own code: its event listeners,
//   animation-frame and timer callbacks, observer callbacks and queued microtasks (each wrapped
//   here, so whatever the library registers later is timed), plus whatever the page times itself
//   with `__meter.run` (the API calls) or `__meter.timed` (Lit's updates, in ours.js). Nested
//   calls count once. The bench's own callbacks go through `__raw`, so they are not counted.
// A step's script time is how much `__meter.busy` grew while it ran, whether the library renders
// at once, in a microtask or in the next animation frame.
(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  const meter = { busy: 0, depth: 0 };
  meter.timed = (fn) =>
    function timed(...args) {
      if (meter.depth > 0) return fn.apply(this, args);
      meter.depth++;
      const t = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        meter.busy += performance.now() - t;
        meter.depth--;
      }
    };
  meter.run = (fn) => meter.timed(fn)();
  window.__meter = meter;

  const raw = {
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    setTimeout: window.setTimeout.bind(window),
    addEventListener: EventTarget.prototype.addEventListener,
    removeEventListener: EventTarget.prototype.removeEventListener,
    MutationObserver: window.MutationObserver,
  };
  window.__raw = raw;
  const wrap = (fn) => (typeof fn === 'function' ? meter.timed(fn) : fn);

  window.requestAnimationFrame = (callback) => raw.requestAnimationFrame(wrap(callback));
  window.setTimeout = (callback, ...rest) => raw.setTimeout(wrap(callback), ...rest);
  const setIntervalRaw = window.setInterval.bind(window);
  window.setInterval = (callback, ...rest) => setIntervalRaw(wrap(callback), ...rest);
  const queueMicrotaskRaw = window.queueMicrotask.bind(window);
  window.queueMicrotask = (callback) => queueMicrotaskRaw(wrap(callback));
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
    const Observer = window[name];
    window[name] = class extends Observer {
      constructor(callback, ...rest) {
        super(wrap(callback), ...rest);
      }
    };
  }

  // One wrapper per listener, type and phase, so that removeEventListener finds it again.
  const wrappers = new WeakMap();
  const wrapperOf = (listener, type, options, create) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const key = `${type} ${capture}`;
    let byKey = wrappers.get(listener);
    if (!byKey && create) {
      byKey = new Map();
      wrappers.set(listener, byKey);
    }
    let wrapper = byKey?.get(key);
    if (!wrapper && create) {
      wrapper = meter.timed(function listen(event) {
        return typeof listener === 'function'
          ? listener.call(this, event)
          : listener.handleEvent(event);
      });
      byKey.set(key, wrapper);
    }
    return wrapper;
  };
  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    const wrapper = listener ? wrapperOf(listener, type, options, true) : listener;
    return raw.addEventListener.call(this, type, wrapper, options);
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(
    type,
    listener,
    options,
  ) {
    const wrapper = listener ? (wrapperOf(listener, type, options, false) ?? listener) : listener;
    return raw.removeEventListener.call(this, type, wrapper, options);
  };
})();
