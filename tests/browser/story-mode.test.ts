import { expect, html, waitUntil } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { chord, emulateMediaFeatures } from './engine.js';
import { frames, loadJson, STORY_AR_URL } from './fixtures.js';
import { axeViolations } from './harness/a11y.js';
import { dispatchPointer } from './harness/input.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, STORY_IDS, storyData, storyHarness, storyViewport } from './story-harness.js';

/** The story's event titles in time order. */
const TITLES = Object.values(STORY).map((e) => e.title);

/** What story mode shows: its region, the slide, its buttons and the live region. */
function story(el: EventTimeline) {
  const root = el.shadowRoot as ShadowRoot;
  const region = root.querySelector<HTMLElement>('.story');
  const slide = root.querySelector<HTMLElement>('.story .slide');
  return {
    root,
    region,
    slide,
    heading: slide?.querySelector('h2, h3')?.textContent?.trim() ?? '',
    next: root.querySelector<HTMLButtonElement>('.turn.next'),
    previous: root.querySelector<HTMLButtonElement>('.turn.previous'),
    said: root.querySelector('[role="status"]')?.textContent ?? '',
  };
}

async function storyMode(options: Parameters<typeof storyHarness>[0] = {}) {
  const h = await storyHarness({ mode: 'story', ...options });
  await h.el.updateComplete;
  return h;
}

/** Presses a story button and waits for the slide it brings. */
async function press(el: EventTimeline, button: HTMLButtonElement | null) {
  expect(button, 'the button is there').to.exist;
  button?.click();
  await el.updateComplete;
}

describe('story mode', () => {
  afterEach(async () => {
    history.replaceState(history.state, '', location.pathname + location.search);
    await emulateMediaFeatures();
  });

  it('opens on a title slide from the data, as the APG carousel pattern names it', async () => {
    const h = await storyMode();
    const s = story(h.el);
    const data = (await storyData()) as { title: string; description: string };
    expect(s.region?.getAttribute('aria-roledescription')).to.equal('story');
    expect(s.region?.getAttribute('aria-label')).to.equal(data.title);
    expect(s.slide?.getAttribute('role')).to.equal('group');
    expect(s.slide?.getAttribute('aria-roledescription')).to.equal('slide');
    expect(s.slide?.getAttribute('aria-label')).to.equal('1 of 11');
    expect(s.heading).to.equal(data.title);
    expect(s.slide?.textContent).to.contain(data.description.slice(0, 40));
    expect(s.previous?.getAttribute('aria-disabled')).to.equal('true');
    expect(s.next?.textContent).to.contain(STORY.civilWar.title);
    expect(h.el.selected).to.equal('');
    // The chart's popover card does not open over the strip: the slide is the card.
    expect(h.detail).to.equal(null);
  });

  it('steps through every event in time order with Next, then back with Previous', async () => {
    const h = await storyMode();
    const seen: string[] = [];
    for (let i = 0; i < TITLES.length; i++) {
      const before = story(h.el);
      expect(before.next?.textContent, `slide ${i + 1} names the next`).to.contain(TITLES[i]);
      await press(h.el, before.next);
      const s = story(h.el);
      seen.push(s.heading);
      expect(s.slide?.getAttribute('aria-label')).to.equal(`${i + 2} of 11`);
      expect(h.el.selected).to.equal(STORY_IDS[i]);
    }
    expect(seen).to.deep.equal(TITLES);
    expect(story(h.el).next?.getAttribute('aria-disabled')).to.equal('true');
    expect(h.selections.map((e) => e.detail.id)).to.deep.equal([...STORY_IDS]);
    await press(h.el, story(h.el).next);
    expect(h.el.selected, 'Next at the end stays').to.equal(STORY.pledge.id);
    await press(h.el, story(h.el).previous);
    expect(story(h.el).heading).to.equal(STORY.meeting.title);
    expect(story(h.el).previous?.textContent).to.contain(STORY.transition.title);
  });

  it('turns with ← and → while focus is in the slide, and keeps focus there', async () => {
    const h = await storyMode();
    story(h.el).slide?.focus();
    await chord('ArrowRight');
    await h.el.updateComplete;
    await chord('ArrowRight');
    await h.el.updateComplete;
    expect(story(h.el).heading).to.equal(STORY.hmeimim.title);
    await chord('ArrowLeft');
    await h.el.updateComplete;
    expect(story(h.el).heading).to.equal(STORY.civilWar.title);
    expect(story(h.el).root.activeElement).to.equal(story(h.el).slide);
    // The keys turned slides only: the strip's window did not pan.
    expect(h.viewChanges.length).to.be.at.most(2);
  });

  it('a slide replaced under a focused link hands focus to the slide', async () => {
    const h = await storyMode();
    await press(h.el, story(h.el).next);
    const link = story(h.el).slide?.querySelector<HTMLAnchorElement>('.sources a');
    expect(link, 'the civil war slide links its source').to.exist;
    link?.focus();
    await chord('ArrowRight');
    await h.el.updateComplete;
    expect(story(h.el).heading).to.equal(STORY.hmeimim.title);
    expect(story(h.el).root.activeElement).to.equal(story(h.el).slide);
  });

  it('mirrors the keys right to left', async () => {
    await storyViewport();
    const data = await loadJson(STORY_AR_URL);
    const h = await TimelineHarness.create(
      html`<div dir="rtl" lang="ar"><event-timeline mode="story" .data=${data}></event-timeline></div>`,
    );
    // The Arabic words are a chunk of their own.
    await waitUntil(() => story(h.el).slide?.getAttribute('aria-label') === '1 من 11', 'Arabic');
    story(h.el).slide?.focus();
    await chord('ArrowLeft');
    await h.el.updateComplete;
    expect(story(h.el).slide?.getAttribute('aria-label')).to.equal('2 من 11');
    await chord('ArrowRight');
    await h.el.updateComplete;
    expect(story(h.el).slide?.getAttribute('aria-label')).to.equal('1 من 11');
  });

  it('a sideways swipe on a touch screen turns the slide; a mouse drag or an upward swipe does not', async () => {
    const h = await storyMode();
    const swipe = async (dx: number, dy: number, pointerType: 'touch' | 'mouse' = 'touch') => {
      const slide = story(h.el).slide as HTMLElement;
      const box = slide.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + 40;
      dispatchPointer(slide, 'pointerdown', { clientX: x, clientY: y, pointerType });
      dispatchPointer(slide, 'pointerup', { clientX: x + dx, clientY: y + dy, pointerType });
      await h.el.updateComplete;
    };
    await swipe(-120, 10);
    expect(h.el.selected).to.equal(STORY.civilWar.id);
    await swipe(-120, 0);
    expect(h.el.selected).to.equal(STORY.hmeimim.id);
    await swipe(120, 5);
    expect(h.el.selected).to.equal(STORY.civilWar.id);
    await swipe(-30, 0);
    await swipe(-60, -200);
    await swipe(-200, 0, 'mouse');
    expect(h.el.selected).to.equal(STORY.civilWar.id);
  });

  it("follows the data's story list, which can leave events out", async () => {
    const data = structuredClone(await storyData()) as Record<string, unknown>;
    data.story = [STORY.meeting.id, STORY.civilWar.id, STORY.ousted.id];
    const h = await TimelineHarness.create({ data, mode: 'story', width: 1280 });
    await h.el.updateComplete;
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await press(h.el, story(h.el).next);
      seen.push(story(h.el).heading);
    }
    expect(seen).to.deep.equal([STORY.meeting.title, STORY.civilWar.title, STORY.ousted.title]);
    expect(story(h.el).slide?.getAttribute('aria-label')).to.equal('4 of 4');
    expect(story(h.el).next?.getAttribute('aria-disabled')).to.equal('true');
  });

  it('picking an event on the strip opens its slide; a slide reveals its event on the strip', async () => {
    const h = await storyMode({ viewStart: '2011-01-01', viewEnd: '2013-12-31' });
    h.el.select(STORY.meeting.id);
    await h.el.updateComplete;
    expect(story(h.el).heading).to.equal(STORY.meeting.title);
    await h.settle();
    const { start, end } = h.view();
    expect(start).to.be.at.most(Date.UTC(2025, 6, 31));
    expect(end).to.be.at.least(Date.UTC(2025, 7, 1));
    await h.click(STORY.pledge.title);
    await h.el.updateComplete;
    expect(story(h.el).heading).to.equal(STORY.pledge.title);
    expect(story(h.el).slide?.getAttribute('aria-label')).to.equal('11 of 11');
    h.el.select(null);
    await h.el.updateComplete;
    expect(story(h.el).slide?.getAttribute('aria-label')).to.equal('1 of 11');
  });

  it('says each new slide once, politely, in the one live region', async () => {
    const h = await storyMode();
    expect(story(h.el).said, 'nothing on load').to.equal('');
    await press(h.el, story(h.el).next);
    await press(h.el, story(h.el).next);
    expect(story(h.el).said).to.equal(`3 of 11: ${STORY.hmeimim.title}`);
    const live = [
      ...story(h.el).root.querySelectorAll('[aria-live], [role="status"], [role="alert"]'),
    ];
    const saying = live.filter((n) => n.textContent?.includes(STORY.hmeimim.title));
    expect(saying.length, 'one live region says it').to.equal(1);
    expect(story(h.el).slide?.closest('[aria-live]')).to.equal(null);
  });

  it('writes a hash link per slide, and opens the slide a hash names', async () => {
    const h = await storyMode({ id: 'syria', hashLinks: true });
    await press(h.el, story(h.el).next);
    expect(location.hash).to.equal(`#syria/${STORY.civilWar.id}`);
    await press(h.el, story(h.el).previous);
    expect(location.hash).to.equal('');
    history.replaceState(history.state, '', `#told/${STORY.ousted.id}`);
    const again = await storyMode({ id: 'told', hashLinks: true });
    expect(story(again.el).heading).to.equal(STORY.ousted.title);
    expect(story(again.el).slide?.getAttribute('aria-label')).to.equal('7 of 11');
  });

  it('slides come in with a movement, and without one under reduced motion', async () => {
    const h = await storyMode();
    await press(h.el, story(h.el).next);
    const body = story(h.el).slide?.querySelector('.slide-body') as HTMLElement;
    expect(body.getAnimations().length, 'an entrance').to.be.greaterThan(0);
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    await press(h.el, story(h.el).next);
    const still = story(h.el).slide?.querySelector('.slide-body') as HTMLElement;
    expect(still.getAnimations().length, 'no entrance').to.equal(0);
  });

  it('has no WCAG 2.x A/AA violations on the title slide, an event slide, and in Arabic', async () => {
    const h = await storyMode();
    expect(await axeViolations(h.el)).to.deep.equal([]);
    await press(h.el, story(h.el).next);
    await press(h.el, story(h.el).next);
    await frames(20);
    expect(await axeViolations(h.el)).to.deep.equal([]);
    const data = await loadJson(STORY_AR_URL);
    const ar = await TimelineHarness.create(
      html`<div dir="rtl" lang="ar"><event-timeline mode="story" .data=${data}></event-timeline></div>`,
    );
    await waitUntil(() => story(ar.el).slide?.getAttribute('aria-label') === '1 من 11', 'Arabic');
    await press(ar.el, story(ar.el).next);
    await frames(20);
    expect(await axeViolations(ar.el)).to.deep.equal([]);
  });

  it('switching back to the chart removes the slides', async () => {
    const h = await storyMode();
    h.el.mode = 'chart';
    await h.el.updateComplete;
    expect(story(h.el).region).to.equal(null);
    await h.click(STORY.ousted.title);
    expect(h.detail?.querySelector('h3')?.textContent).to.equal(STORY.ousted.title);
  });
});

describe('story mode on a phone', () => {
  it('is a sequence of slides under the strip pinned at the top', async () => {
    const h = await storyHarness({
      mode: 'story',
      width: 375,
      viewport: { width: 500, height: 700 },
    });
    await h.el.updateComplete;
    const root = h.el.shadowRoot as ShadowRoot;
    const slides = [...root.querySelectorAll<HTMLElement>('.sequence .slide')];
    expect(slides.length).to.equal(11);
    expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(
      slides.map((_, i) => `${i + 1} of 11`),
    );
    expect(slides.every((s) => s.getAttribute('aria-roledescription') === 'slide')).to.equal(true);
    const strip = root.querySelector<HTMLElement>('.story-strip');
    expect(strip, 'the strip').to.exist;
    expect(getComputedStyle(strip as HTMLElement).position).to.equal('sticky');
    expect(await axeViolations(h.el)).to.deep.equal([]);
    h.el.select(STORY.meeting.id);
    await h.el.updateComplete;
    await waitUntil(() => {
      const slide = root.querySelector(
        `[data-slide="${h.el.events.findIndex((e) => e.id === STORY.meeting.id)}"]`,
      );
      const top = slide?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < innerHeight / 2;
    }, 'the chosen slide comes into view');
    expect(root.querySelector('.slide.current h3')?.textContent).to.equal(STORY.meeting.title);
    window.scrollTo(0, 0);
  });

  it('the strip pinned above follows the slide being read', async () => {
    const h = await storyHarness({
      mode: 'story',
      width: 375,
      viewport: { width: 500, height: 700 },
      viewStart: '2024-11-01',
      viewEnd: '2025-09-01',
    });
    await h.el.updateComplete;
    const root = h.el.shadowRoot as ShadowRoot;
    const index = h.el.events.findIndex((e) => e.id === STORY.hmeimim.id);
    const slide = root.querySelector<HTMLElement>(`[data-slide="${index}"]`) as HTMLElement;
    // Scrolled by the reader, to the middle of the screen: not selected, but shown on the strip.
    window.scrollBy(0, slide.getBoundingClientRect().top - innerHeight / 2 + 20);
    await waitUntil(() => {
      const { start, end } = h.view();
      return start <= Date.UTC(2015, 7, 26) && end >= Date.UTC(2015, 7, 27);
    }, 'the strip shows 26 August 2015');
    expect(h.el.selected).to.equal('');
    expect(h.selections.length).to.equal(0);
    window.scrollTo(0, 0);
  });
});
