// The search index's vocabulary: word → id, filled while the records' texts are read.
//
// Building the search index of 100k entries is about a million word look-ups. Slicing each word out of its text and
// looking it up in a Map made the first query take over a second (most of it allocating and hashing those strings,
// then collecting them); here the words of an ASCII text are folded to lower case, hashed and compared with the known
// word in place while they are read, so only new words are sliced (no lowered copy of each text, no test of the text
// before reading it: a text turns out not to be ASCII at its first non-ASCII character, and its remaining words are
// then read the slow way). The hash is mixed per character from a seed drawn per vocabulary, so a glossary cannot be
// written to make its words share probe sequences; should a probe sequence still grow long, the vocabulary moves to a
// Map (seeded by the engine) for the rest of the build.
import { searchWords } from './words.js';

/** A probe sequence longer than this sends the vocabulary to its Map. */
const MAX_PROBES = 64;

export class Vocabulary {
  readonly words: string[] = [];
  private hashes = new Int32Array(1 << 12);
  /** Open addressing: word id + 1 per slot, 0 for an empty slot. */
  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private readonly seed = (Math.random() * 0x100000000) | 0;
  private fallback: Map<string, number> | undefined;
  private buffer = new Int32Array(256);

  /** `maxProbes`: tests lower it to reach the Map. */
  constructor(private readonly maxProbes = MAX_PROBES) {}

  get size(): number {
    return this.words.length;
  }

  /** The ids of the words the last read() read, in ids[0, count). */
  get ids(): Int32Array {
    return this.buffer;
  }

  /** The id of every word of `text` (searchWords' words, in order), new words added; `each` gets them one by one. */
  forEachWordOf(text: string, each: (id: number) => void): void {
    const count = this.read(text);
    for (const id of this.buffer.slice(0, count)) each(id);
  }

  /**
   * Reads the words of `text` (searchWords' words, in order), new words added, and returns how many there are; their
   * ids are ids[0, count). A buffer rather than a callback per word: the index reads a million words.
   */
  read(text: string): number {
    const length = text.length;
    // A word is at least one character and is followed by a separator: at most (length + 1) / 2 words.
    if (length >= this.buffer.length * 2) this.buffer = new Int32Array(length);
    if (this.fallback !== undefined) return this.readSlowly(text, 0);
    const buffer = this.buffer;
    let read = 0;
    let position = 0;
    while (position < length) {
      let code = text.charCodeAt(position);
      if (code >= 0x80) return this.readSlowly(text, read);
      let folded = code >= 0x41 && code <= 0x5a;
      if (folded) code |= 0x20;
      else if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) {
        position++;
        continue;
      }
      const start = position;
      let hash = this.seed;
      for (;;) {
        hash = Math.imul(hash ^ code, 0x5bd1e995);
        hash ^= hash >>> 15;
        if (++position === length) break;
        code = text.charCodeAt(position);
        if (code >= 0x80) return this.readSlowly(text, read);
        if (code >= 0x41 && code <= 0x5a) {
          code |= 0x20;
          folded = true;
        } else if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) break;
      }
      buffer[read++] = this.find(text, start, position, hash, folded, true);
      // The fallback may have been taken on this word: the text's other words go to the Map.
      if (this.fallback !== undefined) return this.readSlowly(text, read);
    }
    return read;
  }

  /**
   * Reads the words of `text` after its first `read` the way searchWords reads them, and returns the count of all.
   * The words read so far are the first of searchWords(text) too: each ended at an ASCII character that was not a
   * letter or digit, and normalize(), removing marks and toLowerCase() leave ASCII as it is (lowering it) and never
   * move a character across it.
   */
  private readSlowly(text: string, read: number): number {
    const words = searchWords(text);
    // Decomposed, a text can have more words than the buffer was sized for.
    if (words.length > this.buffer.length) {
      const grown = new Int32Array(words.length);
      grown.set(this.buffer.subarray(0, read));
      this.buffer = grown;
    }
    for (let index = read; index < words.length; index++) {
      const word = words[index]!;
      this.buffer[index] = this.fallback === undefined ? this.idOf(word, 0, word.length) : this.viaMap(word);
    }
    return words.length;
  }

  /** The id of text[start, end) (a normalised word), added if new. */
  idOf(text: string, start: number, end: number): number {
    if (this.fallback !== undefined) return this.viaMap(text.slice(start, end));
    return this.find(text, start, end, this.hashOf(text, start, end), false, true);
  }

  /** The id of a known word, or undefined (adds nothing). */
  get(word: string): number | undefined {
    if (this.fallback !== undefined) return this.fallback.get(word);
    const id = this.find(word, 0, word.length, this.hashOf(word, 0, word.length), false, false);
    return id === -1 ? undefined : id;
  }

  private hashOf(text: string, start: number, end: number): number {
    let hash = this.seed;
    for (let position = start; position < end; position++) {
      hash = Math.imul(hash ^ text.charCodeAt(position), 0x5bd1e995);
      hash ^= hash >>> 15;
    }
    return hash;
  }

  /**
   * The id of the word text[start, end) (lowered first if `folded`: it has ASCII capitals) whose hash is `hash`; when
   * it is new, its new id if `add`, else -1.
   */
  private find(text: string, start: number, end: number, hash: number, folded: boolean, add: boolean): number {
    const { table, mask, words, hashes } = this;
    const length = end - start;
    let probes = 0;
    for (let slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot]! - 1;
      if (stored < 0) {
        if (!add) return -1;
        const id = words.length;
        words.push(folded ? text.slice(start, end).toLowerCase() : text.slice(start, end));
        if (id === hashes.length) {
          const grown = new Int32Array(id * 2);
          grown.set(hashes);
          this.hashes = grown;
        }
        this.hashes[id] = hash;
        table[slot] = id + 1;
        if (id * 2 > mask) this.grow();
        return id;
      }
      if (hashes[stored] === hash) {
        const word = words[stored]!;
        if (word.length === length && sameWord(word, text, start, folded)) return stored;
      }
      if (++probes > this.maxProbes) {
        this.fallback = new Map(words.map((known, id) => [known, id]));
        const word = folded ? text.slice(start, end).toLowerCase() : text.slice(start, end);
        return add ? this.viaMap(word) : (this.fallback.get(word) ?? -1);
      }
    }
  }

  private viaMap(word: string): number {
    let id = this.fallback!.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.fallback!.set(word, id);
    }
    return id;
  }

  private grow(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      const hash = this.hashes[id]!;
      let slot = (hash ^ (hash >>> 16)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** `word` equals text[start, start + word.length), lowered first if `folded` (ASCII). */
function sameWord(word: string, text: string, start: number, folded: boolean): boolean {
  const length = word.length;
  if (folded) {
    for (let index = 0; index < length; index++) {
      let code = text.charCodeAt(start + index);
      if (code >= 0x41 && code <= 0x5a) code |= 0x20;
      if (word.charCodeAt(index) !== code) return false;
    }
    return true;
  }
  for (let index = 0; index < length; index++) if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
