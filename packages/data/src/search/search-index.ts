// Ranked, typo-tolerant search over concepts, topics, snippets and events. Built lazily on the first query.
//
// Ranking: each query word is matched against the index vocabulary exactly (1.0), as a prefix (0.7–0.9) or with a
// bounded edit distance (1 edit for 4–7 letters, 2 from 8; 0.75 / 0.5), candidates for typos coming from a trigram
// index. A record scores, per query word, the best similarity × idf × field weight (a form outweighs a definition),
// summed over query words, then scaled by the square of the share of query words it matched. A query equal to a
// record's name (any term of a concept, a topic title) or found as a phrase in it ranks higher still.
import type { SearchHit, SearchHitKind, SearchOptions } from '../api.js';
import { buildPostings } from './postings.js';
import { SearchRecords, type SearchSources } from './search-records.js';
import { TypoCandidates } from './typo-candidates.js';
import { Vocabulary } from './vocabulary.js';
import { WordPrefixes } from './word-prefixes.js';
import { boundedEditDistance, searchWords, trigrams, wordSpans } from './words.js';

export type { SearchSources } from './search-records.js';

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
}

const KIND_ORDER: Record<SearchHitKind, number> = { concept: 0, topic: 1, event: 2, snippet: 3 };

/** Only the first MAX_QUERY_WORDS words of a query count, and only the first MAX_WORD_LENGTH letters of a word. */
export const MAX_QUERY_WORDS = 64;
export const MAX_WORD_LENGTH = 64;
/** Characters of a query read at most: enough for MAX_QUERY_WORDS words of MAX_WORD_LENGTH letters and separators. */
const MAX_QUERY_CHARS = MAX_QUERY_WORDS * (MAX_WORD_LENGTH + 16);

/**
 * The words a query is searched by: its first MAX_QUERY_WORDS words, each cut to MAX_WORD_LENGTH letters (a longer
 * word still finds the vocabulary words it starts, as a prefix). Reads at most MAX_QUERY_CHARS of the query.
 */
export function queryWordsOf(query: string): string[] {
  const head = query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query;
  return searchWords(head)
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => (word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word));
}
const EXCERPT_LENGTH = 160;

/** A window of about EXCERPT_LENGTH characters around the first query word found in `text`. */
function excerptOf(text: string, matchedWords: ReadonlySet<string>): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const hit = wordSpans(flat).find((span) => matchedWords.has(span.word));
  let start = hit === undefined ? 0 : Math.max(0, hit.start - 40);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space === -1 || space > (hit?.start ?? start) ? start : space + 1;
  }
  let end = Math.min(flat.length, start + EXCERPT_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + EXCERPT_LENGTH / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/**
 * The options as search uses them, read once: not an object means none; a limit that is not a positive number, or
 * options that cannot be read (a throwing getter), mean no hits (undefined); kinds that are not an array are ignored.
 */
export function readSearchOptions(options: unknown): { limit: number; kinds: ReadonlySet<unknown> | undefined } | undefined {
  if (typeof options !== 'object' || options === null) return { limit: 20, kinds: undefined };
  try {
    const { limit: given, kinds: kindList } = options as SearchOptions;
    const limit = given === undefined ? 20 : typeof given === 'number' || typeof given === 'string' ? Math.floor(Number(given)) : Number.NaN;
    if (!(limit > 0)) return undefined;
    return { limit, kinds: Array.isArray(kindList) ? new Set<unknown>(kindList) : undefined };
  } catch {
    return undefined;
  }
}

export function createSearchIndex(sources: SearchSources): SearchIndex {
  const records = new SearchRecords(sources);
  const vocabulary = new Vocabulary();
  const words = vocabulary.words;
  const postings = buildPostings(records, vocabulary);
  const prefixes = new WordPrefixes(words);
  /** The idf of a word, made when a query matches it (most words never are). */
  const idfOf = (word: number): number => Math.log(1 + records.count / (postings.start[word + 1]! - postings.start[word]!));

  let typoCandidates: TypoCandidates | undefined;

  /** Vocabulary words similar to a query word, with their similarity (0–1]. */
  const similarWords = (queryWord: string): Map<number, number> => {
    const similar = new Map<number, number>();
    const exact = vocabulary.get(queryWord);
    if (exact !== undefined) similar.set(exact, 1);
    if (queryWord.length >= 2) {
      // Prefixes: the first 64 vocabulary words (in code-unit order) that start with the query word.
      for (const wordId of prefixes.startingWith(queryWord, 64)) {
        const word = words[wordId]!;
        if (word !== queryWord) similar.set(wordId, Math.max(similar.get(wordId) ?? 0, 0.7 + 0.2 * (queryWord.length / word.length)));
      }
    }
    if (queryWord.length >= 4) {
      const maxEdits = queryWord.length >= 8 ? 2 : 1;
      const typos = (typoCandidates ??= new TypoCandidates(words));
      const queryGrams = new Set(trigrams(queryWord));
      const threshold = queryGrams.size - 4 * maxEdits;
      let candidates: Iterable<number>;
      if (threshold >= 1) {
        const shared = new Map<number, number>();
        for (const gram of queryGrams) for (const wordId of typos.wordsWithTrigram(gram)) shared.set(wordId, (shared.get(wordId) ?? 0) + 1);
        candidates = [...shared].filter(([, count]) => count >= threshold).map(([wordId]) => wordId);
      } else {
        const near: number[] = [];
        for (let length = queryWord.length - maxEdits; length <= queryWord.length + maxEdits; length++) {
          for (const wordId of typos.wordsOfLength(length)) near.push(wordId);
        }
        candidates = near;
      }
      for (const wordId of candidates) {
        if (similar.has(wordId)) continue;
        const distance = boundedEditDistance(queryWord, words[wordId]!, maxEdits);
        if (distance <= maxEdits) similar.set(wordId, 1 - 0.25 * distance);
      }
    }
    return similar;
  };

  const search = (query: string, options?: SearchOptions): SearchHit[] => {
    const read = readSearchOptions(options);
    if (read === undefined) return [];
    const { limit, kinds } = read;
    // The work per query word is bounded (prefixes, typo candidates), so bounding the words bounds the query's cost.
    const phraseWords = queryWordsOf(query);
    const queryWords = [...new Set(phraseWords)];
    if (queryWords.length === 0) return [];

    /** `exact`: how many query words the record has as they are (only then can its name or a phrase of it match). */
    const totals = new Map<number, { score: number; matched: number; exact: number }>();
    const matchedWords = new Set<string>();
    for (const queryWord of queryWords) {
      const bestForWord = new Map<number, number>();
      for (const [wordId, similarity] of similarWords(queryWord)) {
        matchedWords.add(words[wordId]!);
        const factor = similarity * idfOf(wordId);
        for (let position = postings.start[wordId]!; position < postings.start[wordId + 1]!; position++) {
          const recordIndex = postings.records[position]!;
          const value = factor * postings.weights[position]!;
          if (value > (bestForWord.get(recordIndex) ?? 0)) bestForWord.set(recordIndex, value);
        }
      }
      for (const [recordIndex, value] of bestForWord) {
        const total = totals.get(recordIndex);
        if (total === undefined) totals.set(recordIndex, { score: value, matched: 1, exact: 0 });
        else {
          total.score += value;
          total.matched++;
        }
      }
      const exact = vocabulary.get(queryWord);
      if (exact !== undefined) {
        for (let position = postings.start[exact]!; position < postings.start[exact + 1]!; position++) totals.get(postings.records[position]!)!.exact++;
      }
    }

    const phrase = phraseWords.join(' ');
    const scored: { recordIndex: number; score: number }[] = [];
    for (const [recordIndex, { score, matched, exact }] of totals) {
      if (kinds !== undefined && !kinds.has(records.kindOf(recordIndex))) continue;
      const coverage = matched / queryWords.length;
      let value = score * coverage * coverage;
      // A name equal to the query, or a field with the query as a phrase, has every query word as it is: the names
      // and phrase text of a record without them all (most records a common word scores) are not even made.
      const hasEveryWord = exact === queryWords.length;
      if (hasEveryWord && records.namesOf(recordIndex).has(phrase)) value = value * 2 + 10;
      else if (hasEveryWord && queryWords.length > 1 && records.phraseTextOf(recordIndex).includes(` ${phrase} `)) value *= 1.5;
      scored.push({ recordIndex, score: value });
    }
    scored.sort(
      (a, b) =>
        Number(records.isStub(a.recordIndex)) - Number(records.isStub(b.recordIndex)) ||
        b.score - a.score ||
        KIND_ORDER[records.kindOf(a.recordIndex)] - KIND_ORDER[records.kindOf(b.recordIndex)] ||
        a.recordIndex - b.recordIndex,
    );
    return scored.slice(0, limit).map(({ recordIndex, score }) => {
      // Labels and excerpts are made for the hits returned only.
      return {
        kind: records.kindOf(recordIndex),
        id: records.idOf(recordIndex),
        score: Math.round(score * 1000) / 1000,
        label: records.labelOf(recordIndex),
        excerpt: excerptOf(records.excerptTextOf(recordIndex), matchedWords),
      };
    });
  };

  return { search };
}
