// The search index as it was before its build was made lazy (records made on demand, typed-array postings and
// prefix buckets): kept only as the oracle of search-index.property.test.ts, which checks that the index ranks and
// shows every hit the same. Nothing else imports it. Its vocabulary is a plain Map over searchWords (the words the
// real vocabulary reads, as vocabulary.test.ts checks), so it shares no code with the index under test but words.ts.
import type { Concept, Event, SearchHit, SearchHitKind, SearchOptions, Snippet, Topic } from '../api.js';
import { conceptLabel, describeConcept, isAbbreviated } from '../concepts.js';
import { boundedEditDistance, searchWords, trigrams, wordSpans } from './words.js';

/** Word → id in first-seen order, as the real vocabulary numbers them. */
class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  forEachWordOf(text: string, each: (id: number) => void): void {
    for (const word of searchWords(text)) {
      let id = this.ids.get(word);
      if (id === undefined) this.ids.set(word, (id = this.words.push(word) - 1));
      each(id);
    }
  }
  get(word: string): number | undefined {
    return this.ids.get(word);
  }
}

interface Field {
  text: string;
  weight: number;
}

interface SearchRecord {
  kind: SearchHitKind;
  id: string;
  label: string;
  fields: Field[];
  /** The record's names (acronym, expansion, term, alias, topic title): a query equal to one of them is an exact hit. */
  nameTexts: string[];
  /** nameTexts normalised, and the normalised words of the fields joined by spaces (for phrase matches): made on the
   * first query that scores the record, since most records are never scored. */
  names?: Set<string>;
  phraseText?: string;
  excerptText: string;
}

function namesOf(record: SearchRecord): Set<string> {
  return (record.names ??= new Set(record.nameTexts.map(normalizedPhrase).filter((name) => name.length > 0)));
}

function phraseTextOf(record: SearchRecord): string {
  return (record.phraseText ??= ` ${record.fields.map((field) => normalizedPhrase(field.text)).join(' | ')} `);
}

interface SearchSources {
  concepts: readonly Concept[];
  topics: readonly Topic[];
  snippets: readonly Snippet[];
  events: readonly Event[];
}

interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
}

const KIND_ORDER: Record<SearchHitKind, number> = { concept: 0, topic: 1, event: 2, snippet: 3 };

/** Only the first MAX_QUERY_WORDS words of a query count, and only the first MAX_WORD_LENGTH letters of a word. */
const MAX_QUERY_WORDS = 64;
const MAX_WORD_LENGTH = 64;
/** Characters of a query read at most: enough for MAX_QUERY_WORDS words of MAX_WORD_LENGTH letters and separators. */
const MAX_QUERY_CHARS = MAX_QUERY_WORDS * (MAX_WORD_LENGTH + 16);

/**
 * The words a query is searched by: its first MAX_QUERY_WORDS words, each cut to MAX_WORD_LENGTH letters (a longer
 * word still finds the vocabulary words it starts, as a prefix). Reads at most MAX_QUERY_CHARS of the query.
 */
function queryWordsOf(query: string): string[] {
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
    records.push({ kind, id, label, fields: fields.filter((field) => field.text.length > 0), nameTexts: names, excerptText });
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
function readSearchOptions(options: unknown): { limit: number; kinds: ReadonlySet<unknown> | undefined } | undefined {
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

export function createReferenceSearchIndex(sources: SearchSources): SearchIndex {
  const records = buildRecords(sources);
  const stubs = stubRecordIndexes(records, sources.snippets);
  const vocabulary = new Vocabulary();
  const words = vocabulary.words;
  // Postings in two passes over flat arrays (a growing array per word was a fifth of the build): first every
  // (word, record, best field weight) pair in reading order, then grouped by word with a counting sort.
  let pairWords = new Int32Array(1 << 16);
  let pairRecords = new Int32Array(1 << 16);
  let pairWeights = new Float64Array(1 << 16);
  let pairCount = 0;
  /** The last record each word was seen in, and where its pair is (to raise the pair's weight). */
  let lastRecord = new Int32Array(1 << 12).fill(-1);
  let lastPair = new Int32Array(1 << 12);
  let recordIndex = 0;
  let weight = 0;
  const addWord = (wordId: number): void => {
    if (wordId >= lastRecord.length) {
      const size = lastRecord.length * 2;
      const records = new Int32Array(size).fill(-1);
      records.set(lastRecord);
      lastRecord = records;
      const pairs = new Int32Array(size);
      pairs.set(lastPair);
      lastPair = pairs;
    }
    if (lastRecord[wordId] === recordIndex) {
      const pair = lastPair[wordId]!;
      if (weight > pairWeights[pair]!) pairWeights[pair] = weight;
      return;
    }
    if (pairCount === pairWords.length) {
      const grow = <T extends Int32Array | Float64Array>(array: T, next: T): T => (next.set(array), next);
      pairWords = grow(pairWords, new Int32Array(pairCount * 2));
      pairRecords = grow(pairRecords, new Int32Array(pairCount * 2));
      pairWeights = grow(pairWeights, new Float64Array(pairCount * 2));
    }
    pairWords[pairCount] = wordId;
    pairRecords[pairCount] = recordIndex;
    pairWeights[pairCount] = weight;
    lastRecord[wordId] = recordIndex;
    lastPair[wordId] = pairCount++;
  };
  for (; recordIndex < records.length; recordIndex++) {
    for (const field of records[recordIndex]!.fields) {
      weight = field.weight;
      vocabulary.forEachWordOf(field.text, addWord);
    }
  }
  /** The postings of word w are postingRecords/postingWeights[postingStart[w], postingStart[w + 1]), by record. */
  const postingStart = new Int32Array(words.length + 1);
  for (let pair = 0; pair < pairCount; pair++) postingStart[pairWords[pair]! + 1]!++;
  for (let word = 0; word < words.length; word++) postingStart[word + 1]! += postingStart[word]!;
  const postingRecords = new Int32Array(pairCount);
  const postingWeights = new Float64Array(pairCount);
  {
    const next = postingStart.slice(0, words.length);
    for (let pair = 0; pair < pairCount; pair++) {
      const at = next[pairWords[pair]!]!++;
      postingRecords[at] = pairRecords[pair]!;
      postingWeights[at] = pairWeights[pair]!;
    }
  }
  const idf = Array.from({ length: words.length }, (_, word) => Math.log(1 + records.length / (postingStart[word + 1]! - postingStart[word]!)));
  // Prefix candidates: the words by their first two code units (a sort of the whole vocabulary was a fifth of the
  // build); a query word's candidates are sorted when it is searched.
  const byFirstTwo = new Map<number, number[]>();
  for (let word = 0; word < words.length; word++) {
    const text = words[word]!;
    if (text.length < 2) continue;
    const key = text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
    let bucket = byFirstTwo.get(key);
    if (bucket === undefined) byFirstTwo.set(key, (bucket = []));
    bucket.push(word);
  }

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
      // Prefixes: the first 64 vocabulary words (in code-unit order) that start with the query word.
      const bucket = byFirstTwo.get(queryWord.charCodeAt(0) * 0x10000 + queryWord.charCodeAt(1)) ?? [];
      const starting = bucket.filter((wordId) => words[wordId]!.startsWith(queryWord)).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
      for (const wordId of starting.slice(0, 64)) {
        const word = words[wordId]!;
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
        const factor = similarity * idf[wordId]!;
        for (let position = postingStart[wordId]!; position < postingStart[wordId + 1]!; position++) {
          const recordIndex = postingRecords[position]!;
          const value = factor * postingWeights[position]!;
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
      if (namesOf(record).has(phrase)) value = value * 2 + 10;
      else if (queryWords.length > 1 && phraseTextOf(record).includes(` ${phrase} `)) value *= 1.5;
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
