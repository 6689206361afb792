import { en, type Messages } from './en.js';

/**
 * Translations load when a timeline first needs them, so a page in one language carries only
 * that language's words. Adding a language is adding a file here and a line below (or calling
 * addMessages from the page).
 */
const loaders: Record<string, () => Promise<{ default: Partial<Messages> }>> = {
  ar: () => import('./ar.js'),
  ru: () => import('./ru.js'),
};

const tables: Record<string, Partial<Messages>> = { en };
const loading = new Map<string, Promise<void>>();
const merged = new Map<string, Messages>();

/** Registers the words of a language; missing words fall back to English. */
export function addMessages(lang: string, messages: Partial<Messages>): void {
  tables[lang.toLowerCase()] = messages;
  merged.clear();
}

function baseOf(lang: string): string {
  const tag = lang.toLowerCase();
  return tables[tag] ? tag : (tag.split('-')[0] ?? '');
}

/** The words for a BCP 47 tag: "ar-EG" uses "ar"; unknown or not yet loaded, English. */
export function messagesFor(lang: string): Messages {
  const base = baseOf(lang);
  let words = merged.get(base);
  if (!words) {
    words = { ...en, ...(tables[base] ?? {}) };
    if (tables[base]) merged.set(base, words);
  }
  return words;
}

/** Loads the words of a language if there are any to load; resolves once messagesFor has them. */
export function loadMessages(lang: string): Promise<void> | null {
  const base = baseOf(lang);
  const load = loaders[base];
  if (tables[base] || !load) return null;
  let pending = loading.get(base);
  if (!pending) {
    pending = load().then((module) => addMessages(base, module.default));
    loading.set(base, pending);
  }
  return pending;
}
