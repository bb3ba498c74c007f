// Word normalisation for search: case- and accent-insensitive ("Melange" finds "mélange"), split on anything that
// is not a letter or a number ("NATO’s" → nato, s; "NTM-I" → ntm, i).

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
// ASCII text (most of a lexicon) has nothing to decompose and no marks: the same words without normalize() and the
// Unicode classes, which are most of the cost of building the search index.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_WORD_RUN = /[a-z0-9]+/g;

export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The normalised words of a text, in order. */
export function searchWords(text: string): string[] {
  if (ASCII_ONLY.test(text)) return text.toLowerCase().match(ASCII_WORD_RUN) ?? [];
  const folded = text.normalize('NFD').replace(MARKS, '').toLowerCase();
  return folded.match(WORD_RUN) ?? [];
}

/** The words of `text` with their offsets in `text` (for excerpts). */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const spans: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = normalizeWord(match[0]);
    if (word.length > 0) spans.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) if it is at most `max`, else max + 1.
 * Stops as soon as every cell of a row exceeds `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let previousPrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    let rowMinimum = row;
    for (let column = 1; column <= b.length; column++) {
      const cost = a.charCodeAt(row - 1) === b.charCodeAt(column - 1) ? 0 : 1;
      let value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        value = Math.min(value, previousPrevious[column - 2]! + 1);
      }
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Trigrams of a word padded with one boundary mark on each side ("nato" → "^na", "nat", "ato", "to$"). */
export function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let index = 0; index + 3 <= padded.length; index++) grams.push(padded.slice(index, index + 3));
  return grams;
}
