import { expect, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from './engine.js';
import { event, loadJson, STORY_AR_URL, STORY_RU_URL, STORY_URL } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';
import { STORY } from './story-harness.js';

interface Mount {
  data: unknown;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  width?: number;
  orientation?: 'horizontal' | 'vertical';
}

/** A timeline inside a div that carries the language and direction it inherits. */
function mount(m: Mount): Promise<TimelineHarness> {
  return TimelineHarness.create(
    html`<div lang=${m.lang ?? nothing} dir=${m.dir ?? nothing}>
      <event-timeline .data=${m.data} orientation=${m.orientation ?? nothing}></event-timeline>
    </div>`,
    { width: m.width ?? 1280 },
  );
}

/** The div around the element, which carries lang and dir. */
function wrapper(h: TimelineHarness): HTMLElement {
  return h.container.firstElementChild as HTMLElement;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the status line to read `words`: translations load after the first render. */
async function statusReads(h: TimelineHarness, words: string): Promise<void> {
  await waitUntil(() => h.statusText === words, `the status line reads '${words}'`, {
    timeout: 3000,
  });
}

async function open(h: TimelineHarness, id: string): Promise<string> {
  h.el.select(id);
  await h.el.updateComplete;
  return text(h.detail?.querySelector('.meta .date'));
}

/** Years of the axis labels (Arabic-Indic digits read too) with their x, left to right on screen. */
function yearTicks(h: TimelineHarness): { year: number; x: number }[] {
  const latin = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return h
    .tickPositions()
    .map((t) => ({ year: Number(latin(t.label)), x: t.x }))
    .filter((t) => Number.isInteger(t.year) && t.year > 1000)
    .sort((a, b) => a.x - b.x);
}

/** `n` events a year apart, for the count in the status line. */
function count(n: number) {
  return { events: Array.from({ length: n }, (_, i) => event(`Event ${i + 1}`, `${2000 + i}`)) };
}

describe('languages', () => {
  let story: unknown;
  let arabic: unknown;
  let russian: unknown;

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    [story, arabic, russian] = await Promise.all([
      loadJson(STORY_URL),
      loadJson(STORY_AR_URL),
      loadJson(STORY_RU_URL),
    ]);
  });

  it('lang="ar": Arabic words in the status line, controls, list and card, and Arabic dates', async () => {
    const h = await mount({ data: arabic, lang: 'ar', dir: 'rtl' });
    await statusReads(h, '10 أحداث');
    expect(text(h.tableToggle)).to.equal('جدول');
    expect(h.controlButtons.slice(1).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'تكبير',
      'تصغير',
      'عرض الكل',
    ]);
    expect(h.root.querySelector('ol.events')?.getAttribute('aria-label')).to.equal('الأحداث');
    expect(h.buttonById(STORY.ousted.id).getAttribute('aria-label')).to.equal(
      'الإطاحة بالأسد، 8 ديسمبر 2024، سياسة',
    );
    expect(await open(h, STORY.ousted.id)).to.equal('8 ديسمبر 2024');
    expect(h.detail?.querySelector('button.close')?.getAttribute('aria-label')).to.equal('إغلاق');
    expect(await open(h, STORY.civilWar.id)).to.equal('مارس 2011 – 8 ديسمبر 2024');
    expect(await open(h, STORY.transition.id)).to.equal('منذ 8 ديسمبر 2024، مستمر');
    expect(await open(h, STORY.flees.id)).to.equal('8 ديسمبر 2024');
    expect(text(h.detail?.querySelector('.meta'))).to.include('بحسب التقارير');
  });

  it('digits: Latin in Arabic in every engine, Arabic-Indic when the page asks with -u-nu-arab', async () => {
    const latin = await mount({ data: arabic, lang: 'ar', dir: 'rtl' });
    await statusReads(latin, '10 أحداث');
    expect(await open(latin, STORY.ousted.id)).to.equal('8 ديسمبر 2024');
    expect(yearTicks(latin).length).to.be.greaterThan(2);
    expect(latin.tickPositions().some((t) => /[٠-٩]/.test(t.label))).to.equal(false);
    const arab = await mount({ data: arabic, lang: 'ar-u-nu-arab', dir: 'rtl' });
    await statusReads(arab, '١٠ أحداث');
    expect(await open(arab, STORY.ousted.id)).to.equal('٨ ديسمبر ٢٠٢٤');
    expect(arab.tickPositions().some((t) => /[٠-٩]{4}/.test(t.label))).to.equal(true);
  });

  it('lang="ru": Russian words, and dates in the genitive', async () => {
    const h = await mount({ data: russian, lang: 'ru' });
    await statusReads(h, '10 событий');
    expect(text(h.tableToggle)).to.equal('Таблица');
    expect(h.controlButtons.slice(1).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Приблизить',
      'Отдалить',
      'Показать всё',
    ]);
    expect(h.buttonById(STORY.ousted.id).getAttribute('aria-label')).to.equal(
      'Свержение Асада, 8 декабря 2024 г., Политика',
    );
    expect(await open(h, STORY.ousted.id)).to.equal('8 декабря 2024 г.');
    expect(h.detail?.querySelector('button.close')?.getAttribute('aria-label')).to.equal('Закрыть');
    expect(await open(h, STORY.leases.id)).to.equal('январь 2017 г. – 2066');
    expect(await open(h, STORY.transition.id)).to.equal('с 8 декабря 2024 г., продолжается');
    h.el.select(null);
    h.tableToggle.click();
    await h.el.updateComplete;
    expect(h.tableCaption).to.equal('События 1–10 из 10');
    // The story's Russian data has pictures: their alt text and credit have a column.
    expect(h.tableHeaders).to.deep.equal([
      'Начало',
      'Конец',
      'Событие',
      'Категория',
      'Кратко',
      'Изображение',
    ]);
    expect(h.tableRows[5]?.slice(0, 4)).to.deep.equal([
      '8 декабря 2024 г.',
      '',
      'Свержение Асада',
      'Политика',
    ]);
  });

  it('the count takes the plural form of its number: Russian 1, 2, 5, 21; Arabic 1, 2, 3, 11, 100', async () => {
    const seen: string[] = [];
    for (const [lang, n] of [
      ['ru', 1],
      ['ru', 2],
      ['ru', 5],
      ['ru', 21],
      ['ar', 1],
      ['ar', 2],
      ['ar', 3],
      ['ar', 11],
      ['ar', 100],
    ] as const) {
      const h = await mount({ data: count(n), lang });
      await waitUntil(() => text(h.tableToggle) !== 'Table', `the words of '${lang}' load`);
      seen.push(h.statusText);
    }
    expect(seen).to.deep.equal([
      '1 событие',
      '2 события',
      '5 событий',
      '21 событие',
      'حدث واحد',
      'حدثان',
      '3 أحداث',
      '11 حدثًا',
      '100 حدث',
    ]);
  });

  it('year-only, month-only and BCE dates read naturally in English, Russian and Arabic', async () => {
    const data = {
      events: [
        event('Ides of March', '-0043-03-15'),
        event('Year of the Ides', '-0043'),
        event('Founding', '2015'),
        event('Launch', '2015-09'),
        event('Landing', '2015-09-30T08:30Z'),
      ],
    };
    const starts: Record<string, string[]> = {};
    for (const [lang, word] of [
      ['en', 'Table'],
      ['ru', 'Таблица'],
      ['ar', 'جدول'],
    ] as const) {
      const h = await mount({ data, lang });
      await waitUntil(() => text(h.tableToggle) === word, `the words of '${lang}' load`);
      h.tableToggle.click();
      await h.el.updateComplete;
      starts[lang] = h.tableRows.map((r) => r[0] ?? '');
    }
    expect(starts).to.deep.equal({
      en: ['44 BC', '15 March 44 BC', '2015', 'September 2015', '30 September 2015 at 08:30 UTC'],
      ru: [
        '44 г. до н. э.',
        '15 марта 44 г. до н. э.',
        '2015',
        'сентябрь 2015 г.',
        '30 сентября 2015 г. в 08:30 UTC',
      ],
      ar: ['44 ق.م', '15 مارس 44 ق.م', '2015', 'سبتمبر 2015', '30 سبتمبر 2015 في 08:30 UTC'],
    });
  });

  it('a language with no words of its own (fr) reads English words, with French dates', async () => {
    const h = await mount({ data: story, lang: 'fr' });
    // No French table exists to load: two more frames must leave the words English.
    await h.waitFrames(2);
    expect(h.statusText).to.equal('10 events');
    expect(text(h.tableToggle)).to.equal('Table');
    expect(h.controlButtons.slice(1).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Zoom in',
      'Zoom out',
      'Show all',
    ]);
    expect(h.buttonById(STORY.ousted.id).getAttribute('aria-label')).to.equal(
      'Assad is ousted, 8 décembre 2024, Politics',
    );
    expect(await open(h, STORY.ousted.id)).to.equal('8 décembre 2024');
    expect(h.detail?.querySelector('button.close')?.getAttribute('aria-label')).to.equal('Close');
  });

  it('a regional tag takes its language: ru-RU reads Russian, ar-EG Arabic', async () => {
    const ru = await mount({ data: story, lang: 'ru-RU' });
    await statusReads(ru, '10 событий');
    const ar = await mount({ data: story, lang: 'ar-EG', dir: 'rtl' });
    await waitUntil(() => text(ar.tableToggle) === 'جدول', 'the words of ar load');
    // Egyptian Arabic writes its numbers in Arabic-Indic digits.
    expect(ar.statusText).to.match(/^(10|١٠) أحداث$/);
  });

  it('dir="rtl" runs time right to left: 2011 is right of 2024 on the axis', async () => {
    const ltr = yearTicks(await mount({ data: story }));
    const rtl = yearTicks(await mount({ data: arabic, lang: 'ar', dir: 'rtl' }));
    for (const [name, ticks] of [
      ['ltr', ltr],
      ['rtl', rtl],
    ] as const) {
      expect(
        ticks.map((t) => t.year),
        name,
      ).to.include.members([2011, 2024]);
    }
    const x = (ticks: { year: number; x: number }[], year: number) =>
      ticks.find((t) => t.year === year)?.x as number;
    expect(x(ltr, 2011)).to.be.below(x(ltr, 2024));
    expect(x(rtl, 2011)).to.be.above(x(rtl, 2024));
    const years = rtl.map((t) => t.year);
    expect(years, 'right to left, years fall from left to right on screen').to.deep.equal(
      [...years].sort((a, b) => b - a),
    );
  });

  it('dir="rtl" mirrors the controls, the detail card and the vertical cards', async () => {
    const h = await mount({ data: arabic, lang: 'ar', dir: 'rtl' });
    await statusReads(h, '10 أحداث');
    const host = h.el.getBoundingClientRect();
    const controls = h.controls?.getBoundingClientRect() as DOMRect;
    expect(controls.right, 'the controls sit on the left').to.be.below(host.left + host.width / 2);
    const xs = h.controlButtons.map((b) => b.getBoundingClientRect().left);
    expect(xs, 'Table first, at the right').to.deep.equal([...xs].sort((a, b) => b - a));
    h.el.select(STORY.ousted.id);
    await h.el.updateComplete;
    const card = h.detail as HTMLElement;
    const box = card.getBoundingClientRect();
    const close = card.querySelector('button.close')?.getBoundingClientRect() as DOMRect;
    expect(close.left - box.left, 'close on the left').to.be.below(box.right - close.right);
    const style = getComputedStyle(card);
    expect([style.borderRightWidth, style.borderLeftWidth]).to.deep.equal(['4px', '1px']);

    const v = await mount({ data: arabic, lang: 'ar', dir: 'rtl', width: 400 });
    expect(v.cards).to.have.length(10);
    const first = getComputedStyle(v.cards[0] as Element);
    expect([first.borderRightWidth, first.borderLeftWidth]).to.deep.equal(['3px', '0px']);
    expect(first.direction).to.equal('rtl');
    // The line runs down the right, and the first card's mark sits on it.
    const ol = v.root.querySelector('ol.cards') as Element;
    const list = getComputedStyle(ol);
    expect([list.borderRightWidth, list.borderLeftWidth]).to.deep.equal(['2px', '0px']);
    const dot = v.cards[0]?.closest('li')?.querySelector('svg.dot') as Element;
    const [d, line] = [dot.getBoundingClientRect(), ol.getBoundingClientRect()];
    expect((d.left + d.right) / 2).to.be.closeTo(line.right - 1, 1);
  });

  it('changing dir on an ancestor mirrors the axis and the overview at once', async () => {
    const h = await mount({ data: story, dir: 'ltr' });
    const paths = (t: TimelineHarness) =>
      [...t.root.querySelectorAll('.overview-ticks')].map((p) => p.getAttribute('d'));
    const ltrPaths = paths(h);
    wrapper(h).dir = 'rtl';
    await waitUntil(() => {
      const ticks = yearTicks(h);
      return ticks.length > 1 && (ticks[0] as { year: number }).year > 2030;
    }, 'the axis runs right to left');
    await h.waitFrames(2);
    const fresh = await mount({ data: story, dir: 'rtl' });
    expect(paths(fresh), 'a right-to-left overview differs').to.not.deep.equal(ltrPaths);
    expect(paths(h), 'the overview of the switched element').to.deep.equal(paths(fresh));
    // The same ticks at the same places, to a hundredth of a pixel (the two views may differ in
    // the last bits of a float).
    const [switched, made] = [yearTicks(h), yearTicks(fresh)];
    expect(switched.map((t) => t.year)).to.deep.equal(made.map((t) => t.year));
    switched.forEach((t, i) => {
      expect(t.x, `${t.year}`).to.be.closeTo((made[i] as { x: number }).x, 0.01);
    });
    wrapper(h).dir = 'ltr';
    await waitUntil(() => (yearTicks(h)[0] as { year: number }).year < 2030, 'back to LTR');
    expect(paths(h)).to.deep.equal(ltrPaths);
  });

  it('changing lang on an ancestor re-renders in the new language', async () => {
    const h = await mount({ data: story, lang: 'en' });
    expect(h.statusText).to.equal('10 events');
    h.el.select(STORY.ousted.id);
    wrapper(h).lang = 'ru';
    await statusReads(h, '10 событий');
    expect(text(h.tableToggle)).to.equal('Таблица');
    expect(text(h.detail?.querySelector('.meta .date'))).to.equal('8 декабря 2024 г.');
    expect(h.buttonById(STORY.ousted.id).getAttribute('aria-label')).to.equal(
      'Assad is ousted, 8 декабря 2024 г., Politics',
    );
    wrapper(h).lang = 'ar';
    await statusReads(h, '10 أحداث');
    expect(text(h.detail?.querySelector('.meta .date'))).to.equal('8 ديسمبر 2024');
    wrapper(h).lang = 'en';
    await statusReads(h, '10 events');
    expect(text(h.detail?.querySelector('.meta .date'))).to.equal('8 December 2024');
  });

  it('changing lang on <html> re-renders an element that inherits it', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      const h = await mount({ data: story });
      root.lang = 'en';
      await statusReads(h, '10 events');
      root.lang = 'ru';
      await statusReads(h, '10 событий');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
});
