import { expect, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from './engine.js';
import { DAY, emulateMediaFeatures, event, loadJson, STORY_URL, utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, STORY_IDS } from './story-harness.js';

interface Direction {
  name: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  url: string;
  /** The arrow that goes on in time: the one that points the way the text reads. */
  later: 'ArrowRight' | 'ArrowLeft';
  earlier: 'ArrowRight' | 'ArrowLeft';
  /** The table toggle's word, there once the language's words have loaded. */
  table: string;
}

const DIRECTIONS: Direction[] = [
  {
    name: 'left to right, in English',
    dir: 'ltr',
    lang: 'en',
    url: STORY_URL,
    later: 'ArrowRight',
    earlier: 'ArrowLeft',
    table: 'Table',
  },
  {
    name: 'right to left, in Arabic',
    dir: 'rtl',
    lang: 'ar',
    url: '/data/russia-syria.ar.json',
    later: 'ArrowLeft',
    earlier: 'ArrowRight',
    table: 'جدول',
  },
];

interface Attributes {
  viewStart?: string;
  viewEnd?: string;
  selected?: string;
  scale?: 'linear';
}

/** A timeline between two page buttons, inside a div carrying the direction and language. */
async function mount(d: Direction, data: unknown, a: Attributes = {}): Promise<TimelineHarness> {
  const h = await TimelineHarness.create(
    html`<button id="before">Before</button>
      <div dir=${d.dir} lang=${d.lang}>
        <event-timeline .data=${data} view-start=${a.viewStart ?? nothing} view-end=${a.viewEnd ?? nothing}
          selected=${a.selected ?? nothing} scale=${a.scale ?? nothing}></event-timeline>
      </div>
      <button id="after">After</button>`,
    { width: 1280 },
  );
  await waitUntil(
    () => h.tableToggle.textContent?.trim() === d.table,
    `the words of '${d.lang}' load`,
  );
  return h;
}

function pageButton(h: TimelineHarness, id: 'before' | 'after'): HTMLButtonElement {
  return h.container.querySelector(`#${id}`) as HTMLButtonElement;
}

/** Tabs from the page button before the timeline until an event has focus. */
async function tabIntoEvents(h: TimelineHarness): Promise<HTMLElement> {
  pageButton(h, 'before').focus();
  for (let i = 0; i < 12 && !h.focusedEvent; i++) await h.tab();
  if (!h.focusedEvent) throw new Error('Tab never reached an event');
  return h.focused as HTMLElement;
}

/**
 * Stamps every animation frame `lag` ms earlier than it runs. Chrome stamps a frame with the time
 * it began, which on a busy page comes before a key handler that ran during that frame read
 * performance.now(); this makes that timing certain instead of occasional.
 */
function stampFramesEarly(lag: number): () => void {
  const original = window.requestAnimationFrame;
  window.requestAnimationFrame = (callback) => original.call(window, (t) => callback(t - lag));
  return () => {
    window.requestAnimationFrame = original;
  };
}

/** An event every day of March 2020 (d1 to d30), and two decades either side. */
const MONTH = {
  events: [
    event('Early', '2000'),
    ...Array.from({ length: 30 }, (_, i) =>
      event(`Day ${i + 1}`, `2020-03-${String(i + 1).padStart(2, '0')}`, { id: `d${i + 1}` }),
    ),
    event('Late', '2040'),
  ],
};

/** Presses the arrow that goes on in time until the event `id` has focus. */
async function arrowTo(h: TimelineHarness, later: string, id: string): Promise<void> {
  for (let i = 0; i < 40 && h.focusedEvent?.id !== id; i++) await h.press(later);
  if (h.focusedEvent?.id !== id) throw new Error(`${later} never reached '${id}'`);
}

/** What the focused button is, for messages. */
function focusState(h: TimelineHarness): string {
  const f = h.activeElement;
  return f ? `${f.localName}.${f.className} ${f.getAttribute('aria-label') ?? ''}` : 'nothing';
}

describe('keyboard', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  for (const d of DIRECTIONS) {
    describe(`keys, ${d.name}`, () => {
      let story: unknown;

      before(async () => {
        story = await loadJson(d.url);
      });

      afterEach(async () => {
        await emulateMediaFeatures();
      });

      it('Tab goes through the lane names, once into the events at the first, then through the search and the four controls under the chart, then out', async () => {
        const h = await mount(d, story);
        pageButton(h, 'before').focus();
        const toggles = [...h.root.querySelectorAll<HTMLElement>('button.lane-toggle')];
        expect(toggles).to.have.length(4);
        for (const toggle of toggles) expect(await h.tab()).to.equal(toggle);
        const search = h.root.querySelector('[part~="search"] input');
        // With no search, the buttons to the matches are disabled: no Tab stops.
        const controls = [search, ...h.controlButtons];
        expect(controls).to.have.length(5);
        const stop = await h.tab();
        expect(h.focusedEvent?.id).to.equal(STORY.civilWar.id);
        expect(stop?.matches(':focus-visible'), 'the focus ring shows').to.equal(true);
        for (const control of controls) expect(await h.tab()).to.equal(control);
        expect(await h.tab(), 'the next Tab leaves the timeline').to.equal(pageButton(h, 'after'));
        for (const control of controls.slice().reverse())
          expect(await h.tab(true)).to.equal(control);
        await h.tab(true);
        expect(h.focusedEvent?.id, 'Shift+Tab comes back to the same event').to.equal(
          STORY.civilWar.id,
        );
        for (const toggle of toggles.slice().reverse()) expect(await h.tab(true)).to.equal(toggle);
        expect(await h.tab(true)).to.equal(pageButton(h, 'before'));
      });

      it('Tab goes to the first event in view when the window starts later', async () => {
        const h = await mount(d, story, { viewStart: '2025-01-01', viewEnd: '2025-12-31' });
        await tabIntoEvents(h);
        // 2025 holds the leases (2017 to 2066), the transition (ongoing) and the two July events.
        expect(h.focusedEvent?.id).to.equal(STORY.leases.id);
      });

      it('Tab goes to the selected event when there is one', async () => {
        const h = await mount(d, story, { selected: STORY.ousted.id });
        await tabIntoEvents(h);
        expect(h.focusedEvent?.id).to.equal(STORY.ousted.id);
      });

      it(`${d.later} goes on in time and ${d.earlier} back, one event at a time, stopping at the ends`, async () => {
        const h = await mount(d, story);
        await tabIntoEvents(h);
        const visited = [h.focusedEvent?.id];
        for (let i = 1; i < STORY_IDS.length; i++) {
          await h.press(d.later);
          visited.push(h.focusedEvent?.id);
          expect(h.focused?.matches(':focus-visible'), `ring on ${focusState(h)}`).to.equal(true);
        }
        expect(visited).to.deep.equal(STORY_IDS);
        await h.press(d.later);
        expect(h.focusedEvent?.id, 'the last event stays').to.equal(STORY.pledge.id);
        const back = [h.focusedEvent?.id];
        for (let i = 1; i < STORY_IDS.length; i++) {
          await h.press(d.earlier);
          back.push(h.focusedEvent?.id);
        }
        expect(back).to.deep.equal([...STORY_IDS].reverse());
        await h.press(d.earlier);
        expect(h.focusedEvent?.id, 'the first event stays').to.equal(STORY.civilWar.id);
        // Only the focused event is in the Tab order.
        expect(h.buttons.filter((b) => b.tabIndex === 0)).to.deep.equal([h.focused]);
      });

      it('ArrowUp and ArrowDown go to the nearest event in time in the lane above and below', async () => {
        const h = await mount(d, story);
        await tabIntoEvents(h);
        for (let i = 0; i < 5; i++) await h.press(d.later);
        const top = () => (h.focused as HTMLElement).getBoundingClientRect().top;
        // Lanes from the top: conflict, military, politics, diplomacy.
        const walk = [{ id: h.focusedEvent?.id, y: top() }];
        const step = async (key: string) => {
          await h.press(key);
          walk.push({ id: h.focusedEvent?.id, y: top() });
        };
        await step('ArrowUp');
        await step('ArrowUp');
        await step('ArrowUp');
        await step('ArrowDown');
        await step('ArrowDown');
        await step('ArrowDown');
        await step('ArrowDown');
        expect(walk.map((w) => w.id)).to.deep.equal([
          STORY.ousted.id,
          // Up from Assad's ouster (8 December 2024): the leases of January 2017 are nearest.
          STORY.leases.id,
          // Up from January 2017: the civil war (from March 2011) is nearer than the offensive.
          STORY.civilWar.id,
          // The top lane has nothing above: focus stays.
          STORY.civilWar.id,
          STORY.hmeimim.id,
          STORY.ousted.id,
          STORY.meeting.id,
          // The bottom lane has nothing below.
          STORY.meeting.id,
        ]);
        const ys = walk.map((w) => w.y);
        expect(ys[1], 'the leases above the ouster').to.be.below(ys[0] as number);
        expect(ys[2], 'the civil war above the leases').to.be.below(ys[1] as number);
        expect(ys[4], 'the agreement below the civil war').to.be.above(ys[3] as number);
        expect(ys[5], 'the ouster below the agreement').to.be.above(ys[4] as number);
        expect(ys[6], 'the meeting below the ouster').to.be.above(ys[5] as number);
      });

      it('Home and End go to the first and the last event', async () => {
        const h = await mount(d, story);
        await tabIntoEvents(h);
        await h.press(d.later);
        await h.press(d.later);
        await h.press('End');
        expect(h.focusedEvent?.id).to.equal(STORY.pledge.id);
        await h.press('Home');
        expect(h.focusedEvent?.id).to.equal(STORY.civilWar.id);
      });

      it('Enter opens the detail and says the title; Escape closes it and keeps focus on the event', async () => {
        const h = await mount(d, story);
        await tabIntoEvents(h);
        for (let i = 0; i < 5; i++) await h.press(d.later);
        expect(h.focusedEvent?.id).to.equal(STORY.ousted.id);
        const title = h.focusedEvent?.title ?? '';
        await h.press('Enter');
        expect(h.el.selected).to.equal(STORY.ousted.id);
        expect(h.detail?.querySelector('h3')?.textContent).to.equal(title);
        expect(h.focusedEvent?.id, 'focus stays on the event').to.equal(STORY.ousted.id);
        expect(h.focused?.getAttribute('aria-expanded')).to.equal('true');
        expect(h.announcement).to.equal(title);
        await h.press('Escape');
        expect(h.detail).to.equal(null);
        expect(h.el.selected).to.equal('');
        expect(h.focusedEvent?.id).to.equal(STORY.ousted.id);
        expect(h.focused?.matches(':focus-visible')).to.equal(true);
        expect(h.focused?.getAttribute('aria-expanded')).to.equal('false');
      });

      it('Space opens the detail; Escape from inside the card returns focus to its event', async () => {
        const h = await mount(d, story);
        await tabIntoEvents(h);
        await h.press('End');
        await h.press(d.earlier);
        expect(h.focusedEvent?.id).to.equal(STORY.meeting.id);
        await h.press(' ');
        expect(h.el.selected).to.equal(STORY.meeting.id);
        // The card comes next in the Tab order: its links, then its close button.
        await h.tab();
        expect(h.detail?.contains(h.focused), `focus in the card, not ${focusState(h)}`).to.equal(
          true,
        );
        await h.press('Escape');
        expect(h.detail).to.equal(null);
        expect(h.focusedEvent?.id).to.equal(STORY.meeting.id);
      });

      it('PageDown and PageUp move the view by one window, and focus stays on an event in view', async () => {
        const h = await mount(d, story, { viewStart: '2015-01-01', viewEnd: '2016-12-31' });
        await tabIntoEvents(h);
        const first = h.view();
        await h.press('PageDown');
        await h.settle();
        expect(h.view().start, 'the new window starts where the old one ended').to.be.closeTo(
          first.end,
          DAY,
        );
        expect(h.span()).to.be.closeTo(first.end - first.start, DAY);
        expect(h.focusedEvent, `focus on an event, not ${focusState(h)}`).to.not.equal(null);
        expect(h.inPlot(h.focused as Element), 'the focused event is in view').to.equal(true);
        await h.press('PageUp');
        await h.settle();
        expect(h.view().start).to.be.closeTo(first.start, DAY);
        expect(h.view().end).to.be.closeTo(first.end, DAY);
        expect(h.focusedEvent).to.not.equal(null);
      });

      it('+ and - zoom around the centre and 0 shows all, with focus kept on the event', async () => {
        // Each key jumps (reduced motion), so the renders are the same on every run; focus kept
        // through animation frames is the test under "animation frames" below.
        await emulateMediaFeatures({ reducedMotion: 'reduce' });
        const h = await mount(d, story, { viewStart: '2024-10-01', viewEnd: '2025-02-28' });
        await tabIntoEvents(h);
        for (let i = 0; i < 5; i++) await h.press(d.later);
        expect(h.focusedEvent?.id).to.equal(STORY.ousted.id);
        const span = h.span();
        await h.press('+');
        await h.settle();
        expect(h.span()).to.be.closeTo(span / 2, DAY);
        expect(h.focusedEvent?.id, `after +: ${focusState(h)}`).to.equal(STORY.ousted.id);
        await h.press('-');
        await h.press('-');
        await h.settle();
        expect(h.span()).to.be.closeTo(span * 2, 2 * DAY);
        expect(h.focusedEvent?.id, `after -: ${focusState(h)}`).to.equal(STORY.ousted.id);
        await h.press('0');
        await h.settle();
        expect(h.view().start).to.be.at.most(utc(2011, 3));
        expect(h.view().end).to.be.at.least(utc(2066));
        expect(h.focusedEvent?.id, `after 0: ${focusState(h)}`).to.equal(STORY.ousted.id);
        expect(h.focused?.matches(':focus-visible')).to.equal(true);
      });

      it('focus stays on its event when zooming out takes its label away (a new button)', async () => {
        await emulateMediaFeatures({ reducedMotion: 'reduce' });
        const h = await mount(d, MONTH, {
          viewStart: '2020-03-12',
          viewEnd: '2020-03-19',
          scale: 'linear',
        });
        await tabIntoEvents(h);
        await arrowTo(h, d.later, 'd15');
        const label = h.focused;
        expect(label?.classList.contains('label'), 'a label has focus').to.equal(true);
        expect(h.focusedEvent?.id).to.equal('d15');
        await h.press('0');
        await h.settle();
        expect(h.labelByTitle('Day 15'), 'thirty days in a few pixels: no label').to.equal(
          undefined,
        );
        expect(h.focusedEvent?.id, `focus after 0: ${focusState(h)}`).to.equal('d15');
        expect(h.focused?.classList.contains('hit'), 'its target over the mark').to.equal(true);
        expect(h.focused?.matches(':focus-visible')).to.equal(true);
      });

      it('moving focus to an event out of view brings it into view', async () => {
        const h = await mount(d, story, { viewStart: '2015-06-01', viewEnd: '2015-12-31' });
        await tabIntoEvents(h);
        expect(h.focusedEvent?.id).to.equal(STORY.civilWar.id);
        await h.press(d.later);
        await h.press(d.later);
        expect(h.focusedEvent?.id).to.equal(STORY.intervention.id);
        await h.press(d.later);
        await h.settle();
        expect(h.focusedEvent?.id).to.equal(STORY.leases.id);
        expect(h.view().start, 'January 2017 is in view').to.be.at.most(utc(2017, 1));
        expect(h.view().end).to.be.above(utc(2017, 1));
        expect(h.inPlot(h.focused as Element), 'its button is on screen').to.equal(true);
        await h.press('End');
        await h.settle();
        expect(h.focusedEvent?.id).to.equal(STORY.pledge.id);
        expect(h.view().start).to.be.at.most(utc(2025, 7, 31));
        expect(h.view().end).to.be.above(utc(2025, 7, 31));
        expect(h.inPlot(h.focused as Element)).to.equal(true);
        await h.press('Home');
        await h.settle();
        expect(h.focusedEvent?.id).to.equal(STORY.civilWar.id);
        expect(h.inPlot(h.focused as Element)).to.equal(true);
      });
    });
  }

  describe('animation frames', () => {
    it('an animated zoom to all never shows a window that ends before it starts, nor drops focus', async () => {
      const undo = stampFramesEarly(20);
      try {
        const h = await mount(DIRECTIONS[0] as Direction, MONTH, {
          viewStart: '2020-03-12',
          viewEnd: '2020-03-19',
          scale: 'linear',
        });
        await tabIntoEvents(h);
        await arrowTo(h, 'ArrowRight', 'd15');
        await h.press('0');
        await h.settle();
        const inverted = h.viewChanges
          .map((c) => c.detail)
          .filter((v) => Date.parse(v.start) >= Date.parse(v.end))
          .map((v) => `${v.start} .. ${v.end}`);
        expect({ inverted, focus: h.focusedEvent?.id ?? focusState(h) }).to.deep.equal({
          inverted: [],
          focus: 'd15',
        });
      } finally {
        undo();
      }
    });
  });

  describe('keys belong to the element', () => {
    it('adds no key listeners to the document or window, and keys pressed outside do nothing', async () => {
      const story = await loadJson(STORY_URL);
      const added: string[] = [];
      const original = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        ...args: Parameters<EventTarget['addEventListener']>
      ) {
        if ((this === document || this === window) && /^key/.test(args[0])) {
          added.push(`${this === document ? 'document' : 'window'}: ${args[0]}`);
        }
        return original.apply(this, args);
      };
      try {
        const h = await mount(DIRECTIONS[0] as Direction, story);
        await tabIntoEvents(h);
        await h.press('ArrowRight');
        await h.press('Enter');
        await h.press('Escape');
        await h.press('+');
        await h.settle();
        expect(added).to.deep.equal([]);
        const view = { start: h.el.viewStart, end: h.el.viewEnd };
        const changes = h.viewChanges.length;
        pageButton(h, 'after').focus();
        for (const key of ['-', '0', 'PageDown', 'ArrowLeft', 'Home']) await h.press(key);
        await h.settle();
        expect({ start: h.el.viewStart, end: h.el.viewEnd }).to.deep.equal(view);
        expect(h.viewChanges.length).to.equal(changes);
      } finally {
        EventTarget.prototype.addEventListener = original;
      }
    });
  });
});
