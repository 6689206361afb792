import { expect, waitUntil } from '@open-wc/testing';
import { EventTimeline } from '../../src/element/event-timeline.js';
import { watchPageErrors } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';

type Stats = {
  bigSent: number;
  bigClosed: number;
  neverClosed: number;
  openedIds: string[];
  closedIds: string[];
};
/** Waits until the server has the request with this id (so aborting it is something it sees). */
const opened = (id: string) =>
  waitUntil(async () => (await stats()).openedIds.includes(id), `request ${id} arrives`, {
    timeout: 5000,
  });
/** Waits until the server saw the client close the request with this id (5 s at most). */
const closed = (id: string) =>
  waitUntil(async () => (await stats()).closedIds.includes(id), `request ${id} is aborted`, {
    timeout: 5000,
  });
const stats = async (): Promise<Stats> => (await fetch('/test-server/stats')).json();
const MB = 1024 * 1024;

/** Loading faults against a real HTTP server (scripts/test-server.js), with no error escaping. */
describe('loading from a server that misbehaves', () => {
  let page: ReturnType<typeof watchPageErrors>;
  beforeEach(() => {
    page = watchPageErrors();
  });
  afterEach(() => {
    page.stop();
    EventTimeline.loadTimeout = 30_000;
    // Nothing may escape to the page: no error, no unhandled rejection.
    expect(page.errors).to.deep.equal([]);
  });

  it('a 500 answer is an error panel naming the URL and the status', async () => {
    const h = await TimelineHarness.create({ src: '/test-server/status/500' });
    expect(h.resultTypes).to.deep.equal(['timeline-error']);
    expect(h.el.issues[0]?.message).to.equal(
      "'/test-server/status/500' could not be loaded: the server answered 500 Internal Server Error",
    );
    expect(h.errorPanel?.textContent).to.contain('500');
  });

  it('a 25 MB body with its length declared is refused before it is read', async () => {
    const h = await TimelineHarness.create({ src: '/test-server/big?length=1' });
    expect(h.el.issues[0]?.message).to.equal(
      "'/test-server/big?length=1' is larger than 20 MB, the most a timeline reads",
    );
    await waitUntil(async () => (await stats()).bigClosed > 0, 'the client closes the connection');
    expect((await stats()).bigSent).to.be.below(20 * MB);
  });

  it('a 25 MB body without a length is refused once 20 MB have come, and the rest is not read', async () => {
    const h = await TimelineHarness.create({ src: '/test-server/big' });
    expect(h.el.issues[0]?.message).to.contain('is larger than 20 MB');
    await waitUntil(async () => (await stats()).bigClosed > 0, 'the client closes the connection');
    expect((await stats()).bigSent).to.be.below(25 * MB - 1);
  });

  it('a response that never ends times out with a message, and the request is closed', async () => {
    EventTimeline.loadTimeout = 400;
    const h = await TimelineHarness.create({ src: '/test-server/never?id=timeout' });
    expect(h.resultTypes).to.deep.equal(['timeline-error']);
    expect(h.el.issues[0]?.message).to.equal(
      "'/test-server/never?id=timeout' did not finish loading within 0.4 s",
    );
    await closed('timeout');
  });

  it('a response that never ends is aborted when src changes, and the new data shows', async () => {
    const h = await TimelineHarness.create({ src: '/test-server/never?id=swap', wait: false });
    await opened('swap');
    h.el.src = '/test-server/slow?ms=0&events=3&label=next';
    await h.loaded();
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['next 0', 'next 1', 'next 2']);
    await closed('swap');
  });

  it('src changed twice quickly shows only the last answer, even when an earlier one comes later', async () => {
    const h = await TimelineHarness.create({
      src: '/test-server/slow?ms=600&events=1&label=first',
      wait: false,
    });
    h.el.src = '/test-server/slow?ms=300&events=2&label=second';
    await new Promise((resolve) => setTimeout(resolve, 20));
    h.el.src = '/test-server/slow?ms=0&events=3&label=third';
    await h.loaded();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(h.el.events.map((e) => e.title)).to.deep.equal(['third 0', 'third 1', 'third 2']);
    expect(h.resultTypes).to.deep.equal(['timeline-load']);
  });

  it('removing the element mid-load stops the request and reports nothing', async () => {
    const h = await TimelineHarness.create({ src: '/test-server/never?id=removed', wait: false });
    await opened('removed');
    expect(h.root.querySelector('.loading[aria-busy="true"]')).to.not.equal(null);
    h.el.remove();
    await closed('removed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.results).to.deep.equal([]);
  });

  it('src is fetched with same-origin credentials, asking for JSON', async () => {
    const original = window.fetch;
    const inits: (RequestInit | undefined)[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      inits.push(init);
      return original(input, init);
    };
    try {
      await TimelineHarness.create({ src: '/test-server/slow?ms=0&events=2&label=x' });
    } finally {
      window.fetch = original;
    }
    expect(inits.map((i) => i?.credentials)).to.deep.equal(['same-origin']);
    expect(new Headers(inits[0]?.headers).get('accept')).to.equal('application/json');
  });

  it('bad JSON from the server gives the line and column', async () => {
    const h = await TimelineHarness.create({ src: '/test-server/never?id=json', wait: false });
    h.el.src = 'data:application/json,%7B%0A%20%20%22events%22%3A%20%5B%2C%5D%0A%7D';
    await h.loaded();
    expect(h.el.issues[0]?.message).to.match(/is not valid JSON at line 2, column 14/);
  });
});
