import { describe, expect, test } from 'vitest';
import type { Concept } from '../api.js';
import { createLexicon } from '../create-lexicon.js';
import { fixtureDocument } from '../test-support/fixture.js';
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, createSearchIndex, queryWordsOf, readSearchOptions } from './search-index.js';
import { boundedEditDistance, searchWords, trigrams } from './words.js';

const lexicon = createLexicon([fixtureDocument], { bundled: false });

describe('search', () => {
  test('an exact acronym ranks its concept first, labelled "ACRONYM — Full form"', () => {
    const [first] = lexicon.search('DEEP');
    expect(first).toMatchObject({ kind: 'concept', id: 'concept.fixture.deep', label: 'DEEP — Defence Education and Enhancement Programme' });
  });

  test('case- and accent-insensitive', () => {
    expect(lexicon.search('melange')[0]?.id).toBe('concept.fixture.melange');
    expect(lexicon.search('VIRTUAL SILK HIGHWAY')[0]?.id).toBe('concept.fixture.virtual-silk-highway');
  });

  test('typo tolerant: one edit in short words, two in long ones, transpositions count once', () => {
    expect(lexicon.search('Virtaul Slik Higway')[0]?.id).toBe('concept.fixture.virtual-silk-highway');
    expect(lexicon.search('Uzbeksitan')[0]?.id).toBe('topic.fixture.uzbekistan');
    expect(lexicon.search('melnage')[0]?.id).toBe('concept.fixture.melange');
  });

  test('prefixes match', () => {
    expect(lexicon.search('Uzbek').some((hit) => hit.id === 'topic.fixture.uzbekistan')).toBe(true);
  });

  test('snippets are labelled "Topic › Section" and match their section title', () => {
    const hit = lexicon.search('Uzbekistan milestones').find((candidate) => candidate.kind === 'snippet');
    expect(hit).toMatchObject({ id: 'snippet.fixture.uzbekistan.m2008', label: 'NATO’s relations with Uzbekistan › Key milestones' });
  });

  test('events are labelled "Topic › date"', () => {
    const hit = lexicon.search('toxic substance', { kinds: ['event'] })[0];
    expect(hit).toMatchObject({ kind: 'event', label: 'NATO’s relations with Uzbekistan › 2008' });
  });

  test('hits are sorted by descending score; kinds and limit filter them', () => {
    const hits = lexicon.search('Uzbekistan');
    expect(hits.length).toBeGreaterThan(2);
    for (let index = 1; index < hits.length; index++) expect(hits[index - 1]!.score).toBeGreaterThanOrEqual(hits[index]!.score);
    expect(lexicon.search('Uzbekistan', { limit: 2 })).toHaveLength(2);
    expect(lexicon.search('Uzbekistan', { kinds: ['topic'] }).map((hit) => hit.kind)).toEqual(['topic']);
    expect(lexicon.search('Uzbekistan', { limit: 0 })).toEqual([]);
  });

  test('excerpts are short and show the matched word', () => {
    const hit = lexicon.search('satellite', { kinds: ['snippet'] })[0]!;
    expect(hit.excerpt).toContain('satellite');
    expect(hit.excerpt.length).toBeLessThanOrEqual(170);
  });

  test('nothing for blank or unknown queries', () => {
    expect(lexicon.search('')).toEqual([]);
    expect(lexicon.search('  ,; ')).toEqual([]);
    expect(lexicon.search('zzzzqqqq')).toEqual([]);
  });
});

describe('search words', () => {
  test('normalisation and trigrams', () => {
    expect(searchWords('NATO’s Mélange, NTM-I')).toEqual(['nato', 's', 'melange', 'ntm', 'i']);
    expect(trigrams('nato')).toEqual(['^na', 'nat', 'ato', 'to$']);
  });

  test('bounded edit distance', () => {
    expect(boundedEditDistance('nato', 'nato', 1)).toBe(0);
    expect(boundedEditDistance('nato', 'ntao', 1)).toBe(1);
    expect(boundedEditDistance('nato', 'natoo', 1)).toBe(1);
    expect(boundedEditDistance('nato', 'mato', 1)).toBe(1);
    expect(boundedEditDistance('nato', 'otan', 1)).toBe(2);
    expect(boundedEditDistance('uzbekistan', 'uzbeksitan', 2)).toBe(1);
    expect(boundedEditDistance('a', 'abcd', 2)).toBe(3);
  });
});

describe('query bounds', () => {
  test('only the first 64 words of a query count', () => {
    const filler = Array.from({ length: 64 }, (_, index) => `zq${index}`).join(' ');
    expect(lexicon.search(`DEEP ${filler}`).some((hit) => hit.id === 'concept.fixture.deep')).toBe(true);
    expect(lexicon.search(`${filler} DEEP`)).toEqual([]);
    expect(queryWordsOf(`${filler} more`)).toHaveLength(MAX_QUERY_WORDS);
  });

  test('a word longer than 64 letters is searched by its first 64, as a prefix', () => {
    expect(queryWordsOf('a'.repeat(1_000_000))).toEqual(['a'.repeat(MAX_WORD_LENGTH)]);
    expect(lexicon.search('x'.repeat(1_000_000))).toEqual([]);
  });

  test('options it cannot use give no hits or are ignored, never an exception', () => {
    expect(readSearchOptions(null)).toEqual({ limit: 20, kinds: undefined });
    expect(readSearchOptions({ limit: Symbol('x') })).toBeUndefined();
    expect(readSearchOptions({ kinds: 'acronym' })).toEqual({ limit: 20, kinds: undefined });
    const trap = () => {
      throw new Error('trap');
    };
    expect(readSearchOptions(new Proxy({}, { get: trap }))).toBeUndefined();
    expect(lexicon.search('DEEP', null as never)[0]?.id).toBe('concept.fixture.deep');
  });
});

describe('index cost', () => {
  // Reading a text, numbering its trigrams (non-ASCII ones through a Map) and grouping them are linear: a version
  // quadratic in a word's length (slicing the word's trigrams once per trigram, say) would take hours here.
  test('a 1M-character word, ASCII or not, and a text of 500k words build an index that answers', { timeout: 60_000 }, () => {
    const long = (unit: string) => unit.repeat(1_000_000 / unit.length);
    const concept = (id: string, text: string): Concept => ({ id, subjectField: 'concept', terms: [{ text, type: 'fullForm', status: 'preferred' }] });
    const words = Array.from({ length: 500_000 }, (_, index) => `w${index.toString(36)}`).join(' ');
    const index = createSearchIndex({
      concepts: [concept('concept.a', long('ab')), concept('concept.b', long('éş')), concept('concept.c', `${words} é`), concept('concept.d', 'Kurzwort')],
      topics: [],
      snippets: [],
      events: [],
    });
    expect(index.search('Kurzwrot').map((hit) => hit.id)).toEqual(['concept.d']);
    expect(index.search('w2 ab').map((hit) => hit.id)).toEqual(expect.arrayContaining(['concept.a', 'concept.c']));
  });
});
