import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Vocabulary } from './vocabulary.js';
import { searchWords } from './words.js';

const SEED = 20_251_202;
// Capitals, separators, accents (precomposed or as marks), and what lowers or decomposes differently in context or
// into ASCII (final sigma after "A'", the Kelvin sign, dotted İ): a text's ASCII words are read in place up to its
// first other character, and must still be searchWords' words.
const UNITS = ['a', 'B', 'Z', 'c', '1', ' ', '-', '.', "'", 'é', 'e\u0301', '\u0301', 'Ş', '’', '😀', 'Σ', '\u212a', 'İ'];
const texts = fc.array(fc.oneof(fc.string({ unit: fc.constantFrom(...UNITS) }), fc.string()), { maxLength: 30 });

/** Reads every text into a vocabulary and checks it against searchWords. */
function readsLikeSearchWords(vocabulary: Vocabulary, list: string[]): void {
  const seen = new Map<string, number>();
  for (const text of list) {
    const ids: number[] = [];
    vocabulary.forEachWordOf(text, (id) => ids.push(id));
    const words = searchWords(text);
    expect(ids.map((id) => vocabulary.words[id])).toEqual(words);
    for (const [index, word] of words.entries()) {
      expect(seen.get(word) ?? ids[index]).toBe(ids[index]);
      seen.set(word, ids[index]!);
    }
  }
  expect(vocabulary.size).toBe(seen.size);
  for (const [word, id] of seen) expect(vocabulary.get(word)).toBe(id);
  expect(vocabulary.get('not-a-word-of-the-texts')).toBeUndefined();
  expect(vocabulary.size).toBe(seen.size);
}

describe('search vocabulary', () => {
  test('gives the words of searchWords, one id per distinct word, ASCII or not', () => {
    fc.assert(fc.property(texts, (list) => readsLikeSearchWords(new Vocabulary(), list)), { seed: SEED, numRuns: 2000 });
  });

  test('moving to the Map in the middle of a text (any text) keeps the words and ids', () => {
    // 300 words in one text fill the table enough that a probe meets another word: the move happens inside it.
    const crowded = Array.from({ length: 300 }, (_, index) => `Wq${index}`).join(' ');
    fc.assert(
      fc.property(texts, fc.string({ unit: fc.constantFrom(...UNITS) }), (list, tail) => {
        const vocabulary = new Vocabulary(0);
        readsLikeSearchWords(vocabulary, [`${crowded} ${tail}`, ...list]);
        expect((vocabulary as unknown as { fallback?: unknown }).fallback).toBeDefined();
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('a long probe sequence moves it to a Map, with the same ids', () => {
    const vocabulary = new Vocabulary(0);
    const list = Array.from({ length: 3000 }, (_, index) => `w${index} shared W${index % 7}`);
    readsLikeSearchWords(vocabulary, list);
    expect(vocabulary.size).toBe(3000 + 1); // W0…W6 fold to w0…w6
    expect((vocabulary as unknown as { fallback?: Map<string, number> }).fallback?.size).toBe(3001);
  });
});
