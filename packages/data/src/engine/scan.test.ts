import { describe, expect, test } from 'vitest';
import type { LexiconV1 } from '../api.js';
import { createLexicon } from '../create-lexicon.js';
import { fixtureDocument } from '../test-support/fixture.js';

const lexicon = createLexicon([fixtureDocument], { bundled: false });
const found = (text: string) => lexicon.scan(text).map((match) => `${match.text}=${match.id}`);

describe('scan: whole words, acronyms case-sensitive as written', () => {
  test.each([
    ['deep water and a sofa', []],
    ['amis et ennemis', []],
    ['Au revoir', []],
    ['UNDERSTANDING the UNSCR', []],
    ['un peu', []],
    ['Deep, Sofa, Amis', []],
  ])('no false friend in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('the acronyms themselves are found', () => {
    expect(found('DEEP SOFA AMIS AU UN')).toEqual([
      'DEEP=concept.fixture.deep',
      'SOFA=concept.fixture.sofa',
      'AMIS=concept.fixture.amis',
      'AU=concept.fixture.au',
      'UN=concept.fixture.un',
    ]);
  });

  test('not inside longer words, numbers or across letters with diacritics', () => {
    expect(found('NATO2 XNATO NATOé éNATO NATO\u0301')).toEqual([]);
  });

  test('possessives, punctuation and Markdown emphasis around a form', () => {
    expect(found('NATO’s, NATO\'s (NATO) **NATO** _NATO_ `NATO` NATO-led UN-NATO')).toEqual([
      'NATO=concept.fixture.nato',
      'NATO=concept.fixture.nato',
      'NATO=concept.fixture.nato',
      'NATO=concept.fixture.nato',
      'NATO=concept.fixture.nato',
      'NATO=concept.fixture.nato',
      'NATO=concept.fixture.nato',
      'UN=concept.fixture.un',
      'NATO=concept.fixture.nato',
    ]);
  });

  test('mixed case, hyphenated and spaced acronyms, with variant spellings of the separators', () => {
    expect(found('PfP PFP PFp NTM-I NTM\u2010I NTM-II UN CTC UN\u00a0CTC UN  CTC')).toEqual([
      'PfP=concept.fixture.pfp',
      'PFP=concept.fixture.pfp',
      'NTM-I=concept.fixture.ntm-i',
      'NTM\u2010I=concept.fixture.ntm-i',
      'UN CTC=concept.fixture.un-ctc',
      'UN\u00a0CTC=concept.fixture.un-ctc',
      'UN  CTC=concept.fixture.un-ctc',
    ]);
  });

  test('longest match wins, leftmost first', () => {
    expect(found('the UN CTC and the UN')).toEqual(['UN CTC=concept.fixture.un-ctc', 'UN=concept.fixture.un']);
    expect(found('Science for Peace and Security Programme; Science for Peace and Security (SPS)')).toEqual([
      'Science for Peace and Security Programme=concept.fixture.sps-programme',
      'Science for Peace and Security=concept.fixture.sps-programme',
      'SPS=concept.fixture.sps',
    ]);
    expect(found('Operation Ocean Shield and Ocean Shield')).toEqual([
      'Operation Ocean Shield=concept.fixture.ocean-shield',
      'Ocean Shield=concept.fixture.ocean-shield',
    ]);
  });

  test('terms match as written or with the first letter in the other case, nothing looser', () => {
    expect(found('Mélange mélange MÉLANGE melange operation Ocean Shield OCEAN SHIELD ocean shield')).toEqual([
      'Mélange=concept.fixture.melange',
      'mélange=concept.fixture.melange',
      'operation Ocean Shield=concept.fixture.ocean-shield',
    ]);
  });

  test('a wrapped line is whitespace: LF, CRLF, lone CR and U+2028, with indentation and ">" markers', () => {
    expect(found('UN\nCTC')).toEqual(['UN\nCTC=concept.fixture.un-ctc']);
    expect(found('UN \r\n   CTC NATO\r\n')).toEqual(['UN \r\n   CTC=concept.fixture.un-ctc', 'NATO=concept.fixture.nato']);
    expect(found('Ocean\rShield')).toEqual(['Ocean\rShield=concept.fixture.ocean-shield']);
    expect(found('> Operation Ocean\n> > Shield')).toEqual(['Operation Ocean\n> > Shield=concept.fixture.ocean-shield']);
    expect(found('UN\u2028\tCTC')).toEqual(['UN\u2028\tCTC=concept.fixture.un-ctc']);
  });

  test('a blank line ends the paragraph: no match crosses it (nor two line breaks, nor a line of ">")', () => {
    expect(found('UN\n\nCTC')).toEqual(['UN=concept.fixture.un']);
    expect(found('UN\r\n  \r\nCTC')).toEqual(['UN=concept.fixture.un']);
    expect(found('> UN\n>\n> CTC')).toEqual(['UN=concept.fixture.un']);
    expect(found('UN\n\u2029CTC')).toEqual(['UN=concept.fixture.un']);
    expect(found('UN\n')).toEqual(['UN=concept.fixture.un']);
  });

  test('only whitespace and ">" are a wrapped line\'s prefix: a list marker or other text is not', () => {
    expect(found('UN\n- CTC')).toEqual(['UN=concept.fixture.un']);
    expect(found('UN\n# CTC')).toEqual(['UN=concept.fixture.un']);
  });

  test('offsets are UTF-16 code units, sorted and non-overlapping', () => {
    const text = '𝐀 NATO 😀 UN CTC';
    const matches = lexicon.scan(text);
    expect(matches.map(({ start, end }) => [start, end])).toEqual([
      [3, 7],
      [11, 17],
    ]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  test('a range scans only the lines it touches, as if the text were those lines', () => {
    expect(lexicon.scan('UN\nCTC\nNATO', { start: 0, end: 1 }).map((match) => match.text)).toEqual(['UN']);
    expect(lexicon.scan('UN\nCTC\nNATO', { start: 0, end: 4 }).map((match) => match.text)).toEqual(['UN\nCTC']);
    const text = 'NATO\nDEEP and UN\nSOFA';
    expect(lexicon.scan(text, { start: 7, end: 8 }).map((match) => match.text)).toEqual(['DEEP', 'UN']);
    expect(lexicon.scan(text, { start: 0, end: text.length }).map((match) => match.text)).toEqual(['NATO', 'DEEP', 'UN', 'SOFA']);
    expect(lexicon.scan(text, { start: -5, end: 2 }).map((match) => match.text)).toEqual(['NATO']);
  });

  test('kinds are reported', () => {
    expect(lexicon.scan('NATO mélange').map((match) => match.kind)).toEqual(['acronym', 'term']);
  });
});

// Written in the schema 1 shape (createLexicon upgrades them); ids below are the term ids, which keep the v1 ids.
describe('scan: which entry wins a form', () => {
  const first: LexiconV1 = {
    acronyms: [{ id: 'a.first', form: 'ABC', expansion: 'First' }],
    terms: [
      { id: 't.first', term: 'ABC', category: 'concept' },
      { id: 't.lower', term: 'widget', category: 'concept' },
    ],
  };
  const second: LexiconV1 = {
    acronyms: [{ id: 'a.second', form: 'ABC', expansion: 'Second' }],
    terms: [{ id: 't.upper', term: 'Widget', category: 'concept' }],
  };

  test('later documents win; within a document acronyms win over terms', () => {
    expect(createLexicon([first, second], { bundled: false }).scan('ABC')[0]?.term.id).toBe('a.second');
    expect(createLexicon([second, first], { bundled: false }).scan('ABC')[0]?.term.id).toBe('a.first');
  });

  test('a form as written beats a generated case variant, whatever the document order', () => {
    const lexicon = createLexicon([first, second], { bundled: false });
    expect(lexicon.scan('widget Widget').map((match) => match.term.id)).toEqual(['t.lower', 't.upper']);
    const reversed = createLexicon([second, first], { bundled: false });
    expect(reversed.scan('widget Widget').map((match) => match.term.id)).toEqual(['t.lower', 't.upper']);
  });

  test('forms that start or end with punctuation match at punctuation boundaries', () => {
    const lexicon = createLexicon([{ terms: [{ id: 't.net', term: '.NET', category: 'concept' }, { id: 't.cpp', term: 'C++', category: 'concept' }] }], { bundled: false });
    expect(lexicon.scan('use .NET, C++ and C++x but not ASP.NETX').map((match) => match.text)).toEqual(['.NET', 'C++', 'C++']);
  });
});

describe('scan: hash collisions', () => {
  test('"aa" and "bB" share a token hash; each still matches only itself', () => {
    const lexicon = createLexicon(
      [{ acronyms: [{ id: 'a.bb', form: 'bB', expansion: 'x' }, { id: 'a.aa-plus', form: 'aa+', expansion: 'y' }, { id: 'a.aa-cc', form: 'aa cc', expansion: 'z' }] }],
      { bundled: false },
    );
    expect(lexicon.scan('bB aa+ aa cc aa bB+ bB cc').map((match) => `${match.text}=${match.term.id}`)).toEqual([
      'bB=a.bb',
      'aa+=a.aa-plus',
      'aa cc=a.aa-cc',
      'bB=a.bb',
      'bB=a.bb',
    ]);
  });
});

describe('scan: bad input', () => {
  test('a non-string text is a LexiconError', () => {
    expect(() => lexicon.scan(42 as unknown as string)).toThrowError(/must be a string/);
  });

  test('empty and blank texts give no matches', () => {
    expect(lexicon.scan('')).toEqual([]);
    expect(lexicon.scan(' \n\r\n\t')).toEqual([]);
  });
});
