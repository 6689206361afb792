import type { TimelineEvent } from './types.js';

/**
 * Text as search compares it: without case, diacritics or ligatures, in every script the element
 * reads. Canonical decomposition (NFKD) splits "é" into "e" and its accent, "ﬁ" into "fi", and
 * Arabic "أ" into "ا" and its hamza; the marks are then dropped (Latin accents, the Arabic
 * short vowels and shadda, the Russian "ё" and "й" marks, which Russian search ignores too).
 * Arabic letters written two ways are made one (ى as ي, ة as ه) and the tatweel is dropped.
 */
export function searchText(text: string, locale?: string): string {
  return fold(text, locale).replace(/\s+/g, ' ').trim();
}

/** searchText without the spaces made one: what each character of a text becomes. */
function fold(text: string, locale?: string): string {
  // Case first, in the text's own language: Turkish "İ" is "i" there, and "ı" once its dot is gone.
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u0640/g, '')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647');
}

/** The words of a query as search compares them. */
export function queryWords(query: string, locale?: string): string[] {
  return searchText(query, locale).split(' ').filter(Boolean);
}

/**
 * Where a query's words occur in a text, as [start, end) offsets into the text as written, sorted
 * and merged: the parts a table row marks. Each character is folded on its own, so an offset in
 * the folded text leads back to the character it came from ("ﬁ" gives two, an accent none).
 */
export function matchRanges(text: string, query: string, locale?: string): [number, number][] {
  const words = queryWords(query, locale);
  if (words.length === 0) return [];
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    const part = fold(char, locale);
    for (let k = 0; k < part.length; k++) {
      from.push(i);
      to.push(i + char.length);
    }
    folded += part;
    i += char.length;
  }
  const ranges: [number, number][] = [];
  // A word's last letter takes the marks written after it: "é" as "e" and a combining accent.
  const after = (end: number) => {
    while (end < text.length && /\p{M}|\u0640/u.test(text[end] as string)) end++;
    return end;
  };
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      ranges.push([from[at] as number, after(to[at + word.length - 1] as number)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
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
    const words = queryWords(query, this.locale);
    if (words.length === 0) return [];
    this.#texts ??= this.events.map((e) => searchText(searchableText(e), this.locale));
    const found: number[] = [];
    this.#texts.forEach((text, i) => {
      if (words.every((word) => text.includes(word))) found.push(i);
    });
    return found;
  }
}
