import { expect, waitUntil } from '@open-wc/testing';
import { EventTimeline } from '../../src/element/event-timeline.js';
import { event, frames, loadJson, STORY_URL, TIMELINEJS_URL } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY } from './story-harness.js';

// The browser tests run Lit's development build (web-test-runner.config.js resolves the
// "development" export condition), which warns when an update asks for another from updated():
// "scheduled an update … after an update completed" (https://lit.dev/msg/change-in-update).

const DEV_MODE_NOTICE = 'Lit is in dev mode';

/** Lit's development build keeps every warning it has issued here, and issues each only once. */
type LitDevWindow = Window & { litIssuedWarnings?: Set<string> };

/**
 * Records every console.warn and console.error from now on, each with the step it came in. Lit
 * warns of each thing once per page, so what it warned of is forgotten after each step, to be
 * warned of again.
 */
function watchConsole() {
  const issued = (window as LitDevWindow).litIssuedWarnings;
  issued?.clear();
  const said: string[] = [];
  let current = 'start';
  const { warn, error } = console;
  const record =
    (kind: string, original: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!text.includes(DEV_MODE_NOTICE)) said.push(`${current}: ${kind}: ${text}`);
      original.apply(console, args);
    };
  console.warn = record('warn', warn);
  console.error = record('error', error);
  return {
    issued,
    said,
    /** Runs one step of a scenario; what is said meanwhile is recorded under its name. */
    async step(name: string, body: () => Promise<unknown>): Promise<void> {
      current = name;
      await body();
      issued?.clear();
    },
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** The page's URL with `hash`, without a history entry or a hashchange. */
function setHash(hash: string): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

describe('the console', () => {
  let url = '';
  let watch: ReturnType<typeof watchConsole> | null = null;

  beforeEach(() => {
    url = location.href;
    watch = watchConsole();
  });

  afterEach(() => {
    watch?.restore();
    history.replaceState(history.state, '', url);
  });

  it("runs Lit's development build, with its change-in-update warning on", () => {
    expect(watch?.issued, 'window.litIssuedWarnings').to.be.instanceOf(Set);
    expect(EventTimeline.enabledWarnings).to.include('change-in-update');
  });

  it('a whole session says nothing: no update asks for another, no warning, no error', async function () {
    this.timeout(30_000);
    const story = await loadJson(STORY_URL);
    const step = (name: string, body: () => Promise<unknown>) => watch?.step(name, body);
    let h = null as unknown as TimelineHarness;
    const until = (done: () => boolean, what: string) => waitUntil(done, what, { timeout: 5000 });

    await step('load from a link that names an event', async () => {
      setHash('#story/assad-ousted');
      h = await TimelineHarness.create({
        data: story,
        id: 'story',
        hashLinks: true,
        viewStart: '2015-01-01',
        viewEnd: '2016-12-31',
      });
      expect(h.el.selected, 'selected from the URL').to.equal(STORY.ousted.id);
      expect(h.selections.map((s) => s.detail.id)).to.deep.equal([STORY.ousted.id]);
      await frames(3);
    });
    await step('resize to the vertical layout and back, with focus on an event', async () => {
      // Each layout draws the event anew: focus goes to its new button.
      h.buttonByTitle(STORY.ousted.title).focus();
      h.container.style.width = '480px';
      await until(() => h.el.matches(':state(vertical)'), 'vertical under 600 px');
      await h.el.updateComplete;
      expect(h.focusedEvent?.id, 'focus in the vertical layout').to.equal(STORY.ousted.id);
      h.container.style.width = '1280px';
      await until(() => h.el.matches(':state(horizontal)'), 'horizontal again');
      await h.el.updateComplete;
      expect(h.focusedEvent?.id, 'focus in the horizontal layout').to.equal(STORY.ousted.id);
    });
    await step('zoom and pan with the API', async () => {
      await h.el.zoomBy(2);
      await h.el.zoomTo('2015-09', '2016-03');
      await h.el.panBy(0.5);
      await h.el.zoomToFit();
    });
    await step('a window set by the page', async () => {
      h.el.setAttribute('view-start', '2024-01-01');
      h.el.setAttribute('view-end', '2025-12-31');
      await h.el.updateComplete;
      await frames(2);
    });
    await step('select with the API', async () => {
      h.el.select(STORY.meeting.id);
      await h.el.updateComplete;
    });
    await step('move between events and open one with the keyboard', async () => {
      h.buttonByTitle(STORY.meeting.title).focus();
      await h.press('ArrowLeft');
      await h.press('ArrowLeft');
      await h.press('Enter');
      await h.press('Escape');
    });
    await step('zoom out with focus on an event', async () => {
      await h.el.zoomBy(0.25);
      await frames(2);
    });
    await step('the table, open and closed', async () => {
      await h.press('Enter', h.tableToggle);
      expect(h.table, 'the table is open').to.not.equal(null);
      await h.press('Enter', h.tableToggle);
    });
    await step('Arabic and back', async () => {
      h.el.setAttribute('lang', 'ar');
      await until(() => h.tableToggle.textContent?.trim() === 'جدول', 'the Arabic words');
      h.el.removeAttribute('lang');
      await until(() => h.tableToggle.textContent?.trim() === 'Table', 'the English words');
    });
    await step('new data: TimelineJS, then native', async () => {
      h.el.data = await loadJson(TIMELINEJS_URL);
      await h.el.updateComplete;
      h.el.data = { events: [event('One', '2020-01-01'), event('Two', '2021-06-01')] };
      await h.el.updateComplete;
      await frames(3);
      expect(h.el.events.map((e) => e.title)).to.deep.equal(['One', 'Two']);
    });

    expect(watch?.said).to.deep.equal([]);
  });
});
