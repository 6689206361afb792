// What the tests need from the browser, the same way in Chromium, Firefox and WebKit.
import { executeServerCommand } from '@web/test-runner-commands';
import { SKIPS, type Skip } from './skips.js';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in, read from the user agent (synchronous, so suites can use it). */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Sets the viewport in CSS px (WebDriver engines resize the window until it has that size). */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('engine-viewport', size);
  if (innerWidth !== size.width || innerHeight !== size.height) {
    throw new Error(
      `setViewport: asked for ${size.width}×${size.height}, got ${innerWidth}×${innerHeight}`,
    );
  }
}

/** Holds each key down in order, then lets them go: `chord('Shift', 'Tab')`. */
export async function chord(...keys: string[]): Promise<void> {
  await executeServerCommand('engine-chord', { keys });
}

export interface MediaFeatures {
  /** `print` lays the page out as for paper (Chromium only). */
  type?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'no-preference' | 'reduce';
  forcedColors?: 'none' | 'active';
}

const realMatchMedia = window.matchMedia.bind(window);
let reducedMotion: 'no-preference' | 'reduce' | null = null;

/**
 * A page-level seam for the media the element reads in script: `prefers-reduced-motion` answers
 * what the test set, every other query goes to the engine.
 */
window.matchMedia = (query: string): MediaQueryList => {
  const asked = /prefers-reduced-motion:\s*(no-preference|reduce)/.exec(query);
  if (!asked || reducedMotion === null) return realMatchMedia(query);
  const list = realMatchMedia(query);
  return new Proxy(list, {
    get(target, key) {
      if (key === 'matches') return asked[1] === reducedMotion;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
};

/**
 * Sets the colour scheme, reduced motion and forced colours together (what is not given is reset).
 * - The colour scheme is the page's own `color-scheme`, which the element's `light-dark()` follows
 *   in every engine.
 * - Reduced motion goes through the `matchMedia` seam above, which the element's script reads.
 * - Forced colours can only be emulated in Chromium (DevTools); elsewhere asking for them throws,
 *   and the tests that need them are listed in skips.ts.
 */
export async function emulateMediaFeatures(media: MediaFeatures = {}): Promise<void> {
  const colorScheme = media.colorScheme ?? 'light';
  document.documentElement.style.colorScheme = colorScheme;
  reducedMotion = media.reducedMotion ?? 'no-preference';
  const forced = media.forcedColors ?? 'none';
  if (engine === 'chromium') {
    await executeServerCommand('emulate-media-features', {
      type: media.type ?? 'screen',
      colorScheme,
      reducedMotion: reducedMotion,
      forcedColors: forced,
    });
  } else if (forced === 'active' || media.type === 'print') {
    throw new Error(`forced colours and print cannot be emulated in ${engine}`);
  }
  // Forced colours override the scheme: the page's own then no longer shows in computed style.
  if (forced === 'none' && getComputedStyle(document.documentElement).colorScheme !== colorScheme) {
    throw new Error(`the colour scheme did not take: ${colorScheme}`);
  }
  if (!matchMedia(`(prefers-reduced-motion: ${reducedMotion})`).matches) {
    throw new Error(`reduced motion did not take: ${reducedMotion}`);
  }
  if (forced === 'active' && !matchMedia('(forced-colors: active)').matches) {
    throw new Error('forced colours did not take');
  }
}

/** The skip listed for a test or suite title in this engine, if any. */
export function listedSkip(title: string): Skip | undefined {
  return SKIPS.find((s) => s.engines.includes(engine) && title.startsWith(s.title));
}

/**
 * For a suite whose `before` hook cannot run in an engine (a viewport it cannot have): call first
 * in that hook, and the whole suite is skipped where skips.ts lists it.
 */
export function skipSuiteWhereListed(context: Mocha.Context): void {
  if (listedSkip(context.test?.parent?.fullTitle() ?? '')) context.skip();
}

// Tests that an engine truly cannot run are listed in skips.ts, and skipped here by full title.
beforeEach(function skipWhereListed() {
  if (listedSkip(this.currentTest?.fullTitle() ?? '')) this.skip();
});
