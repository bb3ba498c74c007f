// Forms whose tokens share one hash (easy to make: "Aa" and "BB" hash alike) must cost a map look-up, not a walk of
// the collision chain at every word: the chain grows with the glossary, the walks with the text.
import { describe, expect, test } from 'vitest';
import { upgradeLexicon, type LexiconV1 } from '@natolex/schema';
import { createLexicon } from '../create-lexicon.js';
import { MAX_CHAIN, buildMatchIndex, tokenHash, twinKey } from './trie.js';

/** All 2^bits words made of "Aa" and "BB" pairs: one hash, one length. */
function collidingWords(bits: number): string[] {
  return Array.from({ length: 1 << bits }, (_, mask) => Array.from({ length: bits }, (_, bit) => (mask & (1 << bit) ? 'Aa' : 'BB')).join(''));
}

const words = collidingWords(6);
// Written in the schema 1 shape (shorter), upgraded: every acronym is a concept whose acronym term keeps the id.
const documentV1: LexiconV1 = {
  name: 'Colliding',
  acronyms: [
    ...words.map((form, index) => ({ id: `c.${index}`, form, expansion: 'x' })),
    // Children of one node that collide too, and a punctuation-led form among them.
    ...words.slice(0, 10).map((word, index) => ({ id: `p.${index}`, form: `PRE ${word}`, expansion: 'x' })),
  ],
  terms: [{ id: 't.0', term: '.BBBB', category: 'concept' }],
};
const document = upgradeLexicon(documentV1);

describe('hash collisions', () => {
  test('the words really collide', () => {
    expect(new Set(words.map(tokenHash)).size).toBe(1);
  });

  test('a long chain gets a map of its nodes, a short one does not', () => {
    const index = buildMatchIndex([document]);
    expect(index.twins.get(twinKey(0, tokenHash(words[0]!)))?.size).toBe(words.length);
    // The children of "PRE " collide too: ten of them, more than MAX_CHAIN.
    expect([...index.twins.values()].map((group) => group.size).sort((a, b) => a - b)).toEqual([10, words.length]);
    const short = buildMatchIndex([upgradeLexicon({ name: 'short', acronyms: words.slice(0, MAX_CHAIN).map((form, index) => ({ id: `s.${index}`, form, expansion: 'x' })) })]);
    expect(short.twins.size).toBe(0);
  });

  test('scan and lookup find each colliding form, and only where it is written', () => {
    const lexicon = createLexicon([document], { bundled: false });
    const text = `${words[63]} ${words[0]}, PRE ${words[9]} PRE ${words[10]} AaAaAaAaAaBb .BBBB`;
    expect(lexicon.scan(text).map((match) => [match.text, match.term.id])).toEqual([
      [words[63], 'c.63'],
      [words[0], 'c.0'],
      [`PRE ${words[9]}`, 'p.9'],
      [words[10], 'c.10'],
      ['.BBBB', 't.0'],
    ]);
    for (const [index, word] of words.entries()) expect(lexicon.lookup(word)?.term.id).toBe(`c.${index}`);
    expect(lexicon.lookup('AaAaAaAaAaBb')).toBeUndefined();
  });
});
