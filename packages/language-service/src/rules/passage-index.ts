// The corpus passages (snippets) as word lists, with an index from word to passages, built once per lexicon: what
// quotation-drift compares a quotation with.
import type { Lexicon } from '@natolex/data';

export interface Word {
  /** Offsets in the text the word was read from. */
  start: number;
  end: number;
  /** As written, apostrophes made straight. */
  text: string;
  /** Lower-cased `text`, for alignment. */
  key: string;
}

export interface Passage {
  id: string;
  text: string;
  words: Word[];
  /** The title of the page (source) the passage is from, when the lexicon names one: what a citation of it names. */
  sourceTitle?: string;
}

export interface PassageIndex {
  passages: Passage[];
  /** Passage numbers (into `passages`) by word key. */
  byWord: Map<string, number[]>;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu;

/** The words of text[start, end), skipping the `hidden` ranges (sorted, disjoint). */
export function wordsOf(text: string, start = 0, end = text.length, hidden: readonly { start: number; end: number }[] = []): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  WORD.lastIndex = start;
  for (let found = WORD.exec(text); found !== null && found.index < end; found = WORD.exec(text)) {
    const wordEnd = Math.min(end, found.index + found[0].length);
    while (cursor < hidden.length && hidden[cursor]!.end <= found.index) cursor++;
    const skip = hidden[cursor];
    if (skip !== undefined && skip.start < wordEnd) {
      WORD.lastIndex = Math.max(WORD.lastIndex, skip.end);
      continue;
    }
    const written = text.slice(found.index, wordEnd).replace(/[\u2019\u02bc]/g, "'");
    words.push({ start: found.index, end: wordEnd, text: written, key: written.toLowerCase() });
  }
  return words;
}

const indexes = new WeakMap<object, PassageIndex>();

/** The title of the source of a passage's topic, if the lexicon has them. */
function sourceTitleOf(lexicon: Pick<Lexicon, 'get'>, topicId: unknown): string | undefined {
  if (typeof topicId !== 'string') return undefined;
  const topic = lexicon.get(topicId) as { source?: unknown } | undefined;
  const source = typeof topic?.source === 'string' ? (lexicon.get(topic.source) as { title?: unknown } | undefined) : undefined;
  return typeof source?.title === 'string' && source.title.trim() !== '' ? source.title : undefined;
}

export function passageIndexOf(lexicon: Pick<Lexicon, 'snippets' | 'get'>): PassageIndex {
  const known = indexes.get(lexicon);
  if (known) return known;
  const passages: Passage[] = [];
  const byWord = new Map<string, number[]>();
  for (const snippet of lexicon.snippets) {
    if (typeof snippet.text !== 'string') continue;
    const number = passages.length;
    const words = wordsOf(snippet.text);
    const sourceTitle = sourceTitleOf(lexicon, snippet.topic);
    passages.push({ id: snippet.id, text: snippet.text, words, ...(sourceTitle === undefined ? {} : { sourceTitle }) });
    for (const key of new Set(words.map((word) => word.key))) {
      let list = byWord.get(key);
      if (!list) byWord.set(key, (list = []));
      list.push(number);
    }
  }
  const index = { passages, byWord };
  indexes.set(lexicon, index);
  return index;
}
