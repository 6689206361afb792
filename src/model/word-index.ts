import { addBit, andBits, emptyBits, indicesOf, orBits } from './bit-set.js';
import { searchText } from './search.js';

/**
 * The events' words, as search compares them, with the events each word is in: what search reads
 * at a million events. Searching every event's text costs a pass over all of it (about 190 MB at a
 * million generated events: 120–200 ms in V8, measured); here a query word is looked for in the
 * distinct words only (a few hundred to a few hundred thousand), and their events are joined as
 * bit sets. A query word never holds a space, so it is in an event's text exactly when it is in
 * one of its words: the results are those of SearchIndex.
 *
 * A word in at least 1/32 of the events keeps them as a bit set (n / 8 bytes), a rarer one as a
 * list of indices (4 bytes each): whichever is smaller.
 */
export class WordIndex {
  /** The last query's words and their events, which the next keystroke mostly asks for again. */
  #recent = new Map<string, Uint32Array>();

  constructor(
    /** How many events. */
    readonly size: number,
    /** Every distinct word, each followed by "\n". */
    private readonly dictionary: string,
    /** Where each word starts in the dictionary, and (last) its length. */
    private readonly wordStarts: Int32Array,
    /** The events of word w: postings[postingStarts[w] … postingStarts[w + 1]), or bitSets[w]. */
    private readonly postingStarts: Int32Array,
    private readonly postings: Int32Array,
    private readonly bitSets: readonly (Uint32Array | undefined)[],
  ) {}

  /** The indices of the events that hold every one of `words` (normalised), ascending. */
  find(words: readonly string[]): Int32Array {
    if (words.length === 0) return new Int32Array(0);
    const recent = new Map<string, Uint32Array>();
    for (const word of words) {
      if (!recent.has(word)) recent.set(word, this.#recent.get(word) ?? this.eventsOf(word));
    }
    this.#recent = recent;
    const [first, ...rest] = [...recent.values()];
    const found = Uint32Array.from(first ?? []);
    for (const bits of rest) andBits(found, bits);
    return indicesOf(found);
  }

  /** The events whose text holds `word`: the union of the events of every word it is part of. */
  private eventsOf(word: string): Uint32Array {
    const found = emptyBits(this.size);
    const last = this.wordStarts.length - 2;
    let id = 0;
    for (let at = this.dictionary.indexOf(word); at >= 0; ) {
      id = this.wordAt(at, id, last);
      const bits = this.bitSets[id];
      if (bits) orBits(found, bits);
      else {
        const end = this.postingStarts[id + 1] ?? 0;
        for (let p = this.postingStarts[id] ?? 0; p < end; p++)
          addBit(found, this.postings[p] ?? 0);
      }
      at = this.dictionary.indexOf(word, this.wordStarts[id + 1]);
    }
    return found;
  }

  /** The word the dictionary's character `at` belongs to, at or after word `from`. */
  private wordAt(at: number, from: number, last: number): number {
    let lo = from;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.wordStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The words of a text (or a query) as search compares them. */
export function wordsOf(text: string, locale?: string): string[] {
  // Text in ASCII has no marks, ligatures or Arabic to undo: lower case is all (2–3× faster).
  const lower = /^[\0-\x7f]*$/.test(text)
    ? text.toLocaleLowerCase(locale || undefined)
    : searchText(text, locale || undefined);
  return lower.split(/\s+/).filter(Boolean);
}

/**
 * Builds a WordIndex one event at a time, so that a caller can build it in slices: `add` each
 * event's words in order, then `build`.
 */
export class WordIndexBuilder {
  readonly #ids = new Map<string, number>();
  /** For each word, how many events have it, and the last event that did. */
  readonly #counts: number[] = [];
  readonly #lastEvent: number[] = [];
  /** Each event's distinct word ids, one event after another. */
  #eventWords = new Int32Array(1024);
  #length = 0;
  readonly #eventEnds: number[] = [];

  /** Adds the next event, by its words (wordsOf). */
  add(words: readonly string[]): void {
    const event = this.#eventEnds.length;
    for (const word of words) {
      let id = this.#ids.get(word);
      if (id === undefined) {
        id = this.#ids.size;
        this.#ids.set(word, id);
        this.#counts.push(0);
        this.#lastEvent.push(-1);
      }
      if (this.#lastEvent[id] === event) continue;
      this.#lastEvent[id] = event;
      this.#counts[id] = (this.#counts[id] ?? 0) + 1;
      this.#push(id);
    }
    this.#eventEnds.push(this.#length);
  }

  #push(id: number): void {
    if (this.#length === this.#eventWords.length) {
      const grown = new Int32Array(this.#eventWords.length * 2);
      grown.set(this.#eventWords);
      this.#eventWords = grown;
    }
    this.#eventWords[this.#length++] = id;
  }

  /** The index of the events added so far. */
  build(): WordIndex {
    const assembly = this.assemble();
    for (let event = 0; event < assembly.size; event++) assembly.fill(event);
    return assembly.done();
  }

  /**
   * The index of the events added so far, in steps a caller can spread over several tasks:
   * `fill(event)` files each event's words under them, in order; then `done()`.
   */
  assemble(): { size: number; fill(event: number): void; done(): WordIndex } {
    const size = this.#eventEnds.length;
    const words = [...this.#ids.keys()];
    const wordStarts = new Int32Array(words.length + 1);
    words.forEach((word, id) => {
      wordStarts[id + 1] = (wordStarts[id] ?? 0) + word.length + 1;
    });
    const bitSets: (Uint32Array | undefined)[] = [];
    const postingStarts = new Int32Array(words.length + 1);
    this.#counts.forEach((count, id) => {
      const dense = count * 32 >= size;
      bitSets.push(dense ? emptyBits(size) : undefined);
      postingStarts[id + 1] = (postingStarts[id] ?? 0) + (dense ? 0 : count);
    });
    const postings = new Int32Array(postingStarts[words.length] ?? 0);
    const next = postingStarts.slice(0, words.length);
    const fill = (event: number) => {
      const end = this.#eventEnds[event] ?? 0;
      for (let k = this.#eventEnds[event - 1] ?? 0; k < end; k++) {
        const id = this.#eventWords[k] ?? 0;
        const bits = bitSets[id];
        if (bits) addBit(bits, event);
        else {
          const at = next[id] ?? 0;
          postings[at] = event;
          next[id] = at + 1;
        }
      }
    };
    const done = () => {
      const dictionary = words.length ? `${words.join('\n')}\n` : '';
      return new WordIndex(size, dictionary, wordStarts, postingStarts, postings, bitSets);
    };
    return { size, fill, done };
  }
}
