import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { loadJson, STORY_URL } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';

describe('the language and direction a timeline inherits', () => {
  it('forty timelines on a page share one observer of lang and dir', async () => {
    const story = await loadJson(STORY_URL);
    const observe = MutationObserver.prototype.observe;
    const watched: string[] = [];
    MutationObserver.prototype.observe = function (target, options) {
      if (options?.attributeFilter?.includes('lang')) watched.push((target as Element).nodeName);
      return observe.call(this, target, options);
    };
    try {
      const h = await TimelineHarness.create(
        html`<div>${Array.from(
          { length: 40 },
          (_, i) =>
            html`<div lang=${i % 2 ? 'ru' : 'en'}><event-timeline .data=${story}></event-timeline></div>`,
        )}</div>`,
        { width: 900 },
      );
      const timelines = [...h.container.querySelectorAll('event-timeline')];
      expect(timelines).to.have.length(40);
      expect(watched, 'one observer on the document').to.deep.equal(['HTML']);
      // A change of lang under one wrapper reaches that timeline.
      const first = timelines[0] as HTMLElement;
      const table = () =>
        first.shadowRoot?.querySelector('.table-toggle')?.textContent?.trim() ?? '';
      expect(table()).to.equal('Table');
      (first.parentElement as HTMLElement).lang = 'ru';
      await waitUntil(() => table() === 'Таблица', 'the first timeline speaks Russian');
      // And a change of dir mirrors it: the civil war (the first event) moves to the right.
      const warX = () => {
        const label = first.shadowRoot?.querySelector('li[data-index="0"] button');
        const box = label?.getBoundingClientRect();
        const host = first.getBoundingClientRect();
        return box ? (box.left + box.right) / 2 - host.left : Number.NaN;
      };
      const width = first.getBoundingClientRect().width;
      expect(warX(), 'left to right, at the start').to.be.below(width / 2);
      (first.parentElement as HTMLElement).dir = 'rtl';
      await waitUntil(() => warX() > width / 2, 'right to left, the war moves to the right');
      // The others were not touched.
      const second = timelines[1] as HTMLElement;
      expect(second.matches(':dir(rtl)')).to.equal(false);
    } finally {
      MutationObserver.prototype.observe = observe;
    }
  });
});
