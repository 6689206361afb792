// The Russia–Syria story (data/russia-syria.json) as most browser tests meet it: one timeline
// 1280 px wide in a 1400 × 1000 viewport, and its events by name.
import { setViewport } from './engine.js';
import { loadJson, STORY_URL } from './fixtures.js';
import { TimelineHarness, type TimelineOptions } from './harness/timeline-harness.js';

/** The story's events by the names tests give them: each one's id and title in the data. */
export const STORY = {
  civilWar: { id: 'civil-war', title: 'Syrian civil war' },
  hmeimim: { id: 'hmeimim-agreement', title: 'Agreement on Russian aircraft at Hmeimim' },
  intervention: { id: 'russian-intervention', title: "Russia's military intervention" },
  leases: { id: 'bases-leases', title: "Russia's leases on Tartus and Hmeimim" },
  offensive: { id: 'rebel-offensive', title: 'Rebel offensive' },
  ousted: { id: 'assad-ousted', title: 'Assad is ousted' },
  flees: { id: 'assad-flees', title: 'Assad flees to Moscow' },
  transition: { id: 'transition', title: "Syria's political transition" },
  meeting: { id: 'moscow-meeting', title: 'Al-Shaibani and Lavrov meet in Moscow' },
  pledge: { id: 'review-pledge', title: 'Pledge to review Assad-era agreements' },
} as const;

/** The story's event ids in time order (STORY lists them so). */
export const STORY_IDS: readonly string[] = Object.values(STORY).map((e) => e.id);

/** What a screen reader says for each event of the story, in time order. */
export const STORY_NAMES = [
  'Syrian civil war, from March 2011 to 8 December 2024, Conflict',
  'Agreement on Russian aircraft at Hmeimim, 26 August 2015, Military',
  "Russia's military intervention, from 30 September 2015 to 8 December 2024, Military",
  "Russia's leases on Tartus and Hmeimim, from January 2017 to 2066, Military",
  'Rebel offensive, from 27 November 2024 to 8 December 2024, Conflict',
  'Assad is ousted, 8 December 2024, Politics',
  'Assad flees to Moscow, 8 December 2024, reported, Politics',
  "Syria's political transition, since 8 December 2024, ongoing, Politics",
  'Al-Shaibani and Lavrov meet in Moscow, 31 July 2025, Diplomacy',
  'Pledge to review Assad-era agreements, 31 July 2025, Diplomacy',
];

/** The viewport the story is read in: wider than its 1280 px timeline, with room below. */
export const STORY_VIEWPORT = { width: 1400, height: 1000 };

export interface StoryOptions extends Omit<TimelineOptions, 'data' | 'src' | 'script'> {
  /** The page's viewport (default STORY_VIEWPORT), set before mounting if it is not that already. */
  viewport?: { width: number; height: number };
}

let story: Promise<unknown> | undefined;

/** The story's JSON, fetched once per test file and handed to every timeline as it is. */
export function storyData(): Promise<unknown> {
  story ??= loadJson(STORY_URL);
  return story;
}

/** Sets the viewport the story is read in, unless the page has it already. */
export async function storyViewport(size = STORY_VIEWPORT): Promise<void> {
  if (innerWidth !== size.width || innerHeight !== size.height) await setViewport(size);
}

/**
 * Mounts the story as the `data` of a timeline 1280 px wide (or `width`), with any other options,
 * in the story's viewport, and waits for it to load.
 */
export async function storyHarness(options: StoryOptions = {}): Promise<TimelineHarness> {
  const { viewport, ...rest } = options;
  await storyViewport(viewport);
  return TimelineHarness.create({ data: await storyData(), width: 1280, ...rest });
}
