import { expect, html, waitUntil } from '@open-wc/testing';
import type { Issue } from '../../src/model/types.js';
import { setViewport } from './engine.js';
import { event, loadJson, STORY_URL } from './fixtures.js';
import { type LoadDetail, TimelineHarness } from './harness/timeline-harness.js';

type Story = { categories: { id: string; label: string }[]; events: unknown[] };

/**
 * The story with twelve strikes on 11 March 2020 in its Military lane, more than the lane's rows
 * can label; one of them is a range that starts and ends that day.
 */
async function crowdedStory(url = STORY_URL): Promise<Story> {
  const story = await loadJson<Story>(url);
  const strikes = Array.from({ length: 12 }, (_, i) =>
    event(`Strike ${i + 1}`, '2020-03-11', {
      id: `strike-${i + 1}`,
      category: 'military',
      ...(i === 0 ? { end: '2020-03-11' } : {}),
    }),
  );
  return { ...story, events: [...story.events, ...strikes] };
}

/** The cluster of the strikes, once the element has made one. */
async function strikeCluster(h: TimelineHarness) {
  const isStrike = (i: number) => h.el.events[i]?.id.startsWith('strike-');
  await waitUntil(() => h.clusters.some((c) => c.members.every(isStrike)), 'a cluster of strikes');
  return h.clusters.find((c) => c.members.every(isStrike)) as (typeof h.clusters)[number];
}

function mount(data: unknown, lang: string, dir = 'ltr') {
  return TimelineHarness.create(
    html`<div lang=${lang} dir=${dir}><event-timeline .data=${data}></event-timeline></div>`,
    { width: 1280 },
  );
}

describe('cluster names', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  it('a cluster of one day in a crowded story is named by its day and its category, once', async () => {
    const h = await mount(await crowdedStory(), 'en');
    const cluster = await strikeCluster(h);
    expect(cluster.members.length).to.be.at.least(2);
    expect(h.accessibleName(cluster.button)).to.equal(
      `${cluster.members.length} events on 11 March 2020: Military`,
    );
  });

  it('in Russian, the count takes its plural form and the date the genitive', async () => {
    const story = await crowdedStory('/data/russia-syria.ru.json');
    const label = story.categories.find((c) => c.id === 'military')?.label;
    const h = await mount(story, 'ru');
    const cluster = await strikeCluster(h);
    const name = () => h.accessibleName(cluster.button);
    await waitUntil(() => /событ/.test(name()), 'the Russian words have loaded');
    const n = cluster.members.length;
    const forms: Record<string, string> = { one: 'событие', few: 'события', many: 'событий' };
    const form = forms[new Intl.PluralRules('ru').select(n)];
    expect(name()).to.equal(`${n} ${form}, 11 марта 2020 г.: ${label}`);
  });

  it('in Arabic, the count takes its plural form', async () => {
    const story = await crowdedStory('/data/russia-syria.ar.json');
    const label = story.categories.find((c) => c.id === 'military')?.label;
    const h = await mount(story, 'ar', 'rtl');
    const cluster = await strikeCluster(h);
    const name = () => h.accessibleName(cluster.button);
    await waitUntil(() => /في/.test(name()), 'the Arabic words have loaded');
    const n = cluster.members.length;
    const count = n === 2 ? 'حدثان' : n <= 10 ? `${n} أحداث` : `${n} حدثًا`;
    expect(name()).to.equal(`${count} في 11 مارس 2020: ${label}`);
  });
});

describe('issues', () => {
  /** 22 valid events; events[20] repeats an id and events[21] gives its start as a number. */
  const data = {
    title: 'Issues',
    events: [
      ...Array.from({ length: 20 }, (_, i) =>
        event(`Event ${i}`, `20${String(i).padStart(2, '0')}`, { id: `e${i}` }),
      ),
      event('Repeat', '2020-01-01', { id: 'e3' }),
      event('Number', '2020', { start: 20200311 }),
    ],
  };
  const lines = [
    "events[20].id: the id 'e3' is used twice; this event is 'e3-2'",
    'events[21].start: 20200311 is not an ISO 8601 date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mmZ, for example 2015-09-30',
  ];

  it('the status panel lists them in document order, quoting the input as it was given', async () => {
    const h = await TimelineHarness.create({ data });
    await h.press('Enter', h.problemsToggle ?? undefined);
    expect(h.problems).to.deep.equal(lines);
  });

  it('timeline-load and the issues property give them in the same order', async () => {
    const h = await TimelineHarness.create({ data });
    const result = h.results.at(-1) as CustomEvent<LoadDetail>;
    expect(result.type).to.equal('timeline-load');
    const text = (issues: readonly Issue[]) => issues.map((i) => `${i.path}: ${i.message}`);
    expect(text(result.detail.issues)).to.deep.equal(lines);
    expect(text(h.el.issues)).to.deep.equal(lines);
  });
});
