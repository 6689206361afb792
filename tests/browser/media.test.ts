import { expect } from '@open-wc/testing';
import { engine } from './engine.js';
import { axeViolations } from './harness/a11y.js';
import { TimelineHarness } from './harness/timeline-harness.js';

/** A timeline of three events; the first has the given media. */
function data(media: unknown, fields: Record<string, unknown> = {}) {
  return {
    title: 'Media',
    ...fields,
    events: [
      {
        id: 'pictured',
        title: 'Pictured',
        start: '2015-09-30',
        summary: 'Above the picture.',
        media,
      },
      { id: 'plain', title: 'Plain', start: '2017-01-18' },
      { id: 'later', title: 'Later', start: '2024-12-08' },
    ],
  };
}

/** A picture the test server sends after `ms`. */
const slowImage = (ms: number, extra = '') =>
  `/test-server/image/test.png?ms=${ms}${extra}&n=${Math.random()}`;

async function openCard(media: unknown, fields: Record<string, unknown> = {}) {
  const h = await TimelineHarness.create({ data: data(media, fields) });
  h.el.select('pictured');
  await h.el.updateComplete;
  const detail = h.detail;
  if (!detail) throw new Error('no card opened');
  return { h, detail };
}

/** Waits until `check` is true, a frame at a time, for at most `ms`. */
async function until(check: () => boolean, ms = 4000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise(requestAnimationFrame);
  }
}

describe('media in the card', () => {
  it('shows the picture with its alt text, caption and credit in a figure', async () => {
    const { detail } = await openCard({
      url: slowImage(0),
      alt: 'A red test card',
      caption: 'The caption',
      credit: 'Made for the test; CC0',
    });
    const figure = detail.querySelector('figure');
    const img = figure?.querySelector('img');
    expect(img?.getAttribute('alt')).to.equal('A red test card');
    expect(img?.getAttribute('loading')).to.equal('lazy');
    expect(img?.getAttribute('decoding')).to.equal('async');
    expect(figure?.querySelector('figcaption .caption')?.textContent).to.equal('The caption');
    expect(figure?.querySelector('figcaption .credit')?.textContent).to.equal(
      'Made for the test; CC0',
    );
    // The picture comes after the summary, in reading order.
    const summary = detail.querySelector('.summary') as Element;
    expect(
      summary.compareDocumentPosition(figure as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('keeps the picture box its size while the picture loads: nothing moves (CLS 0)', async () => {
    const shifts: { value: number; startTime: number }[] = [];
    const observer =
      engine === 'chromium'
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              shifts.push(entry as unknown as { value: number; startTime: number });
            }
          })
        : null;
    observer?.observe({ type: 'layout-shift', buffered: true });
    const { detail } = await openCard({ url: slowImage(700), alt: 'Late', caption: 'Under it' });
    // Shifts from mounting the element (the test page's own) settle first; then the picture loads.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const opened = performance.now();
    const img = detail.querySelector('img') as HTMLImageElement;
    const caption = detail.querySelector('figcaption') as HTMLElement;
    const before = caption.getBoundingClientRect();
    const frame = (detail.querySelector('.frame') as HTMLElement).getBoundingClientRect();
    expect(img.complete, 'the picture is still on its way').to.equal(false);
    expect(frame.height).to.be.greaterThan(100);
    // 16:9, or at most 180 px tall in the card over the chart.
    expect(frame.height).to.be.closeTo(Math.min((frame.width * 9) / 16, 180), 1);
    await until(() => img.complete && img.naturalWidth > 0);
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(caption.getBoundingClientRect().top).to.equal(before.top);
    if (observer) {
      const loading = shifts.filter((s) => s.startTime >= opened);
      observer.disconnect();
      expect(loading.reduce((sum, s) => sum + s.value, 0)).to.equal(0);
    }
  });

  it('leaves the caption and credit, and no broken picture, when the picture fails', async () => {
    const { detail } = await openCard({
      url: slowImage(0, '&missing=1'),
      alt: 'Gone',
      caption: 'Still here',
      credit: 'Credit',
    });
    const frame = detail.querySelector('.frame') as HTMLElement;
    await until(() => frame.hidden === true);
    expect(frame.getBoundingClientRect().height).to.equal(0);
    expect(detail.querySelector('figcaption')?.textContent).to.contain('Still here');
  });

  it('makes the picture a link when media has a link', async () => {
    const { detail } = await openCard({
      url: slowImage(0),
      alt: 'Linked',
      link: 'https://example.org/page',
    });
    const a = detail.querySelector('.frame a') as HTMLAnchorElement;
    expect(a.href).to.equal('https://example.org/page');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(a.querySelector('img')?.alt).to.equal('Linked');
  });

  it('shows a YouTube page as a link card with its host, and no iframe', async () => {
    const url = 'https://www.youtube.com/watch?v=abc';
    const { detail } = await openCard({ url, caption: 'A clip', credit: 'Agency' });
    const card = detail.querySelector('a.media-card') as HTMLAnchorElement;
    expect(card.href).to.equal(url);
    expect(card.target).to.equal('_blank');
    expect(card.rel).to.equal('noopener noreferrer');
    expect(card.querySelector('.media-host')?.textContent).to.equal('youtube.com');
    expect(card.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Video · youtube.com A clip');
    expect(detail.querySelector('iframe, img, object, embed, video')).to.equal(null);
  });

  for (const url of ['javascript:alert(1)', 'data:image/png;base64,iVBORw0KGgo=']) {
    it(`shows nothing for a refused url (${url.slice(0, 11)}) and lists a warning`, async () => {
      const { h, detail } = await openCard({ url, alt: 'x', caption: 'Not shown' });
      expect(detail.querySelector('figure, img, a.media-card')).to.equal(null);
      expect(detail.textContent).to.not.contain('Not shown');
      const issue = h.el.issues.find((i) => i.path === 'events[0].media.url');
      expect(issue?.severity).to.equal('warning');
      expect(h.el.events.map((e) => e.id)).to.include('pictured');
    });
  }

  it('passes axe with a picture open, a linked decorative picture and a link card', async () => {
    const { h, detail } = await openCard({
      url: slowImage(0),
      alt: 'A red test card',
      caption: 'The caption',
      credit: 'CC0',
    });
    await until(() => (detail.querySelector('img') as HTMLImageElement).complete);
    expect(await axeViolations(h.el)).to.deep.equal([]);
    const decorative = await openCard({ url: slowImage(0), link: 'https://example.org' });
    expect(await axeViolations(decorative.h.el)).to.deep.equal([]);
    const card = await openCard({ url: 'https://en.wikipedia.org/wiki/Tartus' });
    expect(await axeViolations(card.h.el)).to.deep.equal([]);
  });
});

describe('media in the table', () => {
  it('lists the alt text and credit of each event that has media', async () => {
    const h = await TimelineHarness.create({
      data: data({ url: '/x/map.webp', alt: 'A map of the coast', credit: 'CC0' }),
    });
    h.tableToggle.click();
    await until(() => h.table !== null);
    expect(h.tableHeaders).to.include('Picture');
    const rows = h.tableRows;
    const column = h.tableHeaders.indexOf('Picture');
    expect(rows.map((row) => row[column])).to.deep.equal(['A map of the coast CC0', '', '']);
  });
});
