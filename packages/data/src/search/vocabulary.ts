// The search index's vocabulary: word → id, filled while the records' texts are read.
//
// Building the search index of 100k entries is about 1.5 million word look-ups. Slicing each word out of its text
// and looking it up in a Map made the first query take over a second (most of it allocating and hashing those
// strings, then collecting them); here the words of an ASCII text are hashed in place while they are read and
// compared with the known word in place, so only new words are sliced. The hash is mixed per character from a seed
// drawn per vocabulary, so a glossary cannot be written to make its words share probe sequences; should a probe
// sequence still grow long, the vocabulary moves to a Map (seeded by the engine) for the rest of the build.
import { searchWords } from './words.js';

const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** A probe sequence longer than this sends the vocabulary to its Map. */
const MAX_PROBES = 64;

export class Vocabulary {
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private table = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private readonly seed = (Math.random() * 0x100000000) | 0;
  private fallback: Map<string, number> | undefined;

  /** `maxProbes`: tests lower it to reach the Map. */
  constructor(private readonly maxProbes = MAX_PROBES) {}

  get size(): number {
    return this.words.length;
  }

  /** The id of every word of `text` (searchWords' words, in order), new words added; `each` gets them one by one. */
  forEachWordOf(text: string, each: (id: number) => void): void {
    if (!ASCII_ONLY.test(text)) {
      for (const word of searchWords(text)) each(this.idOf(word, 0, word.length));
      return;
    }
    const folded = text.toLowerCase();
    const length = folded.length;
    let position = 0;
    while (position < length) {
      let code = folded.charCodeAt(position);
      if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) {
        position++;
        continue;
      }
      const start = position;
      let hash = this.seed;
      while (position < length && ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) {
        hash = Math.imul(hash ^ code, 0x5bd1e995);
        hash ^= hash >>> 15;
        code = folded.charCodeAt(++position);
      }
      each(this.find(folded, start, position, hash));
    }
  }

  /** The id of text[start, end) (a normalised word), added if new. */
  idOf(text: string, start: number, end: number): number {
    let hash = this.seed;
    for (let position = start; position < end; position++) {
      hash = Math.imul(hash ^ text.charCodeAt(position), 0x5bd1e995);
      hash ^= hash >>> 15;
    }
    return this.find(text, start, end, hash);
  }

  /** The id of a known word, or undefined (adds nothing). */
  get(word: string): number | undefined {
    if (this.fallback !== undefined) return this.fallback.get(word);
    let hash = this.seed;
    for (let position = 0; position < word.length; position++) {
      hash = Math.imul(hash ^ word.charCodeAt(position), 0x5bd1e995);
      hash ^= hash >>> 15;
    }
    const id = this.find(word, 0, word.length, hash, false);
    return id === -1 ? undefined : id;
  }

  /** The id of text[start, end) whose hash is `hash`; when it is new, its new id if `add`, else -1. */
  private find(text: string, start: number, end: number, hash: number, add = true): number {
    if (this.fallback !== undefined) return add ? this.viaMap(text.slice(start, end)) : (this.fallback.get(text.slice(start, end)) ?? -1);
    const { table, mask, words, hashes } = this;
    const length = end - start;
    let probes = 0;
    for (let slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot]! - 1;
      if (stored < 0) {
        if (!add) return -1;
        const id = words.length;
        words.push(text.slice(start, end));
        hashes.push(hash);
        table[slot] = id + 1;
        if (id * 2 > mask) this.grow();
        return id;
      }
      if (hashes[stored] === hash) {
        const word = words[stored]!;
        if (word.length === length) {
          let same = true;
          for (let index = 0; index < length; index++) {
            if (word.charCodeAt(index) !== text.charCodeAt(start + index)) {
              same = false;
              break;
            }
          }
          if (same) return stored;
        }
      }
      if (++probes > this.maxProbes) {
        this.fallback = new Map(words.map((word, id) => [word, id]));
        return this.find(text, start, end, hash, add);
      }
    }
  }

  private viaMap(word: string): number {
    let id = this.fallback!.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.hashes.push(0);
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
