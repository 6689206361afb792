import { expect, waitUntil } from '@open-wc/testing';
import { crowd, mountOnPage, type PageSetup, paletteData, weekly } from './a11y-fixtures.js';
import { describe as name } from './contrast.js';
import {
  densityInks,
  lowDensityContrast,
  lowMarkContrast,
  lowTextContrast,
  weakRing,
} from './contrast-checks.js';
import { setViewport } from './engine.js';
import {
  DAY,
  emulateMediaFeatures,
  event,
  loadJson,
  STORY_AR_URL,
  STORY_RU_URL,
  utc,
} from './fixtures.js';
import { axNodes } from './harness/a11y.js';
import type { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, STORY_NAMES, storyData } from './story-harness.js';

describe('accessibility matrix', () => {
  let story: unknown;
  let arabic: unknown;
  let russian: unknown;

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    [story, arabic, russian] = await Promise.all([
      storyData(),
      loadJson(STORY_AR_URL),
      loadJson(STORY_RU_URL),
    ]);
  });

  afterEach(async () => {
    await emulateMediaFeatures();
    await setViewport({ width: 1400, height: 1000 });
  });

  describe('axe-core finds no WCAG 2.x A/AA (2.2) violations', () => {
    type Open = 'nothing' | 'detail' | 'table';
    const cases: { name: string; mount: () => PageSetup; open: Open }[] = [
      { name: 'light', mount: () => ({ data: story }), open: 'nothing' },
      { name: 'light, detail card open', mount: () => ({ data: story }), open: 'detail' },
      { name: 'light, table view open', mount: () => ({ data: story }), open: 'table' },
      { name: 'dark', mount: () => ({ data: story, scheme: 'dark' }), open: 'nothing' },
      {
        name: 'dark, detail card open',
        mount: () => ({ data: story, scheme: 'dark' }),
        open: 'detail',
      },
      {
        name: 'dark, table view open',
        mount: () => ({ data: story, scheme: 'dark' }),
        open: 'table',
      },
      {
        name: 'forced colours, detail card open',
        mount: () => ({ data: story, forced: true }),
        open: 'detail',
      },
      {
        name: 'right to left in Arabic, detail card open',
        mount: () => ({ data: arabic, dir: 'rtl', lang: 'ar', tableWord: 'جدول' }),
        open: 'detail',
      },
      {
        name: 'right to left in Arabic, table view open',
        mount: () => ({ data: arabic, dir: 'rtl', lang: 'ar', tableWord: 'جدول' }),
        open: 'table',
      },
      {
        name: 'Russian, detail card open',
        mount: () => ({ data: russian, lang: 'ru', tableWord: 'Таблица' }),
        open: 'detail',
      },
      {
        name: 'vertical at 320 px, detail card open',
        mount: () => ({ data: story, width: 320 }),
        open: 'detail',
      },
      {
        name: 'vertical at 320 px in the dark, table view open',
        mount: () => ({ data: story, width: 320, scheme: 'dark' }),
        open: 'table',
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const h = await mountOnPage(c.mount());
        if (c.open === 'detail') {
          h.el.select(STORY.flees.id);
          await h.el.updateComplete;
          expect(h.detail, 'the card is open').to.not.equal(null);
        } else if (c.open === 'table') {
          h.tableToggle.click();
          await h.el.updateComplete;
          expect(h.table, 'the table is shown').to.not.equal(null);
        }
        expect(await h.axeViolations()).to.deep.equal([]);
      });
    }
  });

  describe('the accessibility tree', () => {
    it('the element is a region named by its title, holding a list "Events" of one button per item, in time order', async () => {
      const h = await mountOnPage({ data: story });
      const tree = await h.fullAccessibilityTree();
      const region = axNodes(tree).find((n) => n.role === 'region');
      expect(region?.name).to.equal('Russia and Syria, 2011–2066');
      const lists = axNodes(region ?? null).filter((n) => n.role === 'list');
      expect(lists.map((l) => l.name)).to.deep.equal(['Events']);
      const items = lists[0]?.children ?? [];
      expect(items.map((i) => i.role)).to.deep.equal(STORY_NAMES.map(() => 'listitem'));
      const buttons = items.map((i) => (i.children ?? []).filter((c) => c.role === 'button'));
      expect(buttons.map((b) => b.length)).to.deep.equal(STORY_NAMES.map(() => 1));
      expect(buttons.map((b) => b[0]?.name)).to.deep.equal(STORY_NAMES);
      expect(buttons.map((b) => b[0]?.expanded)).to.deep.equal(STORY_NAMES.map(() => false));
    });

    it('a screen reader meets the events by title, date, certainty and category (a11ySnapshot)', async () => {
      const h = await mountOnPage({ data: story });
      const tree = await h.accessibilityTree();
      const events = axNodes(tree).filter((n) => n.role === 'button' && 'expanded' in n);
      expect(events.map((n) => n.name)).to.deep.equal(STORY_NAMES);
      const names = axNodes(tree)
        .filter((n) => n.role === 'button')
        .map((n) => n.name);
      // The controls sit under the chart, after the events in reading order as on screen.
      expect(names.slice(-4)).to.deep.equal(['Table', 'Zoom in', 'Zoom out', 'Show all']);
    });

    it('approximate, disputed and ongoing events say so in their names', async () => {
      const h = await mountOnPage({
        data: {
          categories: [{ id: 'a', label: 'Alpha' }],
          events: [
            event('Founding', '2015', { approximate: true, category: 'a' }),
            event('Merger', '2016-03', {
              end: '2017-06',
              approximate: true,
              certainty: 'disputed',
              category: 'a',
            }),
            event('Listing', '2018-05-02', { ongoing: true, certainty: 'reported' }),
          ],
        },
      });
      const tree = await h.accessibilityTree();
      const events = axNodes(tree).filter((n) => n.role === 'button' && 'expanded' in n);
      expect(events.map((n) => n.name)).to.deep.equal([
        'Founding, approximately 2015, Alpha',
        'Merger, approximately from March 2016 to June 2017, disputed, Alpha',
        'Listing, since 2 May 2018, ongoing, reported',
      ]);
    });

    it('the Table toggle is a button that says whether it is pressed', async () => {
      const h = await mountOnPage({ data: story });
      const toggle = async () =>
        axNodes(await h.accessibilityTree()).find((n) => n.role === 'button' && n.name === 'Table');
      expect((await toggle())?.pressed).to.equal(false);
      h.tableToggle.click();
      await h.el.updateComplete;
      expect((await toggle())?.pressed).to.equal(true);
    });

    it('the drawings are hidden from assistive technology', async () => {
      for (const data of [story, crowd(1500, [{ id: 'a', label: 'A' }])]) {
        const h = await mountOnPage({ data });
        const nodes = axNodes(await h.fullAccessibilityTree());
        const graphics = nodes.filter((n) => /image|graphic|svg|canvas/i.test(n.role));
        expect(graphics.map((n) => n.role)).to.deep.equal([]);
        const ticks = new Set(h.tickLabels);
        expect(ticks.size, 'the axis has labels').to.be.greaterThan(2);
        const said = nodes.filter((n) => n.role === 'StaticText' && ticks.has(n.name ?? ''));
        expect(said.map((n) => n.name)).to.deep.equal([]);
      }
    });

    it('the live region is one polite status that holds the opened title and nothing else', async () => {
      const h = await mountOnPage({ data: story });
      await h.press('Enter', h.buttonById(STORY.ousted.id));
      await waitUntil(() => h.announcement === STORY.ousted.title, 'the title is said');
      const nodes = axNodes(await h.fullAccessibilityTree());
      const live = nodes.filter(
        (n) => n.role === 'status' && axNodes(n).some((c) => c.name === STORY.ousted.title),
      );
      expect(live.map((n) => n.live)).to.deep.equal(['polite']);
      const text = axNodes(live[0] ?? null).filter((n) => n.role === 'StaticText');
      expect(text.map((n) => n.name)).to.deep.equal([STORY.ousted.title]);
    });

    it('the table is named by its caption, with six column headers and a row header per event', async () => {
      const h = await mountOnPage({ data: story });
      await h.press('Enter', h.tableToggle);
      const tree = axNodes(await h.fullAccessibilityTree());
      const table = tree.find((n) => n.role === 'table');
      expect(table?.name).to.equal('Events 1–10 of 10');
      const columns = axNodes(table ?? null).filter((n) => n.role === 'columnheader');
      expect(columns.map((n) => n.name)).to.deep.equal([
        'Start',
        'End',
        'Event',
        'Category',
        'Summary',
        'Picture',
      ]);
      const rowHeaders = axNodes(table ?? null).filter((n) => n.role === 'rowheader');
      expect(rowHeaders).to.have.length(10);
    });
  });

  describe('hidden drawings', () => {
    it('every svg and canvas sits inside aria-hidden', async () => {
      for (const data of [story, crowd(1500, [{ id: 'a', label: 'A' }])]) {
        const h = await mountOnPage({ data });
        const drawings = [...h.root.querySelectorAll('svg, canvas')];
        expect(drawings.length, 'chart, axis, overview, icons').to.be.at.least(5);
        const exposed = drawings.filter((d) => !d.closest('[aria-hidden="true"]'));
        expect(exposed.map(name)).to.deep.equal([]);
      }
    });
  });

  describe('the live region', () => {
    it('opening an event says its title once, politely: the title, not the card', async () => {
      const h = await mountOnPage({ data: story });
      const region = h.liveRegion as HTMLElement;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live') ?? 'polite', 'polite').to.equal('polite');
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(h.announcement));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      try {
        h.buttonById(STORY.ousted.id).focus();
        await h.press('Enter');
        await waitUntil(() => h.announcement === STORY.ousted.title, 'the title is said');
        // Renders that follow (zooming, moving focus) must not say it again.
        await h.press('+');
        await h.settle();
        await h.press('ArrowRight');
        await h.press('ArrowLeft');
        await h.waitFrames(3);
      } finally {
        observer.disconnect();
      }
      expect(said.filter(Boolean)).to.deep.equal([STORY.ousted.title]);
      expect(h.announcement).to.equal(STORY.ousted.title);
    });

    it('opening another event says the new title; closing says nothing', async () => {
      const h = await mountOnPage({ data: story });
      await h.press('Enter', h.buttonById(STORY.meeting.id));
      expect(h.announcement).to.equal(STORY.meeting.title);
      await h.press('Enter', h.buttonById(STORY.pledge.id));
      expect(h.announcement).to.equal(STORY.pledge.title);
      await h.press('Escape');
      expect(h.detail).to.equal(null);
      expect(h.announcement).to.equal('');
    });
  });

  describe('the table view', () => {
    it('Table shows every event in a table: caption, column headers, rows in time order', async () => {
      const h = await mountOnPage({ data: story });
      await h.press('Enter', h.tableToggle);
      expect(h.tableToggle.getAttribute('aria-pressed')).to.equal('true');
      expect(h.table?.getAttribute('part')).to.equal('table');
      expect(h.plot, 'the drawing gives way').to.equal(null);
      expect(h.tableCaption).to.equal('Events 1–10 of 10');
      // The story has pictures: a sixth column gives their alt text and credit.
      expect(h.tableHeaders).to.deep.equal([
        'Start',
        'End',
        'Event',
        'Category',
        'Summary',
        'Picture',
      ]);
      const headers = [...(h.table?.querySelectorAll('thead th') ?? [])];
      expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(headers.map(() => 'col'));
      const rows = h.tableRows;
      expect(rows.map((r) => r[2])).to.deep.equal([
        STORY.civilWar.title,
        STORY.hmeimim.title,
        STORY.intervention.title,
        STORY.leases.title,
        STORY.offensive.title,
        STORY.ousted.title,
        'Assad flees to Moscow (reported)',
        STORY.transition.title,
        STORY.meeting.title,
        STORY.pledge.title,
      ]);
      expect(rows[0]?.slice(0, 4)).to.deep.equal([
        'March 2011',
        '8 December 2024',
        STORY.civilWar.title,
        'Conflict',
      ]);
      expect(rows[7]?.slice(0, 2)).to.deep.equal(['8 December 2024', 'present']);
      const pictured = rows.filter((r) => r[5]).map((r) => [r[2], r[5]]);
      expect(pictured.map(([title]) => title)).to.deep.equal([
        STORY.hmeimim.title,
        STORY.leases.title,
      ]);
      for (const [, cell] of pictured) expect(cell).to.match(/^Schematic map|^Diagram/);
      for (const [, cell] of pictured) expect(cell).to.match(/ Made for this demo; CC0$/);
      await h.press('Enter', h.tableToggle);
      expect(h.table).to.equal(null);
      expect(h.tableToggle.getAttribute('aria-pressed')).to.equal('false');
    });

    it('more than 100 events come 100 rows a page, with Previous and Next', async () => {
      const h = await mountOnPage({ data: weekly(250) });
      h.tableToggle.click();
      await h.el.updateComplete;
      const titles = (from: number, to: number) =>
        Array.from(
          { length: to - from + 1 },
          (_, i) => `Event ${String(from + i).padStart(3, '0')}`,
        );
      const [previous, next] = h.pager;
      expect(h.pager.map((b) => b.textContent?.trim())).to.deep.equal(['Previous', 'Next']);
      expect(h.tableCaption).to.equal('Events 1–100 of 250');
      expect(h.tableRows.map((r) => r[2])).to.deep.equal(titles(1, 100));
      expect(previous?.getAttribute('aria-disabled')).to.equal('true');
      next?.click();
      await h.el.updateComplete;
      expect(h.tableCaption).to.equal('Events 101–200 of 250');
      expect(h.tableRows.map((r) => r[2])).to.deep.equal(titles(101, 200));
      h.pager[1]?.click();
      await h.el.updateComplete;
      expect(h.tableCaption).to.equal('Events 201–250 of 250');
      expect(h.tableRows.map((r) => r[2])).to.deep.equal(titles(201, 250));
      expect(h.pager.map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['false', 'true']);
      h.pager[0]?.click();
      await h.el.updateComplete;
      expect(h.tableCaption).to.equal('Events 101–200 of 250');
    });

    it('paging with the keyboard keeps focus in the pager, even on the last page', async () => {
      const h = await mountOnPage({ data: weekly(250) });
      await h.press('Enter', h.tableToggle);
      h.pager[1]?.focus();
      await h.press('Enter');
      expect(h.tableCaption).to.equal('Events 101–200 of 250');
      expect(h.focused, 'focus on Next').to.equal(h.pager[1]);
      await h.press('Enter');
      expect(h.tableCaption).to.equal('Events 201–250 of 250');
      // Next is disabled on the last page: focus must not fall out of the element.
      const focused = h.activeElement;
      expect(
        focused !== null && h.root.contains(focused),
        `focus is on ${focused?.localName ?? 'nothing'}`,
      ).to.equal(true);
    });

    it('a title in the table opens its event in the timeline, with focus on it', async () => {
      const h = await mountOnPage({ data: story });
      await h.press('Enter', h.tableToggle);
      const title = h.tableTitleButtons.find((b) => b.textContent?.trim() === STORY.ousted.title);
      expect(h.accessibleName(title as Element)).to.equal('Assad is ousted, 8 December 2024');
      await h.press('Enter', title);
      await h.el.updateComplete;
      expect(h.table).to.equal(null);
      expect(h.tableToggle.getAttribute('aria-pressed')).to.equal('false');
      expect(h.el.selected).to.equal(STORY.ousted.id);
      expect(h.detail?.querySelector('h3')?.textContent).to.equal(STORY.ousted.title);
      await waitUntil(() => h.focusedEvent?.id === STORY.ousted.id, 'focus on the event');
      expect(h.announcement).to.equal(STORY.ousted.title);
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`contrast, ${scheme}`, () => {
      it('text is at least 4.5:1: labels, a selected label, lanes, axis, card and status', async () => {
        const h = await mountOnPage({ data: story, scheme });
        h.el.select(STORY.meeting.id);
        await h.el.updateComplete;
        expect(h.textElements.length, 'text to check').to.be.greaterThan(30);
        expect(lowTextContrast(h)).to.deep.equal([]);
      });

      it('text of the table view and of the vertical cards is at least 4.5:1', async () => {
        const h = await mountOnPage({ data: story, scheme });
        h.tableToggle.click();
        await h.el.updateComplete;
        expect(lowTextContrast(h)).to.deep.equal([]);
        const v = await mountOnPage({ data: story, scheme, width: 400 });
        v.el.select(STORY.flees.id);
        await v.el.updateComplete;
        expect(v.cards.length).to.equal(10);
        expect(lowTextContrast(v)).to.deep.equal([]);
      });

      it("marks in the story's own category colours are at least 3:1", async () => {
        const h = await mountOnPage({ data: story, scheme });
        expect(h.marks.length).to.be.at.least(10);
        expect(lowMarkContrast(h)).to.deep.equal([]);
      });

      it('marks in the default palette, --timeline-category-1 to 8, are at least 3:1', async () => {
        const h = await mountOnPage({ data: paletteData(), scheme });
        const fills = new Set(h.marks.map((m) => getComputedStyle(m).fill));
        expect(fills.size, 'eight colours').to.equal(8);
        expect(lowMarkContrast(h)).to.deep.equal([]);
        expect(lowTextContrast(h)).to.deep.equal([]);
      });

      it("a crowded view's density marks are at least 3:1, in the data's colours and the palette", async () => {
        const own = (story as { categories: { id: string; label: string; color: string }[] })
          .categories;
        const palette = own.map(({ id, label }) => ({ id, label }));
        const failures: string[] = [];
        for (const [which, categories] of [
          ["the data's colours", own],
          ['the palette', palette],
        ] as const) {
          const h = await mountOnPage({
            data: crowd(1500, categories),
            scheme,
            orientation: 'horizontal',
          });
          failures.push(...lowDensityContrast(h).map((f) => `${which}: ${f}`));
          const inks = densityInks(h).length;
          if (inks < categories.length) failures.push(`${which}: ${inks} inks for 4 categories`);
        }
        expect(failures).to.deep.equal([]);
      });

      it('keyboard focus shows a ring of at least 2 px at 3:1 on controls, events and the card', async () => {
        const h = await mountOnPage({ data: story, scheme });
        (h.container.querySelector('#before') as HTMLElement).focus();
        const weak: string[] = [];
        const seen: string[] = [];
        for (let i = 0; i < 10; i++) {
          const focused = (await h.tab()) as Element;
          seen.push(name(focused));
          weak.push(...weakRing(h, focused));
        }
        // The four lane names come first, then the events, then the search and the four controls
        // under the chart: back to the events.
        for (let i = 0; i < 5; i++) await h.tab(true);
        expect(h.focusedEvent, 'Tab reached the events').to.not.equal(null);
        await h.press('End');
        await h.press('Enter');
        weak.push(...weakRing(h, h.focused as Element));
        for (let i = 0; i < 3; i++) {
          const focused = (await h.tab()) as Element;
          if (!h.detail?.contains(focused)) break;
          seen.push(name(focused));
          weak.push(...weakRing(h, focused));
        }
        expect(
          seen.some((s) => s.startsWith('button.close')),
          seen.join(', '),
        ).to.equal(true);
        expect(weak).to.deep.equal([]);
      });
    });
  }

  describe('forced colours', () => {
    it('every mark stays visible, at 3:1 against the background', async () => {
      const h = await mountOnPage({ data: story, forced: true });
      h.el.select(STORY.flees.id);
      await h.el.updateComplete;
      expect(h.marks.length).to.be.at.least(10);
      expect(lowMarkContrast(h)).to.deep.equal([]);
      const palette = await mountOnPage({ data: paletteData(), forced: true });
      expect(lowMarkContrast(palette)).to.deep.equal([]);
    });

    it('text stays at 4.5:1, labels and card included', async () => {
      const h = await mountOnPage({ data: story, forced: true });
      h.el.select(STORY.flees.id);
      await h.el.updateComplete;
      expect(lowTextContrast(h)).to.deep.equal([]);
    });

    it("a crowded view's density marks stay visible", async () => {
      const h = await mountOnPage({
        data: crowd(1500, [{ id: 'a', label: 'A', color: '#b3401a' }]),
        forced: true,
      });
      expect(densityInks(h).length).to.be.at.least(1);
      expect(lowDensityContrast(h)).to.deep.equal([]);
    });
  });

  describe('motion and target size', () => {
    it('prefers-reduced-motion turns transitions and animations off, and keys jump the view', async () => {
      const h = await mountOnPage({
        data: story,
        viewStart: '2015-01-01',
        viewEnd: '2016-12-31',
        reducedMotion: true,
      });
      const moving = [...h.root.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
        return durations.some((d) => Number.parseFloat(d) > 0) || style.animationName !== 'none';
      });
      expect(moving.map(name)).to.deep.equal([]);
      h.buttonById(STORY.hmeimim.id).focus();
      const before = h.viewChanges.length;
      await h.press('PageDown');
      await h.settle();
      expect(h.viewChanges.length - before, 'one jump, no frames in between').to.equal(1);
      expect(h.view().start).to.be.closeTo(utc(2017), DAY);
    });

    it('every event target and control is at least 24 × 24 px', async () => {
      const small = (h: TimelineHarness) =>
        [...h.buttons, ...h.controlButtons, ...(h.detail?.querySelectorAll('button') ?? [])]
          .map((b) => ({ b, r: b.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 23.5 || r.height < 23.5)
          .map(({ b, r }) => `${name(b)}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      const h = await mountOnPage({ data: story });
      h.el.select(STORY.ousted.id);
      await h.el.updateComplete;
      expect(small(h)).to.deep.equal([]);
      // Lone marks with no room for a label, and clusters, are targets of their own.
      const dense = await mountOnPage({ data: crowd(300, [{ id: 'a', label: 'A' }]), width: 900 });
      const targets = dense.root.querySelectorAll('button.hit');
      expect(targets.length, 'unlabelled targets').to.be.greaterThan(5);
      expect(small(dense)).to.deep.equal([]);
    });
  });
});
