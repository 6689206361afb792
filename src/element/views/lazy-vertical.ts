/** The vertical layout's chunk (vertical-chunk.ts), once an element on the page has loaded it. */
let parts: typeof import('./vertical-chunk.js') | null = null;
let loading: Promise<void> | null = null;

/** The vertical layout's code, once loaded. */
export function verticalParts(): typeof parts {
  return parts;
}

/** Loads the vertical layout; null when it is already here. */
export function loadVertical(): Promise<void> | null {
  if (parts) return null;
  loading ??= import('./vertical-chunk.js').then(
    (module) => {
      parts = module;
    },
    (error: unknown) => {
      // A chunk that failed to arrive (offline, say) is asked for again at the next update.
      loading = null;
      throw error;
    },
  );
  return loading;
}
