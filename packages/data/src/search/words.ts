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

/** The three rows boundedEditDistance works in, reused: a typo query checks thousands of candidate words. */
let rows = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) if it is at most `max`, else max + 1.
 * Stops as soon as every cell of a row exceeds `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Rows as offsets into `rows`: the one before the previous (for transpositions), the previous and the current.
  let previousPrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let column = 0; column < width; column++) {
    rows[previousPrevious + column] = 0;
    rows[previous + column] = column;
  }
  for (let row = 1; row <= a.length; row++) {
    rows[current] = row;
    let rowMinimum = row;
    const unit = a.charCodeAt(row - 1);
    for (let column = 1; column <= b.length; column++) {
      const cost = unit === b.charCodeAt(column - 1) ? 0 : 1;
      let value = Math.min(rows[previous + column]! + 1, rows[current + column - 1]! + 1, rows[previous + column - 1]! + cost);
      if (row > 1 && column > 1 && unit === b.charCodeAt(column - 2) && a.charCodeAt(row - 2) === b.charCodeAt(column - 1)) {
        value = Math.min(value, rows[previousPrevious + column - 2]! + 1);
      }
      rows[current + column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return Math.min(rows[previous + b.length]!, max + 1);
}

/** Trigrams of a word padded with one boundary mark on each side ("nato" → "^na", "nat", "ato", "to$"). */
export function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let index = 0; index + 3 <= padded.length; index++) grams.push(padded.slice(index, index + 3));
  return grams;
}
