import { expect } from '@open-wc/testing';
import { safeColor } from '../../src/model/colors.js';
import { cleanText } from '../../src/model/text.js';
import {
  ALL_PAYLOADS,
  COLOR_PAYLOADS,
  ID_PAYLOADS,
  TEXT_PAYLOADS,
  URL_PAYLOADS,
} from '../unit/xss-corpus.js';
import { TimelineHarness } from './harness/timeline-harness.js';

/** Every way a payload could run: the dialog functions, and a global it could set. */
function trap(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt, print: w.print };
  for (const name of Object.keys(saved)) {
    w[name] = (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`);
  }
  return { calls, restore: () => Object.assign(w, saved) };
}

/** A link the browser would follow to an http(s) or mailto address, resolved as it would be. */
const safeHref = (href: string) => {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href, location.href).protocol);
  } catch {
    return false;
  }
};

/** Every payload in every text field, id, category colour and URL, one event per payload. */
function native() {
  return {
    title: TEXT_PAYLOADS[0],
    description: TEXT_PAYLOADS[1],
    categories: COLOR_PAYLOADS.map((color, i) => ({
      id: `c${i}`,
      label: TEXT_PAYLOADS[i % TEXT_PAYLOADS.length],
      color,
    })),
    events: ALL_PAYLOADS.map((payload, i) => ({
      id: ID_PAYLOADS[i % ID_PAYLOADS.length] + String(i),
      title: payload,
      start: `${2000 + (i % 20)}-0${1 + (i % 9)}`,
      summary: payload,
      description: `${payload}\n\n${payload}`,
      category: `c${i % COLOR_PAYLOADS.length}`,
      quote: { text: payload, by: payload },
      sources: [{ title: payload, url: URL_PAYLOADS[i % URL_PAYLOADS.length], publisher: payload }],
    })),
  };
}

function timelineJs() {
  return {
    title: { text: { headline: TEXT_PAYLOADS[2], text: TEXT_PAYLOADS[3] } },
    events: ALL_PAYLOADS.map((payload, i) => ({
      unique_id: ID_PAYLOADS[i % ID_PAYLOADS.length] + String(i),
      start_date: { year: 2000 + (i % 20), month: 1 + (i % 12) },
      text: { headline: payload, text: payload },
      group: payload,
    })),
    eras: [
      {
        start_date: { year: 2001 },
        end_date: { year: 2003 },
        text: { headline: TEXT_PAYLOADS[4] },
      },
    ],
  };
}

function visItems() {
  return ALL_PAYLOADS.map((payload, i) => ({
    id: ID_PAYLOADS[i % ID_PAYLOADS.length] + String(i),
    content: payload,
    title: payload,
    start: `${2000 + (i % 20)}-0${1 + (i % 9)}-01`,
    group: payload,
  }));
}

/** What the rendered element has that data must never produce. */
function unsafe(h: TimelineHarness): string[] {
  const found: string[] = [];
  for (const el of h.root.querySelectorAll('*')) {
    if (
      ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'MATH', 'FORM', 'BASE', 'META'].includes(
        el.tagName,
      )
    ) {
      found.push(`<${el.tagName.toLowerCase()}>`);
    }
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
      if (
        ['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attr.name) &&
        !safeHref(attr.value)
      ) {
        found.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
      if (attr.name === 'style' && /url\(|expression|javascript/i.test(attr.value))
        found.push(`style ${attr.value}`);
    }
  }
  // Colours set through the CSSOM: none may carry anything but a colour.
  for (const el of h.root.querySelectorAll<HTMLElement>('[style]')) {
    const c = el.style.getPropertyValue('--c');
    if (c && /url\(|expression|;|javascript/i.test(c)) found.push(`--c: ${c}`);
  }
  return found;
}

describe('hostile data', () => {
  for (const [name, data] of [
    ['native', native],
    ['TimelineJS3', timelineJs],
    ['vis-timeline', visItems],
  ] as const) {
    it(`${name}: ${ALL_PAYLOADS.length} payloads in every field run nothing and leave no unsafe URL or markup`, async function () {
      this.timeout(30_000);
      const dialogs = trap();
      try {
        const h = await TimelineHarness.create({
          data: data(),
          width: 1280,
          orientation: 'horizontal',
        });
        // Open every kind of view the data reaches: cards, the table, the vertical cards.
        for (const event of h.el.events.slice(0, 40)) {
          h.el.select(event.id);
          await h.el.updateComplete;
          expect(unsafe(h), `with ${event.id} open`).to.deep.equal([]);
        }
        h.root.querySelector<HTMLButtonElement>('button.table-toggle')?.click();
        await h.el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unsafe(h), 'table view').to.deep.equal([]);
        h.el.setAttribute('orientation', 'vertical');
        await h.el.updateComplete;
        expect(unsafe(h), 'vertical').to.deep.equal([]);
        expect((window as unknown as { __xss?: unknown }).__xss).to.equal(undefined);
        expect(dialogs.calls).to.deep.equal([]);
        // Nothing is lost: every input event is drawn or named by an error (a TimelineJS or vis
        // title that was nothing but markup is empty once it is made plain text).
        const refused = new Set(
          h.el.issues
            .filter((i) => i.severity === 'error')
            .map((i) => /^(?:events)?\[(\d+)\]/.exec(i.path)?.[1]),
        );
        expect(h.el.events.length + refused.size).to.equal(ALL_PAYLOADS.length);
      } finally {
        dialogs.restore();
      }
    });
  }

  it('every refused colour and link comes with a warning naming where it was', async () => {
    const h = await TimelineHarness.create({ data: native(), width: 1280 });
    const colours = h.el.issues.filter((i) => /\.color$/.test(i.path));
    // Each payload is refused with a warning unless, its control characters gone (as from all
    // text), it is a plain colour after all ('red\u0000' is red).
    expect(colours.length).to.equal(
      COLOR_PAYLOADS.filter((c) => safeColor(cleanText(c)) === null).length,
    );
    expect(colours.length).to.be.greaterThan(COLOR_PAYLOADS.length - 3);
    const links = h.el.issues.filter((i) => /\.url$/.test(i.path));
    expect(links.length).to.be.greaterThan(URL_PAYLOADS.length / 2);
    for (const issue of [...colours, ...links]) expect(issue.severity).to.equal('warning');
  });
});
