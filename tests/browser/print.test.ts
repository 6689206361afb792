import { expect } from '@open-wc/testing';
import { PRINT_WIDTH } from '../../src/element/controllers/print-controller.js';
import { emulateMediaFeatures, skipSuiteWhereListed } from './engine.js';
import { STORY, storyHarness } from './story-harness.js';

/** What the browser does around printing: `beforeprint`, the page laid out for paper, then back. */
async function print(el: HTMLElement): Promise<void> {
  dispatchEvent(new Event('beforeprint'));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await emulateMediaFeatures({ type: 'print' });
}

async function afterPrint(el: HTMLElement): Promise<void> {
  await emulateMediaFeatures();
  dispatchEvent(new Event('afterprint'));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';

describe('printing', () => {
  before(function () {
    skipSuiteWhereListed(this);
  });

  afterEach(async () => {
    await emulateMediaFeatures();
  });

  it('prints the title, the drawing at the paper width, and the events in view with their sources', async () => {
    const h = await storyHarness();
    const root = h.el.shadowRoot as ShadowRoot;
    const screenWidth = root.querySelector('svg.chart')?.getAttribute('width');
    await print(h.el);
    expect(root.querySelector('.print-title')?.textContent).to.equal('Russia and Syria, 2011–2066');
    expect(root.querySelector('svg.chart')?.getAttribute('width')).to.equal(String(PRINT_WIDTH));
    const items = [...root.querySelectorAll('.print-list > li')];
    expect(items.length).to.equal(10);
    const ousted = items.find(
      (li) => li.querySelector('strong')?.textContent === STORY.ousted.title,
    );
    expect(ousted?.querySelector('.date')?.textContent).to.equal('8 December 2024');
    // A link cannot be followed on paper: its address is written out.
    expect(ousted?.textContent).to.contain(
      '(https://en.wikipedia.org/wiki/Fall_of_the_Assad_regime)',
    );
    // Nothing to press on paper.
    expect(shown(root.querySelector('.toolbar')), 'controls').to.equal(false);
    expect(shown(root.querySelector('.overview')), 'overview').to.equal(false);
    await afterPrint(h.el);
    expect(root.querySelector('.print-list')).to.equal(null);
    expect(root.querySelector('svg.chart')?.getAttribute('width')).to.equal(screenWidth);
    expect(shown(root.querySelector('.toolbar'))).to.equal(true);
  });

  it('prints the events of the view only, and the window stays where it was', async () => {
    const h = await storyHarness({ viewStart: '2024-11-20', viewEnd: '2024-12-20' });
    const before = h.view();
    await print(h.el);
    const root = h.el.shadowRoot as ShadowRoot;
    const titles = [...root.querySelectorAll('.print-list strong')].map((s) => s.textContent);
    expect(titles).to.include(STORY.ousted.title);
    expect(titles).to.not.include(STORY.meeting.title);
    await afterPrint(h.el);
    expect(h.view()).to.deep.equal(before);
  });
});
