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

export function rescanState(index: MatchIndex, previous: ScanState, edit: TextEdit): ScanState {
  const { oldText, old, start, end, inserted } = readArguments(previous, edit);
  const text = oldText.slice(0, start) + inserted + oldText.slice(end);
  const regionStart = lineStartOf(oldText, start);
  const oldRegionEnd = lineEndOf(oldText, end);
  const delta = inserted.length - (end - start);
  const newRegionEnd = oldRegionEnd + delta;

  const matches = old.slice(0, firstMatchFrom(old, regionStart));
  scanInto(index, text, regionStart, newRegionEnd, matches);
  for (let position = firstMatchFrom(old, oldRegionEnd); position < old.length; position++) {
    const match = old[position]!;
    matches.push(delta === 0 ? match : { start: match.start + delta, end: match.end + delta, text: match.text, id: match.id, kind: match.kind });
  }
  return { text, matches };
}
