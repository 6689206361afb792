import { expect, html } from '@open-wc/testing';
import { STORY_URL } from './fixtures.js';
import { type SelectDetail, TimelineHarness } from './harness/timeline-harness.js';
import { STORY, storyHarness } from './story-harness.js';

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('selection and the detail card', () => {
  let h: TimelineHarness;

  beforeEach(async () => {
    h = await storyHarness();
  });

  const lastSelection = (): SelectDetail | undefined => h.selections.at(-1)?.detail;

  it('the open detail card has no WCAG 2.x A/AA violations', async () => {
    await h.click(STORY.meeting.title);
    expect(h.detail).to.not.equal(null);
    expect(await h.axeViolations(h.detail as HTMLElement)).to.deep.equal([]);
  });

  it('clicking an event opens its card: title, date, category, summary, text, quote, sources', async () => {
    await h.click(STORY.meeting.title);
    const card = h.detail as HTMLElement;
    expect(card).to.not.equal(null);
    expect(text(card.querySelector('h3'))).to.equal(STORY.meeting.title);
    expect(text(card.querySelector('.meta'))).to.equal('Diplomacy · 31 July 2025');
    expect(text(card.querySelector('.meta .date'))).to.equal('31 July 2025');
    expect(text(card.querySelector('.summary'))).to.equal(
      "Syria's foreign minister, Asaad al-Shaibani, met Sergey Lavrov: the first official visit by a member of Syria's new government since Assad's ouster.",
    );
    expect([...card.querySelectorAll(':scope > p:not(.summary)')].map(text)).to.deep.equal([
      "Al-Shaibani sought continued Russian support for Syria's post-conflict reconstruction and political transition, signalling a desire for a continued alliance with Moscow under new terms.",
    ]);
    // The quotation marks are the language's own, drawn by CSS around a <q>.
    expect(text(card.querySelector('blockquote q'))).to.equal(
      'Syria needs friends and partners on its path to stability and development.',
    );
    expect(text(card.querySelector('blockquote footer'))).to.equal('— Asaad al-Shaibani');
    expect([...card.querySelectorAll('.sources li')].map(text)).to.deep.equal([
      'Russia Syria to Strengthen Ties Review Assad-Era Agreements',
      'Russia–Syria relations, Wikipedia',
    ]);
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.sources a')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['Russia–Syria relations', 'https://en.wikipedia.org/wiki/Russia%E2%80%93Syria_relations'],
    ]);
    for (const a of links) {
      expect(a.protocol).to.equal('https:');
      expect(a.target).to.equal('_blank');
      expect(a.rel.split(/\s+/)).to.include('noopener');
    }
    expect(card.getAttribute('aria-labelledby')).to.equal('detail-title');
    expect(h.root.getElementById('detail-title')?.textContent).to.equal(STORY.meeting.title);
  });

  it('shows a range at the precision of each end, and each paragraph of the description', async () => {
    await h.click(STORY.leases.title);
    expect(text(h.detail?.querySelector('.meta'))).to.equal('Military · January 2017 – 2066');
    await h.click(STORY.intervention.title);
    expect(text(h.detail?.querySelector('.meta'))).to.equal(
      'Military · 30 September 2015 – 8 December 2024',
    );
    expect(h.detail?.querySelectorAll(':scope > p:not(.summary)')).to.have.length(2);
    expect(h.detail?.querySelector('blockquote')).to.equal(null);
  });

  it('marks the selected button aria-expanded and no other', async () => {
    await h.click(STORY.ousted.title);
    const expanded = h.buttons.filter((b) => b.getAttribute('aria-expanded') === 'true');
    expect(expanded).to.deep.equal([h.buttonByTitle(STORY.ousted.title)]);
    expect(h.buttons.filter((b) => b.getAttribute('aria-expanded') === 'false')).to.have.length(9);
  });

  it('fires timeline-select once with the id and the event', async () => {
    await h.click(STORY.ousted.title);
    expect(h.selections).to.have.length(1);
    const event = h.el.events.find((e) => e.id === STORY.ousted.id);
    expect(lastSelection()).to.deep.equal({ id: STORY.ousted.id, event });
    expect(h.selections[0]?.bubbles).to.equal(true);
    expect(h.selections[0]?.composed).to.equal(true);
  });

  it('clicking the visible label also selects', async () => {
    await h.clickLabel(STORY.meeting.title);
    expect(h.el.selected).to.equal(STORY.meeting.id);
    expect(text(h.detail?.querySelector('h3'))).to.equal(STORY.meeting.title);
    expect(h.selections.map((e) => e.detail.id)).to.deep.equal([STORY.meeting.id]);
  });

  it('clicking the selected event again closes the card', async () => {
    await h.click(STORY.ousted.title);
    await h.click(STORY.ousted.title);
    expect(h.detail).to.equal(null);
    expect(h.el.selected).to.equal('');
    expect(h.buttonByTitle(STORY.ousted.title).getAttribute('aria-expanded')).to.equal('false');
    expect(h.selections.map((e) => e.detail)).to.deep.equal([
      { id: STORY.ousted.id, event: h.el.events.find((e) => e.id === STORY.ousted.id) },
      { id: null, event: null },
    ]);
  });

  it('Enter on a focused event opens the card, Escape closes it and keeps focus there', async () => {
    const button = h.buttonByTitle(STORY.ousted.title);
    await h.press('Enter', button);
    expect(h.el.selected).to.equal(STORY.ousted.id);
    await h.press('Escape');
    expect(h.detail).to.equal(null);
    expect(h.el.selected).to.equal('');
    expect(h.focused).to.equal(h.buttonByTitle(STORY.ousted.title));
  });

  it('Escape inside the card closes it and returns focus to the event', async () => {
    await h.press('Enter', h.buttonByTitle(STORY.meeting.title));
    const close = h.detail?.querySelector<HTMLButtonElement>('button.close');
    await h.press('Escape', close ?? undefined);
    expect(h.detail).to.equal(null);
    expect(h.focused).to.equal(h.buttonByTitle(STORY.meeting.title));
    expect(lastSelection()).to.deep.equal({ id: null, event: null });
  });

  it('the close button closes the card and returns focus to the event', async () => {
    await h.click(STORY.meeting.title);
    const close = h.detail?.querySelector<HTMLButtonElement>('button.close');
    expect(close?.getAttribute('aria-label')).to.equal('Close');
    await h.press('Enter', close ?? undefined);
    expect(h.detail).to.equal(null);
    expect(h.focused).to.equal(h.buttonByTitle(STORY.meeting.title));
    expect(h.buttonByTitle(STORY.meeting.title).getAttribute('aria-expanded')).to.equal('false');
  });

  it('select(id) opens the card and fires timeline-select; select(null) closes it', async () => {
    h.el.select(STORY.ousted.id);
    await h.el.updateComplete;
    expect(text(h.detail?.querySelector('h3'))).to.equal(STORY.ousted.title);
    expect(h.el.getAttribute('selected')).to.equal(STORY.ousted.id);
    expect(lastSelection()?.id).to.equal(STORY.ousted.id);
    expect(lastSelection()?.event?.title).to.equal(STORY.ousted.title);
    h.el.select(null);
    await h.el.updateComplete;
    expect(h.detail).to.equal(null);
    expect(h.el.getAttribute('selected') ?? '').to.equal('');
    expect(h.selections.map((e) => e.detail.id)).to.deep.equal([STORY.ousted.id, null]);
  });

  it('select() of an unknown id selects nothing and fires nothing', async () => {
    h.el.select('no-such-event');
    await h.el.updateComplete;
    expect(h.detail).to.equal(null);
    expect(h.el.selected).to.equal('');
    expect(h.selections).to.have.length(0);
  });

  it('the selected attribute reflects a click', async () => {
    await h.click(STORY.transition.title);
    expect(h.el.getAttribute('selected')).to.equal(STORY.transition.id);
    expect(text(h.detail?.querySelector('.meta .date'))).to.equal('since 8 December 2024, ongoing');
  });
});

describe('selection from markup', () => {
  it('a selected attribute in the markup opens that card on load', async () => {
    const h = await TimelineHarness.create(
      html`<event-timeline src=${STORY_URL} selected=${STORY.leases.id}></event-timeline>`,
    );
    expect(text(h.detail?.querySelector('h3'))).to.equal(STORY.leases.title);
    expect(h.buttonByTitle(STORY.leases.title).getAttribute('aria-expanded')).to.equal('true');
  });
});
