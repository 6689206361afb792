import type { TimelineEvent } from './types.js';

/**
 * Text as search compares it: without case, diacritics or ligatures, in every script the element
 * reads. Canonical decomposition (NFKD) splits "é" into "e" and its accent, "ﬁ" into "fi", and
 * Arabic "أ" into "ا" and its hamza; the marks are then dropped (Latin accents, the Arabic
 * short vowels and shadda, the Russian "ё" and "й" marks, which Russian search ignores too).
 * Arabic letters written two ways are made one (ى as ي, ة as ه) and the tatweel is dropped.
 */
export function searchText(text: string, locale?: string): string {
  // Case first, in the text's own language: Turkish "İ" is "i" there, and "ı" once its dot is gone.
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u0640/g, '')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What search reads of an event: its title, summary, description and quote. */
export function searchableText(event: TimelineEvent): string {
  const parts = [event.title, event.summary, event.description, event.quote?.text ?? ''];
  return parts.filter(Boolean).join('\n');
}

/**
 * The events' text made ready to search, once per dataset: built when first asked for (the
 * first focus of the search field), since most readers never search.
 */
export class SearchIndex {
  #texts: string[] | null = null;

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly locale?: string,
  ) {}

  /** The indices of the events whose text holds every word of the query, in time order. */
  find(query: string): number[] {
    const words = searchText(query, this.locale).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    this.#texts ??= this.events.map((e) => searchText(searchableText(e), this.locale));
    const found: number[] = [];
    this.#texts.forEach((text, i) => {
      if (words.every((word) => text.includes(word))) found.push(i);
    });
    return found;
  }
}
