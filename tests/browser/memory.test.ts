import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { frames, loadJson, STORY_URL, TIMELINEJS_URL } from './fixtures.js';

const MB = 1024 * 1024;
const gc = () => (window as unknown as { gc?: () => void }).gc?.();
const heap = () =>
  (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/** The heap after several collections, once everything that can be freed is. */
async function settled(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc();
    await frames(2);
  }
  return heap();
}

describe('memory', () => {
  it('1,000 data swaps and 1,000 connect/disconnect cycles leave no growth beyond 512 KB', async function () {
    this.timeout(180_000);
    expect(
      (window as unknown as { gc?: unknown }).gc,
      'gc() is exposed (--js-flags=--expose-gc)',
    ).to.be.a('function');
    const story = await loadJson(STORY_URL);
    const tjs = await loadJson(TIMELINEJS_URL);
    const vis = [
      { id: 1, content: 'One', start: '2024-11-27' },
      { id: 2, content: 'Two', start: '2024-12-08', end: '2024-12-20' },
    ];
    const datasets = [story, tjs, vis];
    const container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.setAttribute('hash-links', '');
    container.append(el);
    const cycle = async (i: number) => {
      el.data = datasets[i % datasets.length];
      await el.updateComplete;
      if (i % 2) {
        // Out of the page and back: listeners, observers, timers and the gesture surface go
        // and come back each time.
        el.remove();
        container.append(el);
      }
      if (i % 50 === 0) {
        await el.zoomBy(1.5);
        await frames(1);
      }
    };
    const round = async () => {
      for (let i = 0; i < 1000; i++) await cycle(i);
      for (let i = 0; i < 1000; i++) {
        el.remove();
        container.append(el);
        if (i % 100 === 0) await frames(1);
      }
    };
    // The first rounds fill what is meant to stay: compiled code, caches of dates, formats and
    // text widths. The round after the first full collection grows by about 1 MB (V8 compiles
    // again what that collection flushed, d3's code among it) and the one after it by a fraction
    // of that, so both come before the measure. The next round must leave nothing behind.
    await round();
    await settled();
    await round();
    const before = await settled();
    await round();
    const after = await settled();
    container.remove();
    expect(after - before, `heap grew by ${((after - before) / 1024).toFixed(0)} KB`).to.be.below(
      MB / 2,
    );
  });
});
