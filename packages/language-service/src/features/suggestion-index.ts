// The terms completion can offer, indexed once per lexicon (a lexicon never changes; a folder whose glossaries change
// gets a new one). Completion used to walk every term of every concept on each request; here the terms are sorted
// by their lower-cased text, so the terms a prefix matches are one range found by binary search, and a segment tree
// of the terms' places in the list's order (acronyms first, then the other terms, each in concept and term order)
// yields that range's terms in that order one at a time: a request costs the suggestions it returns (times log n).
import type { Concept, ConceptTerm, Lexicon } from '@natolex/data';
import { isShortForm } from './describe.js';

export interface Candidate {
  concept: Concept;
  term: ConceptTerm;
  /** An acronym or abbreviation (offered with its definition), else a term offered as written. */
  short: boolean;
}

export interface SuggestionIndex {
  /** The candidates whose lower-cased text starts with `wanted` (lower case), in the list's order. */
  matching(wanted: string): Iterable<Candidate>;
}

const indexes = new WeakMap<Lexicon, SuggestionIndex>();

export function suggestionIndexOf(lexicon: Lexicon): SuggestionIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = buildIndex(lexicon);
    indexes.set(lexicon, index);
  }
  return index;
}

/** The list's order: acronyms first, then the other terms; retired terms left out; a concept's repeated label once. */
function candidatesInOrder(lexicon: Lexicon): Candidate[] {
  const candidates: Candidate[] = [];
  // Labels seen per concept id (a Set per concept rather than one of "id + label" strings: no string built per term).
  const seen = new Map<string, Set<string>>();
  for (const short of [true, false]) {
    for (const concept of lexicon.concepts) {
      for (const term of concept.terms) {
        if (isShortForm(term) !== short || term.status === 'deprecated' || term.status === 'superseded') continue;
        // A later candidate with the same concept and label matches the same prefixes as the earlier one, which
        // completion offers first: the later one would never be offered.
        let labels = seen.get(concept.id);
        if (!labels) seen.set(concept.id, (labels = new Set()));
        if (labels.has(term.text)) continue;
        labels.add(term.text);
        candidates.push({ concept, term, short });
      }
    }
  }
  return candidates;
}

function buildIndex(lexicon: Lexicon): SuggestionIndex {
  const candidates = candidatesInOrder(lexicon);
  const count = candidates.length;
  // Sorted by UTF-16 code units (not locale), the texts starting with a prefix are one contiguous range. Each distinct
  // text is sorted once, by the native comparison (the default sort's order), its candidates kept in rank order.
  const ranksOf = new Map<string, number[]>();
  candidates.forEach((candidate, rank) => {
    const text = candidate.term.text.toLowerCase();
    const ranks = ranksOf.get(text);
    if (ranks) ranks.push(rank);
    else ranksOf.set(text, [rank]);
  });
  const sorted: number[] = [];
  const sortedText: string[] = [];
  for (const text of [...ranksOf.keys()].sort()) {
    for (const rank of ranksOf.get(text)!) {
      sorted.push(rank);
      sortedText.push(text);
    }
  }
  const placeOf = new Int32Array(count);
  sorted.forEach((rank, place) => (placeOf[rank] = place));
  // Segment tree: leaves are the ranks in sorted order, each node the smallest rank below it.
  const tree = new Int32Array(2 * count);
  for (let place = 0; place < count; place++) tree[count + place] = sorted[place]!;
  for (let node = count - 1; node > 0; node--) tree[node] = Math.min(tree[2 * node]!, tree[2 * node + 1]!);
  const smallestRank = (from: number, to: number): number => {
    let smallest = count;
    for (let low = from + count, high = to + count; low < high; low >>= 1, high >>= 1) {
      if (low & 1) smallest = Math.min(smallest, tree[low++]!);
      if (high & 1) smallest = Math.min(smallest, tree[--high]!);
    }
    return smallest;
  };

  /** First sorted place whose text is >= wanted, then the first after it that does not start with wanted. */
  const rangeOf = (wanted: string): [number, number] => {
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sortedText[mid]! < wanted) low = mid + 1;
      else high = mid;
    }
    const from = low;
    high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sortedText[mid]!.startsWith(wanted)) low = mid + 1;
      else high = mid;
    }
    return [from, low];
  };

  function* matching(wanted: string): Generator<Candidate> {
    const [from, to] = rangeOf(wanted);
    // Sub-ranges still to take from, each with its smallest rank. The one with the smallest rank gives the next
    // candidate and splits around it; a request takes at most a few hundred, so a linear pick is enough.
    const pending: Array<{ rank: number; from: number; to: number }> = [];
    if (from < to) pending.push({ rank: smallestRank(from, to), from, to });
    while (pending.length > 0) {
      let best = 0;
      for (let at = 1; at < pending.length; at++) if (pending[at]!.rank < pending[best]!.rank) best = at;
      const next = pending[best]!;
      pending[best] = pending[pending.length - 1]!;
      pending.pop();
      yield candidates[next.rank]!;
      const place = placeOf[next.rank]!;
      if (next.from < place) pending.push({ rank: smallestRank(next.from, place), from: next.from, to: place });
      if (place + 1 < next.to) pending.push({ rank: smallestRank(place + 1, next.to), from: place + 1, to: next.to });
    }
  }
  return { matching };
}
