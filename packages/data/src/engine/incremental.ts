// Incremental re-scan. No match contains a line break, and a line break can never be inside a match, so the result
// for one line depends on that line alone. An edit therefore only changes the matches of the lines it touches: keep
// the matches before the first touched line, re-scan the touched lines of the new text, and shift the matches after
// them by the edit's change in length.
import type { Match, ScanState, TextEdit } from '../api.js';
import { LexiconError } from '../errors.js';
import { lineEndOf, lineStartOf, scanInto } from './scan.js';
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
  const index = firstMatchFrom(matches, offset + 1) - 1;
  if (index < 0) return undefined;
  const match = matches[index]!;
  return offset < match.end ? match : undefined;
}

function checkEdit(previous: ScanState, edit: TextEdit): void {
  const length = previous.text.length;
  const valid =
    typeof edit === 'object' &&
    edit !== null &&
    Number.isInteger(edit.start) &&
    Number.isInteger(edit.end) &&
    typeof edit.text === 'string' &&
    edit.start >= 0 &&
    edit.start <= edit.end &&
    edit.end <= length;
  if (!valid) {
    throw new LexiconError({
      code: 'invalid-argument',
      message: `rescan: the edit must replace a range [start, end) with 0 <= start <= end <= ${length} (the previous text's length) by a string`,
    });
  }
}

export function rescanState(index: MatchIndex, previous: ScanState, edit: TextEdit): ScanState {
  checkEdit(previous, edit);
  const oldText = previous.text;
  const text = oldText.slice(0, edit.start) + edit.text + oldText.slice(edit.end);
  const regionStart = lineStartOf(oldText, edit.start);
  const oldRegionEnd = lineEndOf(oldText, edit.end);
  const delta = edit.text.length - (edit.end - edit.start);
  const newRegionEnd = oldRegionEnd + delta;

  const matches = previous.matches.slice(0, firstMatchFrom(previous.matches, regionStart));
  scanInto(index, text, regionStart, newRegionEnd, matches);
  const old = previous.matches;
  for (let position = firstMatchFrom(old, oldRegionEnd); position < old.length; position++) {
    const match = old[position]!;
    matches.push(delta === 0 ? match : { start: match.start + delta, end: match.end + delta, text: match.text, id: match.id, kind: match.kind });
  }
  return { text, matches };
}
