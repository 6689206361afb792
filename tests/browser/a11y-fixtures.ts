// What the accessibility matrix mounts: the story in three languages and datasets that stress
// colour and crowding, each on a page in a given colour scheme, direction and motion setting.
import { expect, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { hex, parseColor } from './contrast.js';
import { engine } from './engine.js';
import { DAY, emulateMediaFeatures, event, utc } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';

export type Scheme = 'light' | 'dark';

export interface PageSetup {
  data: unknown;
  scheme?: Scheme;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  /** The table toggle's word in `lang`, to wait for the language's words. */
  tableWord?: string;
  width?: number;
  orientation?: 'horizontal' | 'vertical';
  viewStart?: string;
  viewEnd?: string;
  forced?: boolean;
  reducedMotion?: boolean;
}

/**
 * A timeline on a page that supports dark mode, between two page buttons. In Chromium the page
 * follows the reader's emulated preference (`color-scheme: light dark`, as such a page sets it);
 * the other engines cannot emulate the preference, so there the page names its scheme.
 */
export async function mountOnPage(m: PageSetup): Promise<TimelineHarness> {
  await emulateMediaFeatures({
    colorScheme: m.scheme ?? 'light',
    reducedMotion: m.reducedMotion ? 'reduce' : 'no-preference',
    forcedColors: m.forced ? 'active' : 'none',
  });
  const h = await TimelineHarness.create(
    html`<button id="before">Before</button>
      <div style=${`color-scheme: ${engine === 'chromium' ? 'light dark' : (m.scheme ?? 'light')}`} dir=${m.dir ?? nothing} lang=${m.lang ?? nothing}>
        <event-timeline .data=${m.data} orientation=${m.orientation ?? nothing}
          view-start=${m.viewStart ?? nothing} view-end=${m.viewEnd ?? nothing}></event-timeline>
      </div>
      <button id="after">After</button>`,
    { width: m.width ?? 1280 },
  );
  if (m.tableWord) {
    await waitUntil(
      () => h.tableToggle.textContent?.trim() === m.tableWord,
      `the words of '${m.lang}' load`,
    );
  }
  if (!m.forced) {
    const background = hex(parseColor(getComputedStyle(h.el).backgroundColor));
    expect(background, 'the scheme took effect').to.equal(
      m.scheme === 'dark' ? '#15171c' : '#ffffff',
    );
  }
  return h;
}

/** Eight categories with no colours of their own, so lanes take --timeline-category-1…8. */
export function paletteData() {
  const categories = Array.from({ length: 8 }, (_, i) => ({ id: `k${i}`, label: `Kind ${i + 1}` }));
  const events = categories.flatMap((c, i) => [
    event(`Point ${i + 1}`, `${2000 + 2 * i}-06-01`, { category: c.id }),
    event(`Span ${i + 1}`, `${2001 + 2 * i}`, { end: `${2002 + 2 * i}`, category: c.id }),
  ]);
  return { title: 'Palette', categories, events };
}

/** `n` events a week apart from 2000, listed latest first, in two categories. */
export function weekly(n: number) {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    title: 'Weekly',
    categories: [
      { id: 'a', label: 'Alpha' },
      { id: 'b', label: 'Beta' },
    ],
    events: Array.from({ length: n }, (_, k) => {
      const i = n - 1 - k;
      return event(`Event ${String(i + 1).padStart(3, '0')}`, day(utc(2000) + i * 7 * DAY), {
        id: `e${i + 1}`,
        category: i % 2 ? 'b' : 'a',
        summary: `Summary ${i + 1}`,
      });
    }),
  };
}

/** A seeded crowd of `n` events over fifty years, in the categories given. */
export function crowd(n: number, categories: { id: string; label: string; color?: string }[]) {
  let seed = 11;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    title: 'Crowd',
    categories,
    events: Array.from({ length: n }, (_, i) => {
      const t = utc(1975) + random() * 50 * 365.25 * DAY;
      return {
        id: `e${i}`,
        title: `Crowded event ${i}`,
        start: day(t),
        ...(random() < 0.3 ? { end: day(t + random() * 2 * 365 * DAY) } : {}),
        category: (categories[Math.floor(random() * categories.length)] as { id: string }).id,
      };
    }),
  };
}
