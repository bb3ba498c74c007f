// Ranked, typo-tolerant search over concepts, topics, snippets and events. Built lazily on the first query.
//
// Ranking: each query word is matched against the index vocabulary exactly (1.0), as a prefix (0.7–0.9) or with a
// bounded edit distance (1 edit for 4–7 letters, 2 from 8; 0.75 / 0.5), candidates for typos coming from a trigram
// index. A record scores, per query word, the best similarity × idf × field weight (a form outweighs a definition),
// summed over query words, then scaled by the square of the share of query words it matched. A query equal to a
// record's name (any term of a concept, a topic title) or found as a phrase in it ranks higher still.
import type { Concept, Event, SearchHit, SearchHitKind, SearchOptions, Snippet, Topic } from '../api.js';
import { conceptLabel, describeConcept, isAbbreviated } from '../concepts.js';
import { boundedEditDistance, searchWords, trigrams, wordSpans } from './words.js';

interface Field {
  text: string;
  weight: number;
}

interface SearchRecord {
  kind: SearchHitKind;
  id: string;
  label: string;
  fields: Field[];
  /** Normalised names: a query equal to one of them is an exact hit. */
  names: Set<string>;
  /** Normalised words of the fields joined by spaces, for phrase matches. */
  phraseText: string;
  excerptText: string;
}

export interface SearchSources {
  concepts: readonly Concept[];
  topics: readonly Topic[];
  snippets: readonly Snippet[];
  events: readonly Event[];
}

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

function normalizedPhrase(text: string): string {
  return searchWords(text).join(' ');
}

function buildRecords(sources: SearchSources): SearchRecord[] {
  const firstParagraphSeen = new Set<string>();
  const topicTitles = new Map<string, string>();
  const sectionTitles = new Map<string, string>();
  for (const topic of sources.topics) {
    topicTitles.set(topic.id, topic.title);
    for (const section of topic.sections) sectionTitles.set(section.id, section.title);
  }
  // A topic's excerpt is its first paragraph (not a photo caption), else its first passage of any kind.
  const firstPassage = new Map<string, string>();
  for (const snippet of sources.snippets) {
    const known = firstPassage.get(snippet.topic);
    if (known === undefined || (snippet.role === 'paragraph' && !firstParagraphSeen.has(snippet.topic))) {
      firstPassage.set(snippet.topic, snippet.text);
      if (snippet.role === 'paragraph') firstParagraphSeen.add(snippet.topic);
    }
  }
  const records: SearchRecord[] = [];
  const add = (kind: SearchHitKind, id: string, label: string, fields: Field[], names: string[], excerptText: string): void => {
    const present = fields.filter((field) => field.text.length > 0);
    records.push({
      kind,
      id,
      label,
      fields: present,
      names: new Set(names.map(normalizedPhrase).filter((name) => name.length > 0)),
      phraseText: ` ${present.map((field) => normalizedPhrase(field.text)).join(' | ')} `,
      excerptText,
    });
  };

  for (const concept of sources.concepts) {
    // An acronym outweighs a full form, which outweighs the other terms; what describes the concept counts least.
    const forms = concept.terms.map((term) => ({ text: term.text, weight: isAbbreviated(term) ? 5 : term.type === 'fullForm' ? 4 : 3 }));
    const texts = [...(concept.definitions ?? []), ...(concept.contexts ?? [])].map((item) => ({ text: item.text, weight: 1 }));
    const names = concept.terms.map((term) => term.text);
    add('concept', concept.id, conceptLabel(concept), [...forms, ...texts], names, describeConcept(concept)?.text ?? names.join('; '));
  }
  for (const topic of sources.topics) {
    add(
      'topic',
      topic.id,
      topic.title,
      [{ text: topic.title, weight: 3 }, { text: topic.indexLabel, weight: 3 }, ...topic.sections.map((section) => ({ text: section.title, weight: 1 }))],
      [topic.title, topic.indexLabel],
      firstPassage.get(topic.id) ?? topic.indexLabel,
    );
  }
  for (const snippet of sources.snippets) {
    const topicTitle = topicTitles.get(snippet.topic) ?? snippet.topic;
    const sectionTitle = sectionTitles.get(snippet.section);
    const label = sectionTitle === undefined || sectionTitle === topicTitle ? topicTitle : `${topicTitle} › ${sectionTitle}`;
    // The section title counts too, so "Uzbekistan milestones" finds the passages under "Key milestones".
    add('snippet', snippet.id, label, [{ text: snippet.text, weight: 1 }, { text: sectionTitle ?? '', weight: 1 }], [], snippet.text);
  }
  for (const event of sources.events) {
    const topicTitle = topicTitles.get(event.topic) ?? event.topic;
    const when = event.dateText ?? event.date;
    add(
      'event',
      event.id,
      `${topicTitle} › ${when}`,
      [{ text: event.text, weight: 1 }, { text: `${event.date} ${event.dateText ?? ''}`, weight: 2 }],
      [],
      event.text,
    );
  }
  return records;
}

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

/** Real passages rank first: a "has moved" stub only says that its page went elsewhere, so it sorts after every other hit. */
function stubRecordIndexes(records: readonly SearchRecord[], snippets: readonly Snippet[]): Set<number> {
  const stubIds = new Set(snippets.filter((snippet) => snippet.role === 'stub').map((snippet) => snippet.id));
  const indexes = new Set<number>();
  records.forEach((record, index) => {
    if (record.kind === 'snippet' && stubIds.has(record.id)) indexes.add(index);
  });
  return indexes;
}

export function createSearchIndex(sources: SearchSources): SearchIndex {
  const records = buildRecords(sources);
  const stubs = stubRecordIndexes(records, sources.snippets);
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  /** postings[wordId] = [record, weight, record, weight, …] with the best field weight per record. */
  const postings: number[][] = [];
  for (let recordIndex = 0; recordIndex < records.length; recordIndex++) {
    const best = new Map<number, number>();
    for (const field of records[recordIndex]!.fields) {
      for (const word of searchWords(field.text)) {
        let wordId = vocabulary.get(word);
        if (wordId === undefined) {
          wordId = words.length;
          vocabulary.set(word, wordId);
          words.push(word);
          postings.push([]);
        }
        best.set(wordId, Math.max(best.get(wordId) ?? 0, field.weight));
      }
    }
    for (const [wordId, weight] of best) postings[wordId]!.push(recordIndex, weight);
  }
  const idf = postings.map((list) => Math.log(1 + records.length / (list.length / 2)));
  const sortedWordIds = words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));

  let trigramIndex: Map<string, number[]> | undefined;
  let lengthBuckets: Map<number, number[]> | undefined;
  const fuzzyIndexes = () => {
    if (trigramIndex === undefined || lengthBuckets === undefined) {
      trigramIndex = new Map();
      lengthBuckets = new Map();
      words.forEach((word, wordId) => {
        for (const gram of new Set(trigrams(word))) {
          let list = trigramIndex!.get(gram);
          if (list === undefined) trigramIndex!.set(gram, (list = []));
          list.push(wordId);
        }
        let bucket = lengthBuckets!.get(word.length);
        if (bucket === undefined) lengthBuckets!.set(word.length, (bucket = []));
        bucket.push(wordId);
      });
    }
    return { trigramIndex, lengthBuckets };
  };

  /** Vocabulary words similar to a query word, with their similarity (0–1]. */
  const similarWords = (queryWord: string): Map<number, number> => {
    const similar = new Map<number, number>();
    const exact = vocabulary.get(queryWord);
    if (exact !== undefined) similar.set(exact, 1);
    if (queryWord.length >= 2) {
      // Prefixes: binary search the sorted vocabulary, then walk while words start with the query word.
      let low = 0;
      let high = sortedWordIds.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (words[sortedWordIds[middle]!]! < queryWord) low = middle + 1;
        else high = middle;
      }
      for (let position = low, taken = 0; position < sortedWordIds.length && taken < 64; position++, taken++) {
        const wordId = sortedWordIds[position]!;
        const word = words[wordId]!;
        if (!word.startsWith(queryWord)) break;
        if (word !== queryWord) similar.set(wordId, Math.max(similar.get(wordId) ?? 0, 0.7 + 0.2 * (queryWord.length / word.length)));
      }
    }
    if (queryWord.length >= 4) {
      const maxEdits = queryWord.length >= 8 ? 2 : 1;
      const { trigramIndex: grams, lengthBuckets: buckets } = fuzzyIndexes();
      const queryGrams = new Set(trigrams(queryWord));
      const threshold = queryGrams.size - 4 * maxEdits;
      let candidates: Iterable<number>;
      if (threshold >= 1) {
        const shared = new Map<number, number>();
        for (const gram of queryGrams) for (const wordId of grams.get(gram) ?? []) shared.set(wordId, (shared.get(wordId) ?? 0) + 1);
        candidates = [...shared].filter(([, count]) => count >= threshold).map(([wordId]) => wordId);
      } else {
        const near: number[][] = [];
        for (let length = queryWord.length - maxEdits; length <= queryWord.length + maxEdits; length++) near.push(buckets.get(length) ?? []);
        candidates = near.flat();
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

    const totals = new Map<number, { score: number; matched: number }>();
    const matchedWords = new Set<string>();
    for (const queryWord of queryWords) {
      const bestForWord = new Map<number, number>();
      for (const [wordId, similarity] of similarWords(queryWord)) {
        matchedWords.add(words[wordId]!);
        const list = postings[wordId]!;
        const factor = similarity * idf[wordId]!;
        for (let position = 0; position < list.length; position += 2) {
          const recordIndex = list[position]!;
          const value = factor * list[position + 1]!;
          if (value > (bestForWord.get(recordIndex) ?? 0)) bestForWord.set(recordIndex, value);
        }
      }
      for (const [recordIndex, value] of bestForWord) {
        const total = totals.get(recordIndex);
        if (total === undefined) totals.set(recordIndex, { score: value, matched: 1 });
        else {
          total.score += value;
          total.matched++;
        }
      }
    }

    const phrase = phraseWords.join(' ');
    const scored: { recordIndex: number; score: number }[] = [];
    for (const [recordIndex, { score, matched }] of totals) {
      const record = records[recordIndex]!;
      if (kinds !== undefined && !kinds.has(record.kind)) continue;
      const coverage = matched / queryWords.length;
      let value = score * coverage * coverage;
      if (record.names.has(phrase)) value = value * 2 + 10;
      else if (queryWords.length > 1 && record.phraseText.includes(` ${phrase} `)) value *= 1.5;
      scored.push({ recordIndex, score: value });
    }
    scored.sort(
      (a, b) =>
        Number(stubs.has(a.recordIndex)) - Number(stubs.has(b.recordIndex)) ||
        b.score - a.score ||
        KIND_ORDER[records[a.recordIndex]!.kind] - KIND_ORDER[records[b.recordIndex]!.kind] ||
        a.recordIndex - b.recordIndex,
    );
    return scored.slice(0, limit).map(({ recordIndex, score }) => {
      const record = records[recordIndex]!;
      return {
        kind: record.kind,
        id: record.id,
        score: Math.round(score * 1000) / 1000,
        label: record.label,
        excerpt: excerptOf(record.excerptText, matchedWords),
      };
    });
  };

  return { search };
}
