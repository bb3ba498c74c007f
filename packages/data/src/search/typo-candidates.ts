// Where typo candidates come from: the vocabulary's words by trigram and by length, made on the first query with a
// word of four letters or more. A Map from trigram text to an array of words meant, at 100k entries, a million
// trigram strings sliced, hashed and pushed on that query; here a trigram of ASCII letters and digits is a number (its
// three symbols in base 38), other trigrams are numbered through a Map, and the words of each trigram and of each
// length are ranges of flat arrays, grouped with a counting sort.

/** Symbols of ASCII trigrams: 0–9, a–z, and the boundary marks "^" and "$" that trigrams() pads a word with. */
const SYMBOLS = 38;

function symbolOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 10;
  return code === 0x5e ? 36 : code === 0x24 ? 37 : -1;
}

/** Ranges of a flat array by key: the values of key k are values[start[k], start[k + 1]). */
interface Grouped {
  start: Int32Array;
  values: Int32Array;
}

function groupByKey(keys: Int32Array, values: Int32Array, count: number, keyCount: number): Grouped {
  const start = new Int32Array(keyCount + 1);
  for (let index = 0; index < count; index++) start[keys[index]! + 1]!++;
  for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!;
  const next = start.slice(0, keyCount);
  const grouped = new Int32Array(count);
  for (let index = 0; index < count; index++) grouped[next[keys[index]!]!++] = values[index]!;
  return { start, values: grouped };
}

export class TypoCandidates {
  /** Trigram ids: an ASCII trigram's number, or SYMBOLS³ + its place in `otherGrams`. */
  private readonly otherGrams = new Map<string, number>();
  private readonly byGram: Grouped;
  private readonly byLength: Grouped;
  private readonly longest: number;

  constructor(words: readonly string[]) {
    let gramKeys = new Int32Array(Math.max(16, words.length * 8));
    let gramWords = new Int32Array(gramKeys.length);
    let pairs = 0;
    const lengths = new Int32Array(words.length);
    const wordIds = new Int32Array(words.length);
    let longest = 0;
    /** The last word each trigram id was counted for: a word is listed once per distinct trigram. */
    let lastWord = new Int32Array(SYMBOLS ** 3).fill(-1);
    for (let word = 0; word < words.length; word++) {
      const text = words[word]!;
      lengths[word] = text.length;
      wordIds[word] = word;
      if (text.length > longest) longest = text.length;
      const grams = text.length; // "^word$" has length + 2 code units: `length` trigrams
      if (pairs + grams > gramKeys.length) {
        const size = Math.max(pairs + grams, gramKeys.length * 2);
        const keys = new Int32Array(size);
        keys.set(gramKeys);
        gramKeys = keys;
        const values = new Int32Array(size);
        values.set(gramWords);
        gramWords = values;
      }
      for (let index = 0; index < grams; index++) {
        const gram = this.gramIdOf(paddedUnit(text, index - 1), paddedUnit(text, index), paddedUnit(text, index + 1), true);
        if (gram >= lastWord.length) {
          const grown = new Int32Array(Math.max(gram + 1, lastWord.length * 2)).fill(-1);
          grown.set(lastWord);
          lastWord = grown;
        }
        if (lastWord[gram] === word) continue;
        lastWord[gram] = word;
        gramKeys[pairs] = gram;
        gramWords[pairs++] = word;
      }
    }
    this.byGram = groupByKey(gramKeys, gramWords, pairs, SYMBOLS ** 3 + this.otherGrams.size);
    this.byLength = groupByKey(lengths, wordIds, words.length, longest + 1);
    this.longest = longest;
  }

  /** The words that have the trigram `gram` (as trigrams() writes it), in vocabulary order. */
  wordsWithTrigram(gram: string): Int32Array {
    const id = this.gramIdOf(gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2), false);
    return id === -1 ? new Int32Array(0) : this.byGram.values.subarray(this.byGram.start[id]!, this.byGram.start[id + 1]!);
  }

  /** The words of `length` code units, in vocabulary order. */
  wordsOfLength(length: number): Int32Array {
    if (length < 0 || length > this.longest) return new Int32Array(0);
    return this.byLength.values.subarray(this.byLength.start[length]!, this.byLength.start[length + 1]!);
  }

  /** The id of the trigram of code units a, b, c; numbered if new and `add`, else -1 when unknown. */
  private gramIdOf(a: number, b: number, c: number, add: boolean): number {
    const x = symbolOf(a);
    const y = symbolOf(b);
    const z = symbolOf(c);
    if (x !== -1 && y !== -1 && z !== -1) return (x * SYMBOLS + y) * SYMBOLS + z;
    const key = String.fromCharCode(a, b, c);
    let id = this.otherGrams.get(key);
    if (id === undefined) {
      if (!add) return -1;
      this.otherGrams.set(key, (id = SYMBOLS ** 3 + this.otherGrams.size));
    }
    return id;
  }
}

/** The code unit at `at` of "^" + text + "$" (-1 is the "^"). */
function paddedUnit(text: string, at: number): number {
  return at === -1 ? 0x5e : at === text.length ? 0x24 : text.charCodeAt(at);
}
