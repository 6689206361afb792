import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chord } from './engine.js';
import { expectedMatches, FindHarness } from './find-harness.js';
import { event } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyHarness } from './story-harness.js';

/** The story, with its lane toggles. */
async function filtered(options: Parameters<typeof storyHarness>[0] = {}) {
  const h = await storyHarness(options);
  return { h, f: new FindHarness(h) };
}

/** The ids of the story's events in the given categories, in time order. */
function idsIn(h: TimelineHarness, ...categories: string[]): string[] {
  return h.el.events.filter((e) => categories.includes(e.category)).map((e) => e.id);
}

/** The ids of the story's events outside the given categories, in time order. */
function idsOutside(h: TimelineHarness, ...categories: string[]): string[] {
  return h.el.events.filter((e) => !categories.includes(e.category)).map((e) => e.id);
}

/** Clicks a node with the Alt (Option) key held, as a mouse does. */
function altClick(node: HTMLElement): void {
  node.dispatchEvent(
    new MouseEvent('click', { altKey: true, bubbles: true, composed: true, cancelable: true }),
  );
}

/** The client top of the lane name that holds the toggle `label`. */
function laneTop(f: FindHarness, label: string): number {
  const name = f.toggle(label).closest('.lane-name') as HTMLElement;
  return name.getBoundingClientRect().top;
}

/** Tabs from the page's start until a lane toggle has focus; throws if none is reached. */
async function tabToToggle(h: TimelineHarness): Promise<HTMLButtonElement> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 20; i++) {
    const focused = await h.tab();
    if (focused?.matches('button.lane-toggle')) return focused as HTMLButtonElement;
  }
  throw new Error('Tab never reached a lane toggle');
}

describe('filter: the lane toggles', () => {
  it('every named lane is a pressed toggle, part lane, inside its name', async () => {
    const { h, f } = await filtered();
    expect(Object.keys(f.pressed)).to.deep.equal(['Conflict', 'Military', 'Politics', 'Diplomacy']);
    expect(Object.values(f.pressed)).to.deep.equal(['true', 'true', 'true', 'true']);
    expect(h.laneNames).to.deep.equal(['Conflict', 'Military', 'Politics', 'Diplomacy']);
    expect(h.el.categories).to.deep.equal([]);
    expect(f.filteredText).to.equal('');
    expect(f.showAllButton).to.equal(null);
  });

  it('a click hides a category, and a second click shows it again', async () => {
    const { h, f } = await filtered();
    f.toggle('Military').click();
    await h.el.updateComplete;
    expect(f.pressed).to.deep.equal({
      Conflict: 'true',
      Military: 'false',
      Politics: 'true',
      Diplomacy: 'true',
    });
    expect(h.el.categories).to.deep.equal(['conflict', 'politics', 'diplomacy']);
    expect(f.filterChanges).to.deep.equal([{ categories: ['conflict', 'politics', 'diplomacy'] }]);
    // The military events are no longer drawn; every other event still is.
    expect(f.shownIds()).to.deep.equal(idsOutside(h, 'military'));
    expect(f.filteredText).to.equal('1 category hidden');
    expect(f.showAllButton?.textContent?.trim()).to.equal('Show all categories');
    // The card is not what the click was about: nothing is selected.
    expect(h.el.selected).to.equal('');

    f.toggle('Military').click();
    await h.el.updateComplete;
    expect(Object.values(f.pressed)).to.deep.equal(['true', 'true', 'true', 'true']);
    expect(h.el.categories).to.deep.equal([]);
    expect(f.filterChanges.at(-1)).to.deep.equal({ categories: [] });
    expect(f.shownIds()).to.deep.equal(h.el.events.map((e) => e.id));
    expect(f.showAllButton).to.equal(null);
  });

  it('Alt+click shows only that category, and again shows all', async () => {
    const { h, f } = await filtered();
    altClick(f.toggle('Politics'));
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal(['politics']);
    expect(f.pressed).to.deep.equal({
      Conflict: 'false',
      Military: 'false',
      Politics: 'true',
      Diplomacy: 'false',
    });
    expect(f.shownIds()).to.deep.equal(idsIn(h, 'politics'));
    expect(f.filteredText).to.equal('3 categories hidden');
    altClick(f.toggle('Politics'));
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal([]);
    expect(f.filterChanges.map((c) => c.categories)).to.deep.equal([['politics'], []]);
  });

  it('Show all restores every category', async () => {
    const { h, f } = await filtered();
    f.toggle('Conflict').click();
    await h.el.updateComplete;
    f.toggle('Diplomacy').click();
    await h.el.updateComplete;
    expect(f.filteredText).to.equal('2 categories hidden');
    f.showAllButton?.click();
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal([]);
    expect(Object.values(f.pressed)).to.deep.equal(['true', 'true', 'true', 'true']);
    expect(f.shownIds()).to.deep.equal(h.el.events.map((e) => e.id));
    expect(f.showAllButton).to.equal(null);
    expect(f.filterChanges.at(-1)).to.deep.equal({ categories: [] });
  });

  it('a hidden lane collapses to its name, and the overview draws it faint', async () => {
    const { h, f } = await filtered();
    const gap = laneTop(f, 'Politics') - laneTop(f, 'Military');
    f.toggle('Military').click();
    await h.waitFrames(2);
    const name = f.toggle('Military').closest('.lane-name') as HTMLElement;
    expect(name.classList.contains('off')).to.equal(true);
    expect(h.root.querySelectorAll('.lane-name.off')).to.have.length(1);
    // Its name still shows, to show it again; the lanes below move up.
    expect(f.toggle('Military').getBoundingClientRect().height).to.be.greaterThan(0);
    expect(laneTop(f, 'Politics') - laneTop(f, 'Military')).to.be.lessThan(gap - 10);
    expect(h.overview, 'the story has an overview').to.not.equal(null);
    const off = [...(h.overview as HTMLElement).querySelectorAll('.overview-ticks.off')];
    expect(off.length).to.be.greaterThan(0);
    for (const path of off) expect(Number(getComputedStyle(path).opacity)).to.be.lessThan(0.5);
    const on = (h.overview as HTMLElement).querySelectorAll('.overview-ticks:not(.off)');
    expect(on.length).to.be.greaterThan(0);
  });
});

describe('filter: the keyboard', () => {
  it('Tab reaches the toggles; Enter and Space toggle, focus stays on the toggle', async () => {
    const { h, f } = await filtered();
    const toggle = await tabToToggle(h);
    const label = toggle.textContent?.trim() ?? '';
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await h.el.updateComplete;
    expect(f.toggle(label).getAttribute('aria-pressed')).to.equal('false');
    expect(h.el.categories).to.not.include(toggle.textContent?.trim().toLowerCase());
    expect(h.focused).to.equal(f.toggle(label));
    await sendKeys({ press: ' ' });
    await h.el.updateComplete;
    expect(f.toggle(label).getAttribute('aria-pressed')).to.equal('true');
    expect(h.el.categories).to.deep.equal([]);
    expect(h.focused).to.equal(f.toggle(label));
    expect(f.filterChanges).to.have.length(2);
  });

  it('Alt+Enter on a toggle shows only its category, and again shows all', async () => {
    const { h, f } = await filtered();
    const toggle = f.toggle('Diplomacy');
    toggle.focus();
    await chord('Alt', 'Enter');
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal(['diplomacy']);
    expect(f.shownIds()).to.deep.equal(idsIn(h, 'diplomacy'));
    expect(h.focused).to.equal(f.toggle('Diplomacy'));
    await chord('Alt', 'Enter');
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal([]);
  });

  it('the arrows, Home and End skip the events filtered out', async () => {
    const { h, f } = await filtered();
    h.el.categories = ['conflict', 'politics'];
    await h.el.updateComplete;
    const shown = idsIn(h, 'conflict', 'politics');
    h.buttonById(shown[0] as string).focus();
    const visited = [h.focusedEvent?.id];
    for (let i = 1; i < shown.length; i++) {
      await h.press('ArrowRight');
      visited.push(h.focusedEvent?.id);
    }
    expect(visited).to.deep.equal(shown);
    await h.press('Home');
    expect(h.focusedEvent?.id).to.equal(shown[0]);
    await h.press('End');
    expect(h.focusedEvent?.id).to.equal(shown.at(-1));
    await h.press('ArrowLeft');
    expect(h.focusedEvent?.id).to.equal(shown.at(-2));
    expect(f.filterChanges).to.have.length(1);
  });

  it('ArrowDown passes over a hidden lane to the next lane with events', async () => {
    const { h, f } = await filtered();
    f.toggle('Military').click();
    await h.el.updateComplete;
    h.buttonById(STORY.offensive.id).focus();
    await h.press('ArrowDown');
    expect(h.focusedEvent?.category).to.equal('politics');
    await h.press('ArrowUp');
    expect(h.focusedEvent?.category).to.equal('conflict');
  });

  it('the one Tab stop into the events is the first event shown', async () => {
    const { h, f } = await filtered();
    f.toggle('Conflict').click();
    await h.el.updateComplete;
    const stops = h.buttons.filter((b) => b.tabIndex === 0 && b.closest('li[data-index]'));
    expect(stops.map((b) => h.eventOf(b).id)).to.deep.equal([idsOutside(h, 'conflict')[0]]);
  });
});

describe('filter: with the selection and the search', () => {
  it('a selected event that gets filtered out is deselected', async () => {
    const { h, f } = await filtered();
    h.el.select(STORY.ousted.id);
    await h.el.updateComplete;
    expect(h.detail).to.not.equal(null);
    f.toggle('Politics').click();
    await h.el.updateComplete;
    await waitUntil(() => h.el.selected === '', 'the selection is cleared');
    expect(h.detail).to.equal(null);
    expect(h.selections.at(-1)?.detail.id).to.equal(null);
  });

  it('a selected event that stays shown stays selected', async () => {
    const { h, f } = await filtered();
    h.el.select(STORY.ousted.id);
    await h.el.updateComplete;
    f.toggle('Military').click();
    await h.waitFrames(2);
    expect(h.el.selected).to.equal(STORY.ousted.id);
    expect(h.detail).to.not.equal(null);
  });

  it('the search counts only the categories shown', async () => {
    const { h, f } = await filtered();
    await f.type('assad');
    const all = expectedMatches(h.el.events, 'assad');
    expect(f.count).to.equal(`${all.length} of 10`);
    f.toggle('Politics').click();
    await h.el.updateComplete;
    const politics = idsIn(h, 'politics');
    const left = all.filter((id) => !politics.includes(id));
    expect(left.length).to.be.lessThan(all.length);
    expect(f.count).to.equal(`${left.length} of ${10 - politics.length}`);
    expect(f.searches.at(-1)?.detail).to.deep.equal({ query: 'assad', count: left.length });
    expect(f.matchedIds.sort()).to.deep.equal(left.filter((id) => f.itemIds.includes(id)).sort());
    // Stepping goes only to matches still shown.
    const visited = new Set<string>();
    for (let i = 0; i < left.length + 1; i++) {
      await f.press('Enter');
      visited.add(h.el.selected);
    }
    expect([...visited].sort()).to.deep.equal([...left].sort());
  });

  it('the table lists only the categories shown', async () => {
    const { h, f } = await filtered();
    f.toggle('Military').click();
    await h.el.updateComplete;
    h.tableToggle.click();
    await waitUntil(() => h.table !== null, 'the table opens');
    const titles = h.tableTitleButtons.map((b) => b.textContent?.trim());
    const expected = h.el.events.filter((e) => e.category !== 'military').map((e) => e.title);
    expect(titles).to.deep.equal(expected);
  });
});

describe('filter: events without a category', () => {
  it("their lane's toggle hides them, and they are shown as ''", async () => {
    const h = await TimelineHarness.create({
      data: {
        categories: [{ id: 'a', label: 'Alpha' }],
        events: [
          event('In alpha', '2024-01-01', { id: 'in', category: 'a' }),
          event('In none', '2024-03-01', { id: 'none' }),
        ],
      },
    });
    const f = new FindHarness(h);
    expect(Object.keys(f.pressed)).to.deep.equal(['Alpha', 'Other']);
    f.toggle('Other').click();
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal(['a']);
    expect(f.shownIds()).to.deep.equal(['in']);
    altClick(f.toggle('Other'));
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal(['']);
    expect(f.shownIds()).to.deep.equal(['none']);
    expect(f.filterChanges.map((c) => c.categories)).to.deep.equal([['a'], ['']]);
  });
});

describe('filter: the categories property', () => {
  it('setting it hides the other categories and presses their toggles', async () => {
    const { h, f } = await filtered();
    h.el.categories = ['diplomacy', 'conflict'];
    await h.el.updateComplete;
    expect(f.pressed).to.deep.equal({
      Conflict: 'true',
      Military: 'false',
      Politics: 'false',
      Diplomacy: 'true',
    });
    expect(f.shownIds()).to.deep.equal(idsIn(h, 'conflict', 'diplomacy'));
    expect(f.filteredText).to.equal('2 categories hidden');
    h.el.categories = [];
    await h.el.updateComplete;
    expect(f.shownIds()).to.deep.equal(h.el.events.map((e) => e.id));
    expect(f.filteredText).to.equal('');
  });

  it('a toggle writes it, in the data order of the categories', async () => {
    const { h, f } = await filtered();
    h.el.categories = ['politics'];
    await h.el.updateComplete;
    f.toggle('Conflict').click();
    await h.el.updateComplete;
    expect(h.el.categories).to.deep.equal(['conflict', 'politics']);
    expect(f.filterChanges.at(-1)).to.deep.equal({ categories: ['conflict', 'politics'] });
  });
});

describe('filter: the vertical layout', () => {
  it('at 375 px the categories are chips that toggle them', async () => {
    const { h } = await filtered({ width: 375 });
    const chips = [
      ...h.root.querySelectorAll<HTMLButtonElement>(
        '.lane-toggles button.lane-toggle[aria-pressed]',
      ),
    ];
    expect(chips.map((c) => c.textContent?.trim())).to.deep.equal([
      'Conflict',
      'Military',
      'Politics',
      'Diplomacy',
    ]);
    expect(h.cards).to.have.length(10);
    const military = chips[1] as HTMLButtonElement;
    military.click();
    await h.el.updateComplete;
    const after = h.root.querySelectorAll('.lane-toggles button.lane-toggle')[1];
    expect(after?.getAttribute('aria-pressed')).to.equal('false');
    expect(h.el.categories).to.deep.equal(['conflict', 'politics', 'diplomacy']);
    expect(h.cards.map((c) => h.eventOf(c).id)).to.deep.equal(idsOutside(h, 'military'));
    // Chips are touch targets of at least 24 px (WCAG 2.5.8).
    for (const chip of h.root.querySelectorAll('.lane-toggles button.lane-toggle')) {
      const box = chip.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
    }
    expect(await h.axeViolations()).to.deep.equal([]);
  });
});

describe('filter: accessibility', () => {
  it('has no WCAG 2.x A/AA violations with a category hidden', async () => {
    const { h, f } = await filtered();
    f.toggle('Military').click();
    await h.el.updateComplete;
    expect(f.showAllButton).to.not.equal(null);
    // BUG: axe's target-size (WCAG 2.2, 2.5.8) fails. A lane toggle is 18 px tall
    // (.lane-toggle in src/element/styles/search.styles.ts) and a hidden lane collapses to less
    // than 24 px, so the hidden lane's toggle and the next lane's are closer than 24 px apart.
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('has no violations with only one category shown and a search', async () => {
    const { h, f } = await filtered();
    altClick(f.toggle('Politics'));
    await f.type('assad');
    // BUG: target-size, as above: collapsed lanes' toggles are closer than 24 px.
    expect(await h.axeViolations()).to.deep.equal([]);
  });

  it('the toggles are named by their lane and say they are pressed', async () => {
    const { h, f } = await filtered();
    f.toggle('Military').click();
    await h.el.updateComplete;
    for (const toggle of f.toggles) {
      expect(h.accessibleName(toggle)).to.equal(toggle.textContent?.trim());
    }
    expect(f.toggle('Military').getAttribute('aria-pressed')).to.equal('false');
  });
});
