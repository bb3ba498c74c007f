// Finding the acronym or term under a position without scanning more than the text around it: matches never span
// a line break, so the line is enough, and on a huge line (minified or generated text) only a window around the
// position, cut at whitespace so no word is split, is scanned.
import { matchAt, type Lexicon, type Match } from '@natolex/data';

/** Half-width of the window scanned on very long lines; longer than any entry the corpus or a glossary is likely to have. */
export const WINDOW_RADIUS = 2048;

export interface TextWindow {
  text: string;
  /** Offset of `text` in the whole text. */
  base: number;
}

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}

/** The line around `offset`, or a whitespace-bounded window of it when the line is very long. */
export function windowAround(text: string, offset: number, radius: number = WINDOW_RADIUS): TextWindow {
  const at = Math.max(0, Math.min(text.length, offset));
  let start = at;
  const lowest = Math.max(0, at - radius);
  while (start > lowest && !isLineBreak(text[start - 1])) start--;
  let end = at;
  const highest = Math.min(text.length, at + radius);
  while (end < highest && !isLineBreak(text[end])) end++;
  // Cut on whitespace when the window stopped inside a line, so a partial word cannot match.
  if (start > 0 && !isLineBreak(text[start - 1])) {
    const space = text.slice(start, at).search(/\s/);
    start = space === -1 ? at : start + space + 1;
  }
  if (end < text.length && !isLineBreak(text[end])) {
    const before = text.slice(at, end);
    const lastSpace = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t'));
    end = lastSpace === -1 ? at : at + lastSpace;
  }
  return { text: text.slice(start, Math.max(start, end)), base: start };
}

/** Every match in `window`, with offsets in the whole text. */
export function scanWindow(lexicon: Lexicon, window: TextWindow): Match[] {
  return lexicon.scan(window.text).map((match) => ({ ...match, start: match.start + window.base, end: match.end + window.base }));
}

/** The known acronym or term covering `offset` (start <= offset < end), if any. */
export function matchAround(lexicon: Lexicon, text: string, offset: number): Match | undefined {
  const window = windowAround(text, offset);
  const local = matchAt(lexicon.scan(window.text), offset - window.base);
  return local && { ...local, start: local.start + window.base, end: local.end + window.base };
}

/** Matches overlapping [start, end) (a selection), scanning only the lines it touches. */
export function matchesIn(lexicon: Lexicon, text: string, start: number, end: number): Match[] {
  if (end - start > 4 * WINDOW_RADIUS) return [];
  const from = windowAround(text, start).base;
  const toWindow = windowAround(text, end);
  const window = { text: text.slice(from, toWindow.base + toWindow.text.length), base: from };
  return scanWindow(lexicon, window).filter((match) => match.start < Math.max(end, start + 1) && match.end > start);
}
