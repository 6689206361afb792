// Loaded first, as a classic script, by both benchmark pages: collects long tasks from the start
// and exposes the page's result as the promise `__bench` (settled by `__done` or `__fail`).
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }
}).observe({ type: 'longtask', buffered: true });
window.__bench = new Promise((resolve, reject) => {
  window.__done = resolve;
  window.__fail = reject;
});
window.addEventListener('error', (e) => window.__fail(e.error ?? new Error(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__fail(e.reason));
