import { expect, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { type ControlName, TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyData, storyViewport } from './story-harness.js';

const ICONS: ControlName[] = ['Zoom in', 'Zoom out', 'Show all'];

/** Waits `ms` milliseconds. */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The tooltip of an icon button: shown when visible and opaque. */
function tip(button: HTMLButtonElement): { node: HTMLElement; shown: boolean; text: string } {
  const node = button.querySelector<HTMLElement>('.tip');
  if (!node) throw new Error(`no tooltip in '${button.getAttribute('aria-label')}'`);
  const style = getComputedStyle(node);
  return {
    node,
    shown: style.visibility === 'visible' && Number(style.opacity) === 1,
    text: node.textContent?.trim() ?? '',
  };
}

/**
 * A timeline between two page buttons, in a div that carries the language and direction. The
 * controls are the timeline's last Tab stops: a Tab from them lands on the page's next button,
 * not in the browser's own interface (where Firefox would keep focus from the page).
 */
async function mount(story: unknown, lang = 'en', dir = 'ltr'): Promise<TimelineHarness> {
  return TimelineHarness.create(
    html`<button id="before">Before</button>
      <div lang=${lang} dir=${dir}><event-timeline .data=${story}></event-timeline></div>
      <button id="after">After</button>`,
    { width: 1280 },
  );
}

/** Tabs from the page button before the timeline until `target` has focus. */
async function tabTo(h: TimelineHarness, target: Element): Promise<void> {
  (h.container.querySelector('#before') as HTMLElement).focus();
  for (let i = 0; i < 16 && h.activeElement !== target; i++) await h.tab();
  if (h.activeElement !== target) throw new Error('Tab never reached the button');
}

describe('the zoom buttons', () => {
  let story: unknown;

  before(async () => {
    await storyViewport();
    story = await storyData();
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('"Show all" draws arrows out to two bars (fit to width), not the corners of full screen', async () => {
    const h = await mount(story);
    const path = h.control('Show all').querySelector('path') as SVGPathElement;
    const drawn = (x: number, y: number) => path.isPointInStroke(new DOMPoint(x, y));
    // A shaft through the middle, bars down both sides, and arrowheads at the shaft's ends.
    expect([drawn(8, 8), drawn(1.5, 8), drawn(14.5, 8)]).to.deep.equal([true, true, true]);
    expect([drawn(5, 7), drawn(11, 9)]).to.deep.equal([true, true]);
  });

  it('keyboard focus shows each icon’s name in a tooltip, after a short wait, inside the element', async () => {
    const h = await mount(story);
    const host = h.el.getBoundingClientRect();
    for (const name of ICONS) {
      const button = h.control(name);
      expect(tip(button).shown, `${name}: hidden before focus`).to.equal(false);
      await tabTo(h, button);
      expect(button.matches(':focus-visible')).to.equal(true);
      await waitUntil(() => tip(button).shown, `${name}: the tooltip shows`, { timeout: 2000 });
      const { node, text } = tip(button);
      expect(text).to.equal(name);
      expect(node.getAttribute('aria-hidden')).to.equal('true');
      // The button's name is said once: the tooltip is not read as well.
      expect(h.accessibleName(button)).to.equal(name);
      expect(button.hasAttribute('title'), 'no second, native tooltip').to.equal(false);
      const box = node.getBoundingClientRect();
      expect(box.left, `${name} left`).to.be.at.least(host.left);
      expect(box.right, `${name} right`).to.be.at.most(host.right);
      // The controls are the element's last line, so the name opens above them, inside it.
      expect(box.bottom, `${name} above its button`).to.be.at.most(
        button.getBoundingClientRect().top,
      );
      expect(box.top, `${name} inside the element`).to.be.at.least(host.top);
    }
    // Focus leaves: the last tooltip goes.
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => !tip(h.control('Show all')).shown, 'the tooltip goes');
  });

  it('the tooltip waits a moment before it shows', async () => {
    const h = await mount(story);
    const button = h.control('Zoom in');
    await tabTo(h, button);
    expect(tip(button).shown, 'not at once').to.equal(false);
    await wait(150);
    expect(tip(button).shown, 'not after 150 ms').to.equal(false);
    await waitUntil(() => tip(button).shown, 'shown after the wait', { timeout: 2000 });
  });

  it('hovering an icon shows its tooltip; the mouse leaving hides it', async () => {
    const h = await mount(story);
    const button = h.control('Zoom out');
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await waitUntil(() => tip(button).shown, 'the tooltip shows on hover', { timeout: 2000 });
    expect(tip(button).text).to.equal('Zoom out');
    await sendMouse({ type: 'move', position: [Math.round(box.left - 300), Math.round(box.top)] });
    await waitUntil(() => !tip(button).shown, 'the tooltip goes');
  });

  for (const [lang, dir] of [
    ['ru', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`the tooltips say the buttons' names in the reader's language (${lang}), inside the element`, async () => {
      const h = await mount(story, lang, dir);
      await waitUntil(() => h.tableToggle.textContent?.trim() !== 'Table', `'${lang}' words load`);
      const host = h.el.getBoundingClientRect();
      const buttons = h.controlButtons.slice(1);
      const names = buttons.map((b) => b.getAttribute('aria-label'));
      expect(names.some((n) => ICONS.includes(n as ControlName))).to.equal(false);
      expect(buttons.map((b) => tip(b).text)).to.deep.equal(names);
      for (const button of buttons) {
        await tabTo(h, button);
        await waitUntil(() => tip(button).shown, 'the tooltip shows', { timeout: 2000 });
        const box = tip(button).node.getBoundingClientRect();
        expect(box.left).to.be.at.least(host.left);
        expect(box.right).to.be.at.most(host.right);
      }
    });
  }
});

describe('focus rings and pointer gestures', () => {
  let story: unknown;

  before(async () => {
    await storyViewport();
    story = await storyData();
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('every focus ring in the styles is for keyboard focus (:focus-visible)', async () => {
    const h = await mount(story);
    const sheets = [...(h.root.adoptedStyleSheets ?? []), ...h.root.styleSheets];
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
    const flat = (list: CSSRule[]): CSSStyleRule[] =>
      list.flatMap((r) =>
        r instanceof CSSStyleRule ? [r] : r instanceof CSSGroupingRule ? flat([...r.cssRules]) : [],
      );
    const focusRules = flat(rules).filter((r) => /:focus\b/.test(r.selectorText));
    expect(focusRules.length, 'rules about focus').to.be.greaterThan(3);
    const rings = focusRules
      .filter((r) => /:focus(?![-\w])/.test(r.selectorText))
      .filter((r) => r.style.outlineStyle !== 'none' || r.style.boxShadow !== '')
      .map((r) => r.selectorText);
    expect(rings).to.deep.equal([]);
  });

  it('Ctrl + wheel over the plot leaves focus where it was, and shows no ring', async () => {
    const h = await mount(story);
    (document.activeElement as HTMLElement | null)?.blur();
    const before = document.activeElement;
    const label = h.labelByTitle(STORY.civilWar.title) as HTMLElement;
    const box = label.getBoundingClientRect();
    for (let i = 0; i < 4; i++) {
      h.wheel({ deltaY: -200, ctrlKey: true, clientX: box.left + 4, clientY: h.emptyY });
    }
    await h.settle();
    expect(h.span(), 'it zoomed').to.be.lessThan(20 * 365 * 864e5);
    expect(document.activeElement).to.equal(before);
    expect(h.root.querySelectorAll(':focus-visible')).to.have.length(0);
  });

  it('after a click on a label, Ctrl + wheel that takes its event out of view sends focus to no other event', async () => {
    const h = await mount(story);
    await h.clickLabel(STORY.civilWar.title);
    expect(h.focusedEvent?.id).to.equal(STORY.civilWar.id);
    expect(h.focused?.matches(':focus-visible'), 'no ring after a click').to.equal(false);
    // Zoom far in on the Moscow meeting of July 2025, after the war's end.
    const meeting = h.labelByTitle(STORY.meeting.title) as HTMLElement;
    const x = meeting.getBoundingClientRect().left;
    for (let i = 0; i < 6; i++)
      h.wheel({ deltaY: -300, ctrlKey: true, clientX: x, clientY: h.emptyY });
    await h.settle();
    expect(h.view().start, 'the war is out of view').to.be.greaterThan(Date.UTC(2024, 11, 9));
    const focused = h.focusedEvent;
    expect(
      focused === null || focused.id === STORY.civilWar.id,
      `focus went to ${focused?.id}`,
    ).to.equal(true);
    expect(h.root.querySelectorAll(':focus-visible')).to.have.length(0);
  });

  it('Tab into the events still shows a ring', async () => {
    const h = await mount(story);
    h.wheel({ deltaY: -100, ctrlKey: true, clientX: h.xAt(0.5), clientY: h.emptyY });
    await h.settle();
    (h.container.querySelector('#before') as HTMLElement).focus();
    for (let i = 0; i < 8 && !h.focusedEvent; i++) await h.tab();
    const focused = h.focused as HTMLElement;
    expect(h.focusedEvent, 'an event has focus').to.not.equal(null);
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(focused).outlineStyle).to.not.equal('none');
  });
});
