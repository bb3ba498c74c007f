// Prefix candidates: the vocabulary's words chained by their first two code units (a sort of the whole vocabulary
// was a fifth of the build, a Map of arrays most of the rest); a query word's candidates are sorted when it is
// searched. Two ASCII code units index a flat table; any other pair goes through a Map.

/** Two code units below 0x80 make a key below this. */
const ASCII_KEYS = 0x80 * 0x80;

export class WordPrefixes {
  /** The last word of each chain (id + 1, 0 for none), and for each word the word before it in its chain (id + 1). */
  private readonly asciiLast = new Int32Array(ASCII_KEYS);
  private readonly otherLast = new Map<number, number>();
  private readonly previous: Int32Array;

  constructor(private readonly words: readonly string[]) {
    this.previous = new Int32Array(words.length);
    for (let word = 0; word < words.length; word++) {
      const text = words[word]!;
      if (text.length < 2) continue;
      const first = text.charCodeAt(0);
      const second = text.charCodeAt(1);
      if (first < 0x80 && second < 0x80) {
        const key = first * 0x80 + second;
        this.previous[word] = this.asciiLast[key]!;
        this.asciiLast[key] = word + 1;
      } else {
        const key = first * 0x10000 + second;
        this.previous[word] = this.otherLast.get(key) ?? 0;
        this.otherLast.set(key, word + 1);
      }
    }
  }

  /** The first `max` words (in code-unit order) that start with `prefix` (of two code units or more). */
  startingWith(prefix: string, max: number): number[] {
    const first = prefix.charCodeAt(0);
    const second = prefix.charCodeAt(1);
    const words = this.words;
    const starting: number[] = [];
    let link = first < 0x80 && second < 0x80 ? this.asciiLast[first * 0x80 + second]! : (this.otherLast.get(first * 0x10000 + second) ?? 0);
    for (; link !== 0; link = this.previous[link - 1]!) if (words[link - 1]!.startsWith(prefix)) starting.push(link - 1);
    starting.sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
    return starting.length > max ? starting.slice(0, max) : starting;
  }
}
