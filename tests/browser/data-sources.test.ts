import { expect, html, waitUntil } from '@open-wc/testing';
import { event, frames, holdFetch, loadJson, spyFetch, TIMELINEJS_URL } from './fixtures.js';
import { jsonScript, TimelineHarness } from './harness/timeline-harness.js';

const TWO_EVENTS = '/tests/fixtures/two-events.json';
const ONE_EVENT = '/tests/fixtures/one-event.json';
const TWO_EVENT_NAMES = ['Alpha, 1 May 2020', 'Beta, September 2022'];

const native = {
  title: 'Native data',
  categories: [{ id: 'war', label: 'War' }],
  events: [
    event('Treaty signed', '1990-10-03'),
    event('War', '1991-01', { end: '1991-02-28', category: 'war' }),
  ],
};

describe('data sources', () => {
  let restoreFetch: (() => void) | null = null;
  afterEach(() => {
    restoreFetch?.();
    restoreFetch = null;
  });

  it('is accessible when showing data from the data property', async () => {
    const h = await TimelineHarness.create({ data: native });
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('data property: native data renders one button per event, in time order', async () => {
    const h = await TimelineHarness.create({ data: native });
    expect(h.buttonNames).to.deep.equal([
      'Treaty signed, 3 October 1990',
      'War, from January 1991 to 28 February 1991, War',
    ]);
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['Treaty signed', 'War']);
    expect(h.statusText).to.equal('2 events');
  });

  it('data property: TimelineJS3 JSON, with its HTML read as plain text', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(TIMELINEJS_URL) });
    expect(h.buttonNames).to.deep.equal([
      'Hmeimim agreement, 26 August 2015, Air base',
      'Russian air campaign, from 30 September 2015 to 8 December 2024, Air base',
      '49-year lease on Tartus, from January 2017 to 2066, Naval base',
      'Agreements under review, 31 July 2025, Naval base',
    ]);
    expect(h.laneNames).to.deep.equal(['Air base', 'Naval base']);
    expect(h.region?.getAttribute('aria-label')).to.equal("Russia's bases in Syria");
    h.el.select('review');
    await h.el.updateComplete;
    const paragraphs = [...(h.detail?.querySelectorAll('p') ?? [])].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal([
      'Russia and Syria pledge to review Assad-era agreements — the leases among them?',
    ]);
    expect(h.detail?.querySelector('b, p p')).to.equal(null);
  });

  it('data property: vis-timeline items, with groups as lanes', async () => {
    const h = await TimelineHarness.create({
      data: [
        { id: 1, content: '<b>Launch</b>', start: '2020-01-01', group: 'Rockets' },
        { id: 2, content: 'Mission', start: '2021-01-01', end: '2022-03-01', group: 'Rockets' },
        { id: 3, content: 'Landing', start: '2022-06-15', group: 'Rovers' },
      ],
    });
    expect(h.buttonNames).to.deep.equal([
      'Launch, 1 January 2020, Rockets',
      'Mission, from 1 January 2021 to 1 March 2022, Rockets',
      'Landing, 15 June 2022, Rovers',
    ]);
    expect(h.el.events.map((e) => e.id)).to.deep.equal(['1', '2', '3']);
    expect(h.laneNames).to.deep.equal(['Rockets', 'Rovers']);
  });

  it('src: fetches the JSON and renders it', async () => {
    const h = await TimelineHarness.create({ src: TWO_EVENTS });
    expect(h.buttonNames).to.deep.equal(TWO_EVENT_NAMES);
    expect(h.region?.getAttribute('aria-label')).to.equal('Two events');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline><script type="application/json">{"title":"Inline","events":[{"title":"From the script","start":"2018-03-04"}]}</script></event-timeline>`,
    );
    expect(h.buttonNames).to.deep.equal(['From the script, 4 March 2018']);
    expect(h.region?.getAttribute('aria-label')).to.equal('Inline');
  });

  it('reads a script child added after the element is connected', async () => {
    const h = await TimelineHarness.create({}, { wait: false });
    await frames();
    expect(h.buttons).to.have.length(0);
    expect(h.errorPanel).to.equal(null);
    h.el.append(jsonScript('{"events":[{"title":"Late","start":"2023-04"}]}'));
    const result = await h.loaded();
    expect(result.type).to.equal('timeline-load');
    expect(h.buttonNames).to.deep.equal(['Late, April 2023']);
  });

  it('data wins over src and a script child, and src is then not fetched', async () => {
    const spy = spyFetch();
    restoreFetch = spy.restore;
    const h = await TimelineHarness.create(
      html`<event-timeline src=${ONE_EVENT} .data=${native}><script type="application/json">{"events":[{"title":"Script","start":"2000"}]}</script></event-timeline>`,
    );
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['Treaty signed', 'War']);
    expect(spy.urls).to.deep.equal([]);
  });

  it('src wins over a script child', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline src=${ONE_EVENT}><script type="application/json">{"events":[{"title":"Script","start":"2000"}]}</script></event-timeline>`,
    );
    expect(h.buttonNames).to.deep.equal(['Gamma, 2019']);
  });

  it('clearing data falls back to src', async () => {
    const h = await TimelineHarness.create({ data: native, src: ONE_EVENT });
    expect(h.buttons).to.have.length(2);
    h.el.data = undefined;
    const result = await h.loaded();
    expect(result.type).to.equal('timeline-load');
    expect(h.buttonNames).to.deep.equal(['Gamma, 2019']);
  });

  it('changing src twice quickly shows only the last result', async () => {
    const spy = spyFetch();
    restoreFetch = spy.restore;
    const h = await TimelineHarness.create({ src: TWO_EVENTS }, { wait: false });
    await h.el.updateComplete;
    expect(spy.urls).to.deep.equal([TWO_EVENTS]);
    h.el.src = ONE_EVENT;
    const result = await h.loaded();
    expect(result.type).to.equal('timeline-load');
    expect(h.buttonNames).to.deep.equal(['Gamma, 2019']);
    await frames();
    expect(h.buttonNames).to.deep.equal(['Gamma, 2019']);
    expect(h.resultTypes.filter((t) => t === 'timeline-load')).to.have.length(1);
  });

  it('a stale response that arrives first is never shown', async () => {
    const held = holdFetch();
    restoreFetch = held.restore;
    const h = await TimelineHarness.create({ src: '/first.json' }, { wait: false });
    await waitUntil(() => held.calls.length === 1, 'the first request is made');
    h.el.src = '/second.json';
    await waitUntil(() => held.calls.length === 2, 'the second request is made');
    const [first, second] = held.calls;
    expect(first?.url).to.equal('/first.json');
    expect(first?.signal?.aborted).to.equal(true);
    first?.respond({ events: [event('Stale', '2001')] });
    await frames();
    expect(h.buttons).to.have.length(0);
    expect(h.resultTypes).not.to.include('timeline-load');
    second?.respond({ events: [event('Fresh', '2002')] });
    expect((await h.loaded()).type).to.equal('timeline-load');
    expect(h.buttonNames).to.deep.equal(['Fresh, 2002']);
  });

  it('a stale response that arrives last never overwrites the newer one', async () => {
    const held = holdFetch();
    restoreFetch = held.restore;
    const h = await TimelineHarness.create({ src: '/first.json' }, { wait: false });
    await waitUntil(() => held.calls.length === 1, 'the first request is made');
    h.el.src = '/second.json';
    await waitUntil(() => held.calls.length === 2, 'the second request is made');
    held.calls[1]?.respond({ events: [event('Fresh', '2002')] });
    expect((await h.loaded()).type).to.equal('timeline-load');
    held.calls[0]?.respond({ events: [event('Stale', '2001')] });
    await frames();
    expect(h.buttonNames).to.deep.equal(['Fresh, 2002']);
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['Fresh']);
    expect(h.resultTypes.filter((t) => t === 'timeline-load')).to.have.length(1);
  });

  it('setting data after src has loaded replaces the fetched events', async () => {
    const h = await TimelineHarness.create({ src: TWO_EVENTS });
    expect(h.buttonNames).to.deep.equal(TWO_EVENT_NAMES);
    h.el.data = native;
    expect((await h.loaded()).type).to.equal('timeline-load');
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['Treaty signed', 'War']);
    expect(h.buttons).to.have.length(2);
  });

  it('setting data while src is loading wins over the late response', async () => {
    const held = holdFetch();
    restoreFetch = held.restore;
    const h = await TimelineHarness.create({ src: '/slow.json' }, { wait: false });
    await waitUntil(() => held.calls.length === 1, 'the request is made');
    h.el.data = native;
    expect((await h.loaded()).type).to.equal('timeline-load');
    expect(held.calls[0]?.signal?.aborted).to.equal(true);
    held.calls[0]?.respond({ events: [event('Late', '2001')] });
    await frames();
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['Treaty signed', 'War']);
    expect(h.resultTypes.filter((t) => t === 'timeline-load')).to.have.length(1);
  });
});
