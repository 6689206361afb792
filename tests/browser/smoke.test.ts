import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';

describe('smoke', () => {
  it('renders events from the data property', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const loaded = new Promise((resolve) =>
      el.addEventListener('timeline-load', resolve, { once: true }),
    );
    el.data = { events: [{ title: 'A', start: '2024-12-08' }] };
    await loaded;
    expect(el.shadowRoot?.querySelectorAll('[part="event"]').length).to.equal(1);
  });
});
