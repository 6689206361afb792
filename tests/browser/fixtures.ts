import { nextFrame } from '@open-wc/testing';

/** The ten-event story of Russia and Syria, as the demo serves it. */
export const STORY_URL = '/data/russia-syria.json';
/** The same story in Arabic and in Russian: the same ids, dates and categories. */
export const STORY_AR_URL = '/data/russia-syria.ar.json';
export const STORY_RU_URL = '/data/russia-syria.ru.json';
export const TIMELINEJS_URL = '/data/bases-timelinejs.json';

/** A native event: the two required fields, plus any others given. */
export function event(title: string, start: string, fields: Record<string, unknown> = {}) {
  return { title, start, ...fields };
}

/**
 * Twelve events on 8 December 2024, more than a lane has label rows, so some share a cluster,
 * between two events years apart.
 */
export const SAME_DAY = {
  title: 'One day',
  events: [
    event('Long before', '2020-01-01', { id: 'before' }),
    ...[
      'Alpha',
      'Bravo',
      'Charlie',
      'Delta',
      'Echo',
      'Foxtrot',
      'Golf',
      'Hotel',
      'India',
      'Juliett',
      'Kilo',
      'Lima',
    ].map((name) =>
      event(`${name} happened on the same day`, '2024-12-08', { id: name.toLowerCase() }),
    ),
    event('Long after', '2028-12-31', { id: 'after' }),
  ],
};

/** Reads a JSON file from the dev server, for tests that hand the data over as a property. */
export async function loadJson<T = unknown>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** A URL that serves `text` as application/json, for JSON that no file in the repository should hold. */
export function jsonUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

/**
 * Waits for `n` animation frames. Three are enough for the element's first measurement: the
 * resize observation comes in the first frame and the element renders in the next.
 */
export async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

export interface HeldFetch {
  url: string;
  signal: AbortSignal | null;
  /** Answers the request with `body` as JSON, whether or not it was aborted. */
  respond(body: unknown): void;
}

/**
 * Replaces `window.fetch` with one that holds every request until the test answers it, ignoring
 * aborts as a slow server or a fetch polyfill might. Returns the held requests and a restore function.
 */
export function holdFetch(): { calls: HeldFetch[]; restore: () => void } {
  const original = window.fetch;
  const calls: HeldFetch[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve) => {
      calls.push({
        url: String(input),
        signal: init?.signal ?? null,
        respond: (body) =>
          resolve(
            new Response(JSON.stringify(body), {
              headers: { 'content-type': 'application/json' },
            }),
          ),
      });
    });
  return { calls, restore: () => (window.fetch = original) };
}

/** Counts the URLs fetched, passing every request on to the real fetch. */
export function spyFetch(): { urls: string[]; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

/** Collects uncaught errors and unhandled rejections on the page until stopped. */
export function watchPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365.25 * DAY;

/** Milliseconds of a UTC calendar date, months counted from 1: `utc(2024, 12, 8)`. */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** A date as text, for failure messages. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export { emulateMediaFeatures, type MediaFeatures } from './engine.js';
