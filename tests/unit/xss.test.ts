import { describe, expect, it } from 'vitest';
import { safeColor } from '../../src/model/colors.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { cleanText, htmlToText } from '../../src/model/text.js';
import type { Issue, ParseResult } from '../../src/model/types.js';
import { safeUrl } from '../../src/model/urls.js';
import {
  ALL_PAYLOADS,
  COLOR_PAYLOADS,
  ID_PAYLOADS,
  KEPT_URLS,
  TEXT_PAYLOADS,
  URL_PAYLOADS,
  XSS_CORPUS,
} from './xss-corpus.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link, followed from a page, goes to http, https or mailto. */
function resolvesSafely(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url, 'https://page.example/dir/').protocol);
  } catch {
    return false;
  }
}

/** What an HTML attribute holding `value` means once the browser decodes its character references. */
function decodeAttribute(value: string): string {
  return value.replace(
    /&(?:#x([\da-f]+);?|#(\d+);?|(colon|tab|newline);)/gi,
    (whole, hex: string, dec: string, name: string) => {
      const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : -1;
      if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      return { colon: ':', tab: '\t', newline: '\n' }[name.toLowerCase()] ?? whole;
    },
  );
}

const warningsAt = (issues: Issue[], path: string) =>
  issues.filter((i) => i.severity === 'warning' && i.path === path);

/** The plain text a field of the native format keeps: the payload, control characters removed. */
const literal = (payload: string) => cleanText(payload);

describe('the XSS corpus', () => {
  it('XSS_CORPUS holds at least 50 payloads, grouped as text, urls, colors and ids', () => {
    expect(ALL_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(TEXT_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(XSS_CORPUS)).toEqual(['text', 'urls', 'colors', 'ids']);
  });

  it('KEPT_URLS lists only payloads of the corpus', () => {
    for (const url of Object.keys(KEPT_URLS)) expect(URL_PAYLOADS).toContain(url);
  });
});

describe('safeUrl: the URL payloads', () => {
  // Payloads whose colon is a character reference are left to the failing test below.
  const plain = URL_PAYLOADS.filter((url) => !/&(colon;|#0*58;?|#x0*3a;?)/i.test(url));

  it('safeUrl(url) refuses every URL payload but the harmless links, and gives those as listed', () => {
    const given = plain.map((url) => [url, safeUrl(url)]);
    expect(given).toEqual(plain.map((url) => [url, KEPT_URLS[url] ?? null]));
  });

  it('safeUrl(url) keeps only links that lead to http, https or mailto from any page', () => {
    const unsafe = ALL_PAYLOADS.map(safeUrl).filter((url) => url !== null && !resolvesSafely(url));
    expect(unsafe).toEqual([]);
  });

  // FAILS. safeUrl keeps, as relative links, four payloads whose colon is hidden behind a
  // character reference:
  //   'javascript&colon;alert(1)', 'javascript&#58;alert(1)',
  //   '&#0000106&#0000097…&#0000058…' (OWASP: decimal references without semicolons),
  //   '&#x6A&#x61…&#x3A…' (OWASP: hexadecimal references without semicolons).
  // Set through Lit as an attribute they are harmless relative links, but written into HTML
  // (a host page templating el.events[i].sources[0].url into markup, a server render) they
  // decode to 'javascript:alert(1)'. urls.ts promises to refuse "a scheme … hidden behind an
  // entity": its test for a colon before the first / misses a colon that is itself an entity.
  it('safeUrl(url) keeps no link that an HTML attribute would decode to another scheme', () => {
    const unsafe = ALL_PAYLOADS.map(safeUrl).filter(
      (url) => url !== null && !resolvesSafely(decodeAttribute(url)),
    );
    expect(unsafe).toEqual([]);
  });
});

describe('safeColor: the colour payloads', () => {
  it('safeColor(css) refuses every colour payload', () => {
    expect(COLOR_PAYLOADS.filter((css) => safeColor(css) !== null)).toEqual([]);
  });

  it('safeColor(css) refuses every payload of the corpus', () => {
    expect(ALL_PAYLOADS.filter((css) => safeColor(css) !== null)).toEqual([]);
  });
});

describe('parseTimeline(native) with the XSS corpus', () => {
  /** One event whose every text field, and the document's, holds the payload. */
  function everyTextField(payload: string): ParseResult {
    return parseTimeline({
      title: payload,
      description: payload,
      categories: [{ id: 'c', label: payload }],
      events: [
        {
          title: payload,
          start: '2015',
          category: 'c',
          summary: payload,
          description: payload,
          quote: { text: payload, by: payload },
          sources: [{ title: payload, publisher: payload, url: 'https://example.com/' }],
        },
      ],
    });
  }

  it('parseTimeline(native) keeps every payload as the literal text of every text field', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model } = everyTextField(payload);
      const e = model.events[0];
      const text = literal(payload);
      expect(
        [
          model.title,
          model.description,
          model.categories[0]?.label,
          e?.title,
          e?.summary,
          e?.description,
          e?.quote?.text,
          e?.quote?.by,
          e?.sources[0]?.title,
          e?.sources[0]?.publisher,
        ],
        JSON.stringify(payload),
      ).toEqual(Array(10).fill(text));
    }
  });

  it('parseTimeline(native) keeps every payload as the literal id of an event and a category', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model } = parseTimeline({
        categories: [{ id: payload }],
        events: [{ id: payload, title: 'Event', start: '2015', category: payload }],
      });
      const id = literal(payload);
      expect(
        [model.events[0]?.id, model.events[0]?.category, model.categories[0]?.id],
        JSON.stringify(payload),
      ).toEqual([id, id, id]);
    }
  });

  it('parseTimeline(native) derives ids of nothing but letters, digits, + and - from any title', () => {
    const ids = ALL_PAYLOADS.map((title) => parseTimeline({ events: [{ title, start: '2015' }] }))
      .map((r) => r.model.events[0]?.id ?? '')
      .filter((id) => !/^[\p{L}\p{N}+-]+$/u.test(id));
    expect(ids).toEqual([]);
  });

  it('parseTimeline(native) never keeps an unsafe source URL, and warns for each it refuses', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model, issues } = parseTimeline({
        events: [{ title: 'Event', start: '2015', sources: [{ title: 'Source', url: payload }] }],
      });
      const url = model.events[0]?.sources[0]?.url ?? null;
      const name = JSON.stringify(payload);
      expect(url, name).toBe(safeUrl(literal(payload)));
      if (url !== null) expect(resolvesSafely(url), name).toBe(true);
      expect(warningsAt(issues, 'events[0].sources[0].url'), name).toHaveLength(url ? 0 : 1);
    }
  });

  it('parseTimeline(native) drops a source given as an unsafe URL alone, with a warning', () => {
    for (const payload of URL_PAYLOADS.filter((url) => !KEPT_URLS[url])) {
      const { model, issues } = parseTimeline({
        events: [{ title: 'Event', start: '2015', sources: [payload] }],
      });
      const name = JSON.stringify(payload);
      // Control characters go before the link is checked ('java\0script:' is 'javascript:').
      const kept = safeUrl(literal(payload));
      expect(
        model.events[0]?.sources.map((s) => s.url),
        name,
      ).toEqual(kept ? [kept] : []);
      expect(warningsAt(issues, 'events[0].sources[0].url'), name).toHaveLength(kept ? 0 : 1);
    }
  });

  it('parseTimeline(native) never keeps a refused category colour, and warns for each', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model, issues } = parseTimeline({
        categories: [{ id: 'c', color: payload }],
        events: [{ title: 'Event', start: '2015', category: 'c' }],
      });
      const color = model.categories[0]?.color ?? null;
      const name = JSON.stringify(payload);
      // Colours are text first: 'red\0' loses its NUL and is plain red.
      expect(color, name).toBe(safeColor(literal(payload)));
      if (color !== null) expect(safeColor(color), name).toBe(color);
      expect(warningsAt(issues, 'categories[0].color'), name).toHaveLength(color ? 0 : 1);
    }
  });

  it('parseTimeline(native) refuses every colour payload as a category colour', () => {
    const kept = COLOR_PAYLOADS.filter((color) => {
      const { model } = parseTimeline({
        categories: [{ id: 'c', color }],
        events: [{ title: 'Event', start: '2015', category: 'c' }],
      });
      return model.categories[0]?.color !== null && literal(color) === color;
    });
    expect(kept).toEqual([]);
  });
});

describe('parseTimeline(TimelineJS) with the XSS corpus', () => {
  function slide(fields: Record<string, unknown>, document: Record<string, unknown> = {}) {
    return parseTimeline({ ...document, events: [{ start_date: { year: 2015 }, ...fields }] });
  }

  it('parseTimeline(TimelineJS) makes plain text of every payload in a headline, text or title slide', () => {
    for (const payload of ALL_PAYLOADS) {
      const text = htmlToText(payload);
      const { model, issues } = slide(
        { text: { headline: payload, text: payload } },
        { title: { text: { headline: payload, text: payload } } },
      );
      const name = JSON.stringify(payload);
      expect([model.title, model.description], name).toEqual([text, text]);
      if (text) {
        expect([model.events[0]?.title, model.events[0]?.description], name).toEqual([text, text]);
      } else {
        // Nothing but markup: no title, so the slide is not shown, and says why.
        expect(model.events, name).toEqual([]);
        expect(
          issues.map((i) => i.path),
          name,
        ).toContain('events[0].text.headline');
      }
    }
  });

  it('parseTimeline(TimelineJS) strips markup and nothing else from a headline', () => {
    const cases: [string, string][] = [
      ['<a href="javascript:alert(1)">click</a>', 'click'],
      [
        '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a>',
        'Click',
      ],
      ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
      ["'';!--\"<XSS>=&{()}", "'';!--\"=&{()}"],
      ['"><script>alert(document.domain)</script>', '">'],
      ['<x onclick=alert(1)>click', 'click'],
      ['Invoice \u202Efdp.exe', 'Invoice \u202Efdp.exe'],
      ['\u2066admin\u2069 \u2067مدير\u2069', '\u2066admin\u2069 \u2067مدير\u2069'],
      ["{{constructor.constructor('alert(1)')()}}", "{{constructor.constructor('alert(1)')()}}"],
    ];
    for (const [headline, title] of cases) {
      expect(slide({ text: { headline } }).model.events[0]?.title, headline).toBe(title);
    }
  });

  it('parseTimeline(TimelineJS) keeps text payloads without markup as they are', () => {
    for (const payload of TEXT_PAYLOADS.filter((p) => !/[<&]/.test(p))) {
      const { model } = slide({ text: { headline: payload } });
      expect(model.events[0]?.title, JSON.stringify(payload)).toBe(literal(payload));
    }
  });

  it('parseTimeline(TimelineJS) keeps every payload as the literal unique_id and group', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model } = slide({ unique_id: payload, group: payload, text: { headline: 'Event' } });
      const id = literal(payload);
      expect([model.events[0]?.id, model.events[0]?.category], JSON.stringify(payload)).toEqual([
        id,
        id,
      ]);
    }
  });

  it('parseTimeline(TimelineJS) takes no link or colour from media, backgrounds or eras', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model } = slide(
        {
          text: { headline: 'Event' },
          group: 'g',
          media: { url: payload, thumbnail: payload, link: payload },
          background: { url: payload, color: payload },
        },
        {
          eras: [
            {
              start_date: { year: 2010 },
              end_date: { year: 2020 },
              background: { color: payload },
            },
          ],
        },
      );
      expect(model.events[0]?.sources, JSON.stringify(payload)).toEqual([]);
      expect(
        model.categories.map((c) => c.color),
        JSON.stringify(payload),
      ).toEqual([null]);
    }
  });
});

describe('parseTimeline(vis items) with the XSS corpus', () => {
  it('parseTimeline(vis items) makes plain text of every payload in content or title', () => {
    for (const payload of ALL_PAYLOADS) {
      const text = htmlToText(payload);
      const name = JSON.stringify(payload);
      const { model, issues } = parseTimeline([
        { id: 1, content: payload, start: '2015' },
        { id: 2, content: '', title: payload, start: '2016' },
      ]);
      if (text) {
        expect(
          model.events.map((e) => e.title),
          name,
        ).toEqual([text, text]);
      } else {
        expect(model.events, name).toEqual([]);
        expect(
          issues.map((i) => i.path),
          name,
        ).toEqual(['[0].content', '[1].content']);
      }
    }
  });

  it('parseTimeline(vis items) keeps every payload as the literal id and group', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model } = parseTimeline([
        { id: payload, group: payload, content: 'Event', start: '2015' },
      ]);
      const id = literal(payload);
      expect([model.events[0]?.id, model.events[0]?.category], JSON.stringify(payload)).toEqual([
        id,
        id,
      ]);
    }
  });

  it('parseTimeline(vis items) takes no link or colour from style, className or an era', () => {
    for (const payload of ALL_PAYLOADS) {
      const { model } = parseTimeline([
        {
          id: 1,
          content: 'Event',
          start: '2015',
          group: 'g',
          style: `color: ${payload}`,
          className: payload,
        },
        { id: 2, content: 'Era', start: '2010', end: '2020', type: 'background', style: payload },
      ]);
      expect(model.events[0]?.sources, JSON.stringify(payload)).toEqual([]);
      expect(
        model.categories.map((c) => c.color),
        JSON.stringify(payload),
      ).toEqual([null]);
    }
  });
});

describe('the XSS corpus for ids', () => {
  it('ID_PAYLOADS survive as ids through all three formats unchanged', () => {
    for (const id of ID_PAYLOADS) {
      const native = parseTimeline({ events: [{ id, title: 'Event', start: '2015' }] });
      const timelineJs = parseTimeline({
        events: [{ unique_id: id, start_date: { year: 2015 }, text: { headline: 'Event' } }],
      });
      const vis = parseTimeline([{ id, content: 'Event', start: '2015' }]);
      expect(
        [native, timelineJs, vis].map((r) => r.model.events[0]?.id),
        JSON.stringify(id),
      ).toEqual([literal(id), literal(id), literal(id)]);
    }
  });
});
