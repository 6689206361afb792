import { expect, html, waitUntil } from '@open-wc/testing';
import { TimelineHarness } from './harness/timeline-harness.js';

const LIST = html`<event-timeline>
  <ol aria-label="Russia's bases">
    <li data-category="military" data-id="intervention"><time datetime="2015-09-30">30 Sep 2015</time> <strong>Russia intervenes</strong> Air strikes begin. <a href="https://en.wikipedia.org/wiki/Russian_intervention_in_the_Syrian_civil_war">Wikipedia</a></li>
    <li data-category="military" data-importance="3"><time datetime="2017-01">Jan 2017</time>–<time datetime="2066">2066</time> <strong>Leases on Tartus and Hmeimim</strong></li>
  </ol>
</event-timeline>`;

describe('a list of events in the page as the data', () => {
  it('reads each item: dates from <time>, the title from <strong>, the rest as summary, links as sources', async () => {
    const h = await TimelineHarness.create(LIST);
    expect(h.el.issues).to.deep.equal([]);
    const [point, range] = h.el.events;
    expect(point).to.include({
      id: 'intervention',
      title: 'Russia intervenes',
      start: '2015-09-30',
      summary: 'Air strikes begin.',
      category: 'military',
    });
    expect(point?.sources.map((s) => s.url)).to.deep.equal([
      'https://en.wikipedia.org/wiki/Russian_intervention_in_the_Syrian_civil_war',
    ]);
    expect(range).to.include({ start: '2017-01', end: '2066', importance: 3 });
    expect(h.buttonNames).to.deep.equal([
      'Russia intervenes, 30 September 2015, military',
      'Leases on Tartus and Hmeimim, from January 2017 to 2066, military',
    ]);
    // Once the element is drawn, the list it was read from is not shown twice.
    const li = h.el.querySelector('li') as HTMLElement;
    expect(li.getClientRects().length, 'the list is not rendered').to.equal(0);
  });

  it('names bad items by their place in the list, and draws the good ones', async () => {
    const h = await TimelineHarness.create(html`<event-timeline>
      <ul>
        <li><time datetime="2024-12-08">8 Dec</time> <strong>Assad is ousted</strong></li>
        <li><time datetime="2024-13-45">?</time> <strong>Bad date</strong></li>
        <li><time datetime="2025-07-31">31 Jul</time> No title here</li>
      </ul>
    </event-timeline>`);
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['Assad is ousted']);
    expect(h.el.issues.map((i) => i.path)).to.deep.equal([
      'list item 2, <time>',
      'list item 3, <strong>',
    ]);
    h.problemsToggle?.click();
    await h.el.updateComplete;
    expect(h.problems.join('\n')).to.contain('list item 2, <time>');
  });

  it('comes after data, src and a script: any of them wins', async () => {
    const h = await TimelineHarness.create(html`<event-timeline>
      <script type="application/json">{ "events": [{ "title": "From the script", "start": "2020" }] }</script>
      <ol><li><time datetime="2015">2015</time> <strong>From the list</strong></li></ol>
    </event-timeline>`);
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['From the script']);
  });

  it('reads the list again when the page changes it', async () => {
    const h = await TimelineHarness.create(LIST);
    const li = document.createElement('li');
    li.innerHTML = '<time datetime="2024-12-08">8 Dec 2024</time> <strong>Assad is ousted</strong>';
    h.el.querySelector('ol')?.append(li);
    await waitUntil(() => h.el.events.length === 3, 'the new item is read');
    expect(h.el.events.map((e) => e.title)).to.include('Assad is ousted');
  });
});
