// Range helpers the rules share: all linear, for sorted inputs.
import type { Match, NonProseRange } from '@natolex/data';

/** Sorted, disjoint union of ranges. */
export function mergeRanges(ranges: readonly NonProseRange[]): NonProseRange[] {
  const merged: NonProseRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** A membership test for non-decreasing offsets against sorted, disjoint ranges (one pass overall). */
export function coveredBy(ranges: readonly NonProseRange[]): (offset: number) => boolean {
  let cursor = 0;
  return (offset) => {
    while (cursor < ranges.length && (ranges[cursor] as NonProseRange).end <= offset) cursor++;
    const range = ranges[cursor];
    return range !== undefined && range.start <= offset;
  };
}

/** The matches that start in prose. */
export function proseOnly(matches: readonly Match[], nonProse: readonly NonProseRange[]): Match[] {
  const inNonProse = coveredBy(nonProse);
  return matches.filter((match) => !inNonProse(match.start));
}
