// The lexicon's matches in the prose of a Markdown text: each prose block is scanned on its own (so no match runs
// from one block into the next, while the wrapped lines of a paragraph match as one), and matches that touch
// non-prose (code, link destinations, HTML, …) are dropped.
import type { Lexicon, Match } from '@natolex/data';
import type { ProseBlock, ProseModel, TextRange } from './prose.js';

/** Whether [start, end) overlaps none of the sorted, disjoint `ranges`, from `cursor` on; returns the new cursor or -1. */
function clearOf(ranges: readonly TextRange[], start: number, end: number, cursor: number): number {
  let at = cursor;
  while (at < ranges.length && ranges[at]!.end <= start) at++;
  const next = ranges[at];
  return next !== undefined && next.start < end ? -1 : at;
}

/** Index of the first of the sorted, disjoint `ranges` that ends after `offset` (binary search). */
export function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Matches inside prose blocks and clear of non-prose, sorted by start. */
export function proseMatches(lexicon: Pick<Lexicon, 'scan'>, model: ProseModel): Match[] {
  return proseMatchesOf(lexicon, model, model.blocks);
}

/** proseMatches of some of the model's blocks (sorted, e.g. the blocks of one re-read region). */
export function proseMatchesOf(lexicon: Pick<Lexicon, 'scan'>, model: ProseModel, blocks: readonly ProseBlock[]): Match[] {
  const matches: Match[] = [];
  let cursor = blocks.length === 0 ? 0 : firstEndingAfter(model.nonProse, blocks[0]!.start);
  let covered = 0;
  for (const block of blocks) {
    // The scan is widened to the block's lines (a list marker or ">" before it); keep what lies inside the block.
    for (const match of lexicon.scan(model.text, block)) {
      if (match.start < block.start || match.end > block.end || match.start < covered) continue;
      const next = clearOf(model.nonProse, match.start, match.end, cursor);
      if (next === -1) continue;
      cursor = next;
      matches.push(match);
      covered = match.end;
    }
  }
  return matches;
}
