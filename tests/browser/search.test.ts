import { expect, html, waitUntil } from '@open-wc/testing';
import { chord } from './engine.js';
import { expectedMatches, FindHarness } from './find-harness.js';
import { event, utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, STORY_IDS, storyHarness } from './story-harness.js';

/** The story, searched: the harness, and its search field. */
async function searched(options: Parameters<typeof storyHarness>[0] = {}) {
  const h = await storyHarness(options);
  return { h, f: new FindHarness(h) };
}

/** The story's events that mention Assad, worked out from the data, in time order. */
function assadIds(h: TimelineHarness): string[] {
  return expectedMatches(h.el.events, 'assad');
}

/**
 * Thirty points on 8 December 2024, half an hour apart, between two events years away: at first
 * most of them are clusters, and zooming in sets them apart. Each title has a word of its own.
 */
const ONE_DAY = {
  title: 'One busy day',
  events: [
    event('Long before', '2020-01-01', { id: 'before' }),
    ...Array.from({ length: 30 }, (_, i) =>
      event(`Report k${i}z`, new Date(utc(2024, 12, 8) + i * 30 * 60_000).toISOString(), {
        id: `k${i}`,
      }),
    ),
    event('Long after', '2028-12-31', { id: 'after' }),
  ],
};

describe('search: typing', () => {
  it('the field sits among the controls under the chart, named, and empty', async () => {
    const { h, f } = await searched();
    expect(f.field.value).to.equal('');
    expect(h.accessibleName(f.field)).to.equal('Search events');
    expect(f.count).to.equal('');
    // Under the chart, on the line with the zoom buttons: after the plot in the tree and on screen.
    const bar = f.field.closest('.toolbar') as HTMLElement;
    expect(
      bar.compareDocumentPosition(h.plot as HTMLElement) & Node.DOCUMENT_POSITION_PRECEDING,
    ).to.not.equal(0);
    expect(f.field.getBoundingClientRect().top).to.be.at.least(
      (h.plot as HTMLElement).getBoundingClientRect().bottom - 1,
    );
    expect(h.root.querySelector('.lanes.searching')).to.equal(null);
  });

  it('typing highlights the matches, dims the rest, and counts them', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    const expected = assadIds(h);
    expect(expected, 'the story has matches and events that do not match').to.have.length.within(
      1,
      9,
    );
    expect(h.el.query).to.equal('assad');
    expect(f.count).to.equal(`${expected.length} of ${h.el.events.length}`);
    // Every event drawn with an item of its own is either a match or dimmed, never both.
    const items = f.itemIds;
    expect(f.matchedIds.sort()).to.deep.equal(items.filter((id) => expected.includes(id)).sort());
    expect(f.dimmedIds.sort()).to.deep.equal(items.filter((id) => !expected.includes(id)).sort());
    expect(f.matchedIds.length).to.be.greaterThan(0);
    expect(f.dimmedIds.length).to.be.greaterThan(0);
    expect(h.root.querySelector('.lanes.searching')).to.not.equal(null);
    expect(h.root.querySelectorAll('.mark.match').length).to.be.greaterThan(0);
    expect(h.root.querySelectorAll('.mark.dim').length).to.be.greaterThan(0);
    for (const mark of h.root.querySelectorAll('.mark.match')) {
      expect(mark.classList.contains('dim')).to.equal(false);
    }
    // The overview marks the matches too.
    expect(h.overview?.querySelector('path.overview-matches')?.getAttribute('d')).to.match(/^M/);
  });

  it('story mode has no search', async () => {
    const { h } = await searched({ mode: 'story' });
    expect(h.root.querySelector('.findbar')).to.equal(null);
    expect(h.root.querySelector('[part~="search"]')).to.equal(null);
  });

  it('in the vertical layout the cards of matches are highlighted and the rest dimmed', async () => {
    const { h, f } = await searched({ width: 375 });
    expect(h.cards).to.have.length(10);
    await f.type('assad');
    const expected = assadIds(h);
    expect(f.count).to.equal(`${expected.length} of 10`);
    const cards = [...h.root.querySelectorAll<HTMLElement>('li.card-item')];
    expect(
      cards.filter((c) => c.classList.contains('match')).map((c) => h.eventOf(c).id),
    ).to.deep.equal(expected);
    expect(cards.filter((c) => c.classList.contains('dim'))).to.have.length(10 - expected.length);
  });

  it('timeline-search fires with the query and its count once the matches are drawn', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    const last = f.searches.at(-1);
    expect(last?.detail).to.deep.equal({ query: 'assad', count: assadIds(h).length });
    // When it fired, the count and the highlights of that query were already on screen.
    expect(last?.shown).to.equal(`${assadIds(h).length} of 10`);
    expect(last?.matched).to.be.greaterThan(0);
    // A query each time it changed, never the same one twice in a row.
    const queries = f.searches.map((s) => s.detail.query);
    expect(queries.filter((q, i) => q === queries[i - 1])).to.deep.equal([]);
  });

  it('a query that matches nothing says 0, dims everything and disables the steps', async () => {
    const { h, f } = await searched();
    await f.type('zzzz');
    expect(f.count).to.equal('0 of 10');
    expect(f.matchedIds).to.deep.equal([]);
    expect(f.dimmedIds.length).to.equal(f.itemIds.length);
    expect(f.stepButton('Next match').getAttribute('aria-disabled')).to.equal('true');
    expect(f.stepButton('Previous match').getAttribute('aria-disabled')).to.equal('true');
    f.stepButton('Next match').click();
    await h.el.updateComplete;
    expect(h.el.selected).to.equal('');
    expect(f.searches.at(-1)?.detail).to.deep.equal({ query: 'zzzz', count: 0 });
  });

  it('every word of the query must match, in any case and with accents ignored', async () => {
    const { h, f } = await searched();
    await f.type('MOSCOW assad');
    const both = expectedMatches(h.el.events, 'moscow assad');
    expect(both.length).to.be.greaterThan(0);
    expect(f.count).to.equal(`${both.length} of 10`);
    h.el.query = 'Dàmascus';
    await h.el.updateComplete;
    expect(f.count).to.equal(`${expectedMatches(h.el.events, 'damascus').length} of 10`);
  });

  it('the query attribute searches, and setting the property writes the field', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline src="/data/russia-syria.json" query="assad"></event-timeline>`,
    );
    const f = new FindHarness(h);
    await h.el.updateComplete;
    expect(f.field.value).to.equal('assad');
    expect(f.count).to.equal(`${assadIds(h).length} of 10`);
    h.el.query = 'lavrov';
    await h.el.updateComplete;
    expect(f.field.value).to.equal('lavrov');
    expect(f.matchedIds).to.deep.equal(expectedMatches(h.el.events, 'lavrov'));
  });
});

describe('search: stepping through the matches', () => {
  it('Enter selects each match in time order, wrapping, and focus stays in the field', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    const expected = assadIds(h);
    const visited: string[] = [];
    for (let i = 0; i <= expected.length; i++) {
      await f.press('Enter');
      visited.push(h.el.selected);
      expect(h.activeElement, 'focus stays in the field').to.equal(f.field);
      expect(h.detail, 'the match opens its card').to.not.equal(null);
    }
    // From the view's start: the first match in time, then each after it, then round again.
    expect(visited).to.deep.equal([...expected, expected[0]]);
    expect(h.selections.at(-1)?.detail.id).to.equal(expected[0]);
  });

  it('Shift+Enter goes back in time, wrapping from the first to the last', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    const expected = assadIds(h);
    await f.press('Enter');
    expect(h.el.selected).to.equal(expected[0]);
    f.field.focus();
    await chord('Shift', 'Enter');
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(expected.at(-1));
    await chord('Shift', 'Enter');
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(expected.at(-2));
    expect(h.activeElement).to.equal(f.field);
  });

  it('steps from the selected event, not from the last match', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    // The leases do not match; the next match after them in time is the first on 8 December.
    h.el.select(STORY.leases.id);
    await h.el.updateComplete;
    await f.press('Enter');
    const expected = assadIds(h);
    const after = expected.find((id) => STORY_IDS.indexOf(id) > STORY_IDS.indexOf(STORY.leases.id));
    expect(h.el.selected).to.equal(after);
  });

  it('with nothing selected, steps from the window: Enter from its start, Shift+Enter from its end', async () => {
    const { h, f } = await searched();
    await h.el.zoomTo('2024-06-01', '2025-03-01');
    await h.settle();
    await f.type('assad');
    const expected = assadIds(h);
    const { start, end } = h.view();
    const startOf = (id: string) => Date.parse(h.el.events.find((e) => e.id === id)?.start ?? '');
    // The civil war reaches into the window but starts before it: the first match starting in it comes first.
    await f.press('Enter');
    expect(h.el.selected).to.equal(expected.find((id) => startOf(id) >= start));
    h.el.select(null);
    await h.el.updateComplete;
    f.field.focus();
    await chord('Shift', 'Enter');
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(expected.findLast((id) => startOf(id) <= end));
  });

  it('the Next match and Previous match buttons step too', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    const expected = assadIds(h);
    const next = f.stepButton('Next match');
    const previous = f.stepButton('Previous match');
    expect(next.getAttribute('aria-disabled')).to.equal('false');
    next.click();
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(expected[0]);
    next.click();
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(expected[1]);
    previous.click();
    await h.el.updateComplete;
    previous.click();
    await h.el.updateComplete;
    expect(h.el.selected).to.equal(expected.at(-1));
    expect(h.detail).to.not.equal(null);
  });

  it('a match inside a cluster is zoomed to until it stands apart', async () => {
    const h = await TimelineHarness.create({ data: ONE_DAY, width: 1280 });
    const f = new FindHarness(h);
    const cluster = h.clusters.find((c) => c.members.length > 2);
    expect(cluster, 'a cluster of three or more on 8 December').to.not.equal(undefined);
    const members = (cluster as { members: number[] }).members;
    // One in the middle of the cluster, so that it has neighbours on both sides.
    const index = members[Math.floor(members.length / 2)] as number;
    const target = h.el.events[index] as { id: string; start: string };
    const wide = h.span();
    await f.type(target.id.replace(/^k(\d+)$/, 'k$1z'));
    expect(f.count).to.equal(`1 of ${ONE_DAY.events.length}`);
    await f.press('Enter');
    await h.settle();
    expect(h.el.selected).to.equal(target.id);
    // BUG: the view does not zoom. goToMatch (src/element/element-views.ts) looks for the match's
    // cluster after selecting it, and the selected event is always given a label first
    // (layout/labels.ts), so it never sits in a cluster then: the match is labelled in the
    // middle of the cluster it was in, and the view stays where it was.
    expect(h.span(), 'the view zooms in').to.be.lessThan(wide / 100);
    expect(
      h.clusters.some((c) => c.members.includes(index)),
      'no longer in a cluster',
    ).to.equal(false);
    expect(f.matchedIds).to.deep.equal([target.id]);
    const { start, end } = h.view();
    expect(Date.parse(target.start)).to.be.within(start, end);
    expect(h.detail).to.not.equal(null);
    expect(h.activeElement).to.equal(f.field);
  });
});

/** 600 points a day apart in two categories; every 50th is a "Special" one. */
const CROWD = {
  title: 'Crowd',
  categories: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  events: Array.from({ length: 600 }, (_, i) =>
    event(
      i % 50 === 7 ? `Special ${i}` : `Ordinary ${i}`,
      new Date(utc(2020, 1, 1) + i * 86_400_000).toISOString().slice(0, 10),
      {
        id: `c${i}`,
        category: i % 2 ? 'a' : 'b',
      },
    ),
  ),
};

describe('search: a crowded view and new data', () => {
  it('a crowded view marks the matches the density hides with strokes', async () => {
    const h = await TimelineHarness.create({ data: CROWD, width: 1280 });
    const f = new FindHarness(h);
    expect(h.root.querySelector('.match-ticks')).to.equal(null);
    await f.type('special');
    expect(f.count).to.equal('12 of 600');
    const path = h.root.querySelector('svg.match-ticks path');
    const strokes = (path?.getAttribute('d') ?? '').match(/M/g) ?? [];
    // One stroke per match, at most: the twelve are weeks apart, so none share a pixel.
    expect(strokes.length).to.be.within(1, 12);
    await f.press('Escape');
    expect(h.root.querySelector('.match-ticks')).to.equal(null);
  });

  it('new data is searched again with the query', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    expect(f.count).to.equal(`${assadIds(h).length} of 10`);
    h.el.data = {
      events: [
        event('Assad speaks', '2024-01-01', { id: 'speaks' }),
        event('Something else', '2024-02-01', { id: 'else' }),
      ],
    };
    await h.loaded();
    await h.el.updateComplete;
    expect(f.count).to.equal('1 of 2');
    expect(f.matchedIds).to.deep.equal(['speaks']);
    expect(await h.el.search('assad')).to.deep.equal(['speaks']);
  });
});

describe('search: Escape and keys', () => {
  it('Escape in the field clears the query and leaves the card open', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    await f.press('Enter');
    const selected = h.el.selected;
    expect(h.detail).to.not.equal(null);
    await f.press('Escape');
    expect(f.field.value).to.equal('');
    expect(h.el.query).to.equal('');
    expect(f.count).to.equal('');
    expect(h.root.querySelector('.lanes.searching')).to.equal(null);
    expect(h.root.querySelectorAll('li.match, li.dim, .mark.match, .mark.dim')).to.have.length(0);
    expect(h.el.selected).to.equal(selected);
    expect(h.detail).to.not.equal(null);
    expect(f.searches.at(-1)?.detail).to.deep.equal({ query: '', count: 0 });
  });

  it('Escape in an empty field goes on to close the card', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    await f.press('Enter');
    await f.press('Escape');
    expect(h.detail).to.not.equal(null);
    await f.press('Escape');
    expect(h.detail).to.equal(null);
    expect(h.el.selected).to.equal('');
  });

  it('keys typed in the field never zoom or pan the chart', async () => {
    const { h, f } = await searched();
    const before = { start: h.el.viewStart, end: h.el.viewEnd };
    const changes = h.viewChanges.length;
    await f.type('+0-=_');
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageDown', 'PageUp']) {
      await f.press(key);
    }
    await h.waitFrames(4);
    expect(f.field.value).to.equal('+0-=_');
    expect({ start: h.el.viewStart, end: h.el.viewEnd }).to.deep.equal(before);
    expect(h.viewChanges.length).to.equal(changes);
    expect(h.activeElement).to.equal(f.field);
  });
});

describe('search: the live region', () => {
  it('says the count once typing pauses, not at each key', async () => {
    const { h, f } = await searched();
    h.el.query = 'assad';
    await h.el.updateComplete;
    const count = `${assadIds(h).length} of 10`;
    expect(f.count).to.equal(count);
    // The pause is most of a second: right after the change the region has not spoken yet.
    expect(f.live).to.equal('');
    await waitUntil(() => f.live === count, 'the live region says the count', { timeout: 3000 });
    h.el.query = 'lavrov';
    await h.el.updateComplete;
    expect(f.live, 'still the last count until the next pause').to.equal(count);
    const lavrov = `${expectedMatches(h.el.events, 'lavrov').length} of 10`;
    await waitUntil(() => f.live === lavrov, 'the live region says the new count', {
      timeout: 3000,
    });
  });

  it('is the one polite live region, and the field is described by the count', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    // One live region for the element: an opened title and the count take turns in it.
    expect(h.root.querySelectorAll('.sr-only[role="status"], .search [aria-live]')).to.have.length(
      1,
    );
    const region = h.root.querySelector('.root > .sr-only[role="status"]') as HTMLElement;
    // role=status is polite by definition; nothing makes it assertive.
    expect(region.getAttribute('aria-live')).to.not.equal('assertive');
    const described = f.field.getAttribute('aria-describedby') ?? '';
    const count = h.root.getElementById(described);
    expect(count?.textContent?.trim()).to.equal(f.count);
  });
});

describe('search: the search() method', () => {
  it('resolves with the matching ids in time order and sets the query', async () => {
    const { h, f } = await searched();
    const ids = await h.el.search('assad');
    expect(ids).to.deep.equal(assadIds(h));
    expect(h.el.query).to.equal('assad');
    await h.el.updateComplete;
    expect(f.field.value).to.equal('assad');
    expect(f.count).to.equal(`${ids.length} of 10`);
    expect(await h.el.search('   ')).to.deep.equal([]);
  });

  it('finds only among the categories shown', async () => {
    const { h } = await searched();
    h.el.categories = ['politics'];
    await h.el.updateComplete;
    const politics = h.el.events.filter((e) => e.category === 'politics').map((e) => e.id);
    const ids = await h.el.search('assad');
    expect(ids).to.deep.equal(assadIds(h).filter((id) => politics.includes(id)));
    expect(ids.length).to.be.greaterThan(0);
  });
});

/** Three events in one language, one with a title written with diacritics. */
function written(lang: 'ar' | 'ru') {
  const titles =
    lang === 'ar'
      ? ['رحيل الأَسَد عن دمشق', 'اجتماع في موسكو', 'مراجعة الاتفاقيات']
      : ['Ёлка на Красной площади', 'Встреча в Москве', 'Пересмотр соглашений'];
  return {
    title: lang === 'ar' ? 'خط زمني' : 'Хронология',
    events: titles.map((title, i) => event(title, `2024-0${i + 1}-10`, { id: `e${i}` })),
  };
}

describe('search: Arabic and Russian', () => {
  for (const { lang, query, words } of [
    { lang: 'ar' as const, query: 'الاسد', words: 'من' },
    { lang: 'ru' as const, query: 'елка', words: 'из' },
  ]) {
    it(`in ${lang}, typing without diacritics finds the title written with them`, async () => {
      const h = await TimelineHarness.create(
        html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
          <event-timeline .data=${written(lang)}></event-timeline>
        </div>`,
      );
      const f = new FindHarness(h);
      await waitUntil(() => h.accessibleName(f.field) !== 'Search events', `'${lang}' words load`);
      await f.type(query);
      // Latin digits in every language unless the page asks for others (src/format/dates.ts).
      const n = (x: number) => x.toLocaleString(`${lang}-u-nu-latn`);
      expect(f.count).to.equal(`${n(1)} ${words} ${n(3)}`);
      expect(f.matchedIds).to.deep.equal(['e0']);
      await f.press('Enter');
      expect(h.el.selected).to.equal('e0');
      await waitUntil(() => f.live === f.count, 'the live region says the count', {
        timeout: 3000,
      });
    });
  }
});

describe('search: the table', () => {
  it('lists only the matches, with the words marked as text', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    h.tableToggle.click();
    await h.el.updateComplete;
    await waitUntil(() => h.table !== null, 'the table opens');
    const expected = assadIds(h);
    const titles = h.tableTitleButtons.map(
      (b) => h.el.events.find((e) => e.title === b.textContent?.trim())?.id,
    );
    expect(titles).to.deep.equal(expected);
    expect(h.tableCaption).to.equal(`Events 1–${expected.length} of ${expected.length}`);
    const marks = [...(h.table as HTMLTableElement).querySelectorAll('tbody mark')];
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) expect(mark.textContent?.toLowerCase()).to.equal('assad');
    // The title "Assad is ousted" is marked at its start, and reads whole.
    const ousted = h.tableTitleButtons.find((b) => b.textContent?.trim() === STORY.ousted.title);
    expect(ousted?.querySelector('mark')?.textContent).to.equal('Assad');
    // Clearing the search lists every event again.
    await f.press('Escape');
    await h.el.updateComplete;
    expect(h.tableTitleButtons).to.have.length(10);
    expect((h.table as HTMLTableElement).querySelectorAll('mark')).to.have.length(0);
  });

  it('marks text from the data as text, never as markup', async () => {
    const h = await TimelineHarness.create({
      data: {
        events: [
          event('<b>Assad</b> <img src=x>', '2024-01-01', {
            id: 'tags',
            summary: 'Assad<script>window.hacked = 1</script>',
          }),
          event('Other', '2024-02-01', { id: 'other' }),
        ],
      },
    });
    const f = new FindHarness(h);
    await f.type('assad');
    h.tableToggle.click();
    await waitUntil(() => h.table !== null, 'the table opens');
    const table = h.table as HTMLTableElement;
    expect(table.querySelectorAll('tbody tr')).to.have.length(1);
    expect(table.querySelectorAll('img, b, script')).to.have.length(0);
    expect([...table.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal([
      'Assad',
      'Assad',
    ]);
    expect(h.tableTitleButtons[0]?.textContent?.trim()).to.equal('<b>Assad</b> <img src=x>');
  });
});

describe('search: accessibility', () => {
  it('has no WCAG 2.x A/AA violations while searching, with a match selected', async () => {
    const { h, f } = await searched();
    await f.type('assad');
    await f.press('Enter');
    expect(h.root.querySelector('.lanes.searching')).to.not.equal(null);
    // BUG (Firefox and WebKit): axe's target-size (WCAG 2.2, 2.5.8) fails on the Conflict
    // toggle. A lane toggle is 18 px tall (.lane-toggle, src/element/styles/search.styles.ts),
    // and the label of "Syrian civil war" starts right under it (toggle 58–76 px, label from
    // 76 px, in Chromium): with those engines' wider text axe finds less than 24 px of room.
    // See filter.test.ts for the hidden lanes, which fail in every engine.
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('has no violations with a query that matches nothing', async () => {
    const { h, f } = await searched();
    await f.type('zzzz');
    // BUG (Firefox and WebKit): target-size of the Conflict toggle, as above.
    expect(await h.axeViolations()).to.deep.equal([]);
  });
});
