import { en, type Messages } from './en.js';

const tables: Record<string, Partial<Messages>> = { en };

/** Registers the words of a language; missing words fall back to English. */
export function addMessages(lang: string, messages: Partial<Messages>): void {
  tables[lang.toLowerCase()] = messages;
  merged.clear();
}

const merged = new Map<string, Messages>();

/** The words for a BCP 47 tag: "ar-EG" uses "ar", and anything unknown uses English. */
export function messagesFor(lang: string): Messages {
  const tag = lang.toLowerCase();
  let words = merged.get(tag);
  if (!words) {
    words = { ...en, ...(tables[tag] ?? tables[tag.split('-')[0] ?? ''] ?? {}) };
    merged.set(tag, words);
  }
  return words;
}
