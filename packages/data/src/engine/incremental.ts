// Incremental re-scan. Matches cross soft line breaks, so a line's matches can depend on the lines around it, but
// only within the paragraph and only as far as a walk reads: the scanner decides at each place by reading at most
// one form's worth of tokens ahead (MAX_FORM_TOKENS, plus the token that fails and the peek past a line break). So:
// - before the edit, every decision made further back than that reach is unchanged: keep the matches from there
//   back (resumeBefore), and re-scan from there;
// - after the edit, once the new scan stands at a line start in the unchanged tail where the old scan stood too (no
//   old match crossed it), both scans go on identically: stop and shift the old matches after it.
// The work is the edited lines plus about one form's reach on either side, whatever the paragraph's length.
import type { Match, ScanState, TextEdit } from '../api.js';
import { MAX_FORM_TOKENS } from '../document-checks.js';
import { LexiconError } from '../errors.js';
import { ASCII_CLASSES, ASCII_WORD, BREAK, OTHER, SPACE, classOfUnit } from '../text/chars.js';
import { lineEndOf, lineStartOf, scanInto } from './scan.js';
import { isLineBreak } from './soft-break.js';
import type { MatchIndex } from './trie.js';

/** Index of the first match whose start is >= offset. */
export function firstMatchFrom(matches: readonly Match[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The match covering `offset` (start <= offset < end), found by binary search: O(log n). */
export function matchAt(matches: readonly Match[], offset: number): Match | undefined {
  try {
    if (!Array.isArray(matches) || typeof offset !== 'number' || Number.isNaN(offset)) return undefined;
    const index = firstMatchFrom(matches, offset + 1) - 1;
    if (index < 0) return undefined;
    const match = matches[index] as unknown;
    return typeof match === 'object' && match !== null && offset < (match as Match).end ? (match as Match) : undefined;
  } catch {
    return undefined; // matches that are not Match objects (null items, throwing getters): no match covers anything
  }
}

/** The state and edit, read once each (a getter must not answer one thing to the check and another to the work). */
function readArguments(previous: ScanState, edit: TextEdit): { oldText: string; old: readonly Match[]; start: number; end: number; inserted: string } {
  const oldText: unknown = typeof previous === 'object' && previous !== null ? previous.text : undefined;
  const old: unknown = typeof oldText === 'string' ? previous.matches : undefined;
  if (typeof oldText !== 'string' || !Array.isArray(old)) {
    throw new LexiconError({ code: 'invalid-argument', message: 'rescan: the previous state must be what scanState or rescan returned ({ text, matches })' });
  }
  const isObject = typeof edit === 'object' && edit !== null;
  const start: unknown = isObject ? edit.start : undefined;
  const end: unknown = isObject ? edit.end : undefined;
  const inserted: unknown = isObject ? edit.text : undefined;
  const length = oldText.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || typeof inserted !== 'string' || !(0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= length)) {
    throw new LexiconError({
      code: 'invalid-argument',
      message: `rescan: the edit must replace a range [start, end) with 0 <= start <= end <= ${length} (the previous text's length) by a string`,
    });
  }
  return { oldText, old: old as readonly Match[], start: start as number, end: end as number, inserted };
}

/**
 * Tokens a decision reads at most: the longest form, the token that fails the walk and the look past a line break,
 * with a margin. A decision made more than this many tokens before an edit cannot see it.
 */
const REACH = MAX_FORM_TOKENS + 6;

const GREATER_THAN = 0x3e;

/** Whether a code unit belongs to a word or a non-ASCII symbol (not whitespace, not a line break). */
function isWordish(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return true; // halves of astral letters or symbols
  const cls = classOfUnit(code);
  return cls !== SPACE && cls !== BREAK;
}

/**
 * A place at or before `offset` (a line start) from which a scan of `text` decides exactly as a scan of the whole
 * text does for everything that reads at or after `offset`: either REACH tokens back (counting only tokens that are
 * certainly separate: runs of word characters and ASCII punctuation other than ">", which a wrapped line's prefix
 * may hold), or the start of the paragraph (after a blank line), or the text's start. The place returned follows an
 * ASCII non-word character or a line break, so it is where a scan would stand.
 */
function resumeBefore(text: string, offset: number): number {
  let tokens = 0;
  let lineEnd = offset - 1; // the break that ends the line being read backwards
  let lineHasContent = true; // (the line at `offset` counts as content: it is the edited one)
  let inWord = false;
  for (let index = offset - 2; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (isLineBreak(code)) {
      if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a && index + 1 === lineEnd) {
        lineEnd = index; // the CR of a CRLF: the same break
        continue;
      }
      if (!lineHasContent) return lineEnd + 1; // a blank line: no walk crosses it
      lineEnd = index;
      lineHasContent = false;
      inWord = false;
      continue;
    }
    if (isWordish(code)) {
      lineHasContent = true;
      if (!inWord) tokens++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (code === GREATER_THAN || ASCII_CLASSES[code] === SPACE) continue;
    lineHasContent = true;
    if (ASCII_CLASSES[code] === OTHER) tokens++;
    if (tokens >= REACH) return index + 1;
  }
  return 0;
}

/**
 * A copy of a match's text that does not keep the whole text alive. V8 makes a slice of 13 or more characters a view
 * of its parent string, so each rescanned match kept that edit's whole text (1 MB or more) alive as long as the match
 * lived: an editing session retained one text per edit (300 MB after 600 edits of a 1 MB draft) and garbage
 * collection grew with it. Slicing a fresh concatenation copies the characters once into a string of the match's size.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Whether the old scan, shifted by `delta`, stood at `position` too (no old match crosses it). */
function oldScanStoodAt(old: readonly Match[], position: number, delta: number): number {
  const at = firstMatchFrom(old, position - delta);
  return at > 0 && old[at - 1]!.end > position - delta ? -1 : at;
}

export function rescanState(index: MatchIndex, previous: ScanState, edit: TextEdit): ScanState {
  const { oldText, old, start, end, inserted } = readArguments(previous, edit);
  const text = oldText.slice(0, start) + inserted + oldText.slice(end);
  const delta = inserted.length - (end - start);
  const insertedEnd = start + inserted.length;

  // Keep the old matches that start before the resume point; one that crosses it is re-scanned from its start.
  let resume = resumeBefore(text, lineStartOf(text, start));
  let kept = firstMatchFrom(old, resume);
  if (kept > 0 && old[kept - 1]!.end > resume) resume = old[--kept]!.start;
  const matches = old.slice(0, kept);

  // Re-scan line by line until the two scans stand at the same line start after the edit.
  let position = resume;
  let to = Math.min(text.length, lineEndOf(text, insertedEnd) + 1);
  for (;;) {
    const found = matches.length;
    scanInto(index, text, position, to, matches, text.length);
    for (let at = found; at < matches.length; at++) matches[at]!.text = detached(matches[at]!.text);
    const last = matches[matches.length - 1];
    position = last !== undefined && last.end > to ? last.end : to;
    if (position >= text.length) return { text, matches };
    const tail = position > insertedEnd && isLineBreak(text.charCodeAt(position - 1)) ? oldScanStoodAt(old, position, delta) : -1;
    if (tail !== -1) {
      for (let at = tail; at < old.length; at++) {
        const match = old[at]!;
        matches.push(delta === 0 ? match : { start: match.start + delta, end: match.end + delta, text: match.text, id: match.id, term: match.term, kind: match.kind });
      }
      return { text, matches };
    }
    to = Math.min(text.length, lineEndOf(text, position) + 1);
  }
}
