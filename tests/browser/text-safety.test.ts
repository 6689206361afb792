import { expect } from '@open-wc/testing';
import { frames } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';

const IMG_TITLE = '<img src=x onerror="window.__xss=1">';
const SCRIPT_TEXT = '<script>window.__xss=2</script>';

const hostile = {
  title: '<b>Hostile</b>',
  categories: [{ id: 'c', label: '<i>Category</i>' }],
  events: [
    {
      id: 'hostile',
      title: IMG_TITLE,
      start: '2020-02-20',
      category: 'c',
      summary: '<em>summary</em>',
      description: `${SCRIPT_TEXT}\n\n<iframe src="javascript:alert(1)"></iframe>`,
      quote: { text: '<svg onload="window.__xss=3">', by: '<a href="x">speaker</a>' },
      sources: [
        { title: 'Script link', url: 'javascript:alert(1)' },
        { title: 'Upper-case script link', url: 'JavaScript:alert(1)' },
        { title: 'Hidden tab', url: 'java\tscript:alert(1)' },
        { title: 'Data link', url: 'data:text/html,<script>alert(1)</script>' },
        { title: 'Web link', url: 'https://example.org/a' },
        { title: 'Mail link', url: 'mailto:desk@example.org' },
      ],
    },
  ],
};

type XssWindow = Window & { __xss?: number };

describe('text safety', () => {
  let h: TimelineHarness;

  beforeEach(async () => {
    delete (window as XssWindow).__xss;
    h = await TimelineHarness.create({ data: hostile });
  });

  const openCard = async () => {
    h.el.select('hostile');
    await h.el.updateComplete;
  };

  it('a timeline of hostile text has no WCAG 2.x A/AA violations', async () => {
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('renders HTML in the data as literal text and creates no elements from it', async () => {
    await openCard();
    expect(
      h.root.querySelectorAll('img, script, iframe, em, b, i, svg svg, [onerror], [onload]'),
    ).to.have.length(0);
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(IMG_TITLE);
    expect(h.labelByTitle(IMG_TITLE)?.textContent).to.equal(IMG_TITLE);
    expect(h.buttonNames).to.deep.equal([`${IMG_TITLE}, 20 February 2020, <i>Category</i>`]);
    expect(h.laneNames).to.deep.equal(['<i>Category</i>']);
    expect(h.region?.getAttribute('aria-label')).to.equal('<b>Hostile</b>');
    const paragraphs = [...(h.detail?.querySelectorAll(':scope > p') ?? [])].map(
      (p) => p.textContent,
    );
    expect(paragraphs).to.deep.equal([
      '<em>summary</em>',
      SCRIPT_TEXT,
      '<iframe src="javascript:alert(1)"></iframe>',
    ]);
    expect(h.detail?.querySelector('blockquote q')?.textContent).to.equal(
      '<svg onload="window.__xss=3">',
    );
    expect(h.detail?.querySelector('blockquote footer')?.textContent).to.equal(
      '— <a href="x">speaker</a>',
    );
    await frames(2);
    expect((window as XssWindow).__xss).to.equal(undefined);
  });

  it('a javascript: (or data:) source URL produces no link, with a warning', async () => {
    await openCard();
    const links = [...(h.detail?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Web link', 'https://example.org/a'],
      ['Mail link', 'mailto:desk@example.org'],
    ]);
    const items = [...(h.detail?.querySelectorAll('.sources li') ?? [])].map((li) =>
      li.textContent?.trim(),
    );
    expect(items.slice(0, 4)).to.deep.equal([
      'Script link',
      'Upper-case script link',
      'Hidden tab',
      'Data link',
    ]);
    expect(h.el.issues.map((i) => [i.path, i.severity])).to.deep.equal([
      ['events[0].sources[0].url', 'warning'],
      ['events[0].sources[1].url', 'warning'],
      ['events[0].sources[2].url', 'warning'],
      ['events[0].sources[3].url', 'warning'],
    ]);
    expect(h.el.events[0]?.sources.map((s) => s.url)).to.deep.equal([
      null,
      null,
      null,
      null,
      'https://example.org/a',
      'mailto:desk@example.org',
    ]);
    expect(h.statusText).to.equal('1 event · 4 warnings');
  });

  it('TimelineJS3 HTML becomes plain text, with scripts and images dropped', async () => {
    const tjs = await TimelineHarness.create({
      data: {
        events: [
          {
            unique_id: 'tjs',
            start_date: { year: 2021, month: 5 },
            text: {
              headline: `Head<img src=x onerror="window.__xss=4">line`,
              text: `<p>Body ${SCRIPT_TEXT}text</p>`,
            },
          },
        ],
      },
    });
    tjs.el.select('tjs');
    await tjs.el.updateComplete;
    expect(tjs.root.querySelectorAll('img, script')).to.have.length(0);
    expect(tjs.buttonNames).to.deep.equal(['Headline, May 2021']);
    expect(tjs.detail?.querySelector(':scope > p')?.textContent).to.equal('Body text');
    await frames(2);
    expect((window as XssWindow).__xss).to.equal(undefined);
  });
});
