import { describe, expect, test } from 'vitest';
import { createLexicon } from '../create-lexicon.js';
import { LexiconError } from '../errors.js';
import { fixtureDocument } from '../test-support/fixture.js';
import { escapeBibtex } from './cite.js';

const lexicon = createLexicon([fixtureDocument], { bundled: false });
const SNIPPET = 'snippet.fixture.uzbekistan.m2008';
const UNDATED = 'source.fixture.uzbekistan';
const DATED = 'source.fixture.dated';

describe('cite: undated institutional source (n.d., no URL)', () => {
  test('chicago-note (the default)', () => {
    const expected = 'North Atlantic Treaty Organization, “NATO’s relations with Uzbekistan,” NATO A–Z topics, n.d.';
    expect(lexicon.cite(UNDATED)).toBe(expected);
    expect(lexicon.cite(UNDATED, { style: 'chicago-note' })).toBe(expected);
  });

  test('apa and harvard', () => {
    expect(lexicon.cite(UNDATED, { style: 'apa' })).toBe('North Atlantic Treaty Organization. (n.d.). NATO’s relations with Uzbekistan. NATO A–Z topics.');
    expect(lexicon.cite(UNDATED, { style: 'harvard' })).toBe('North Atlantic Treaty Organization (n.d.) NATO’s relations with Uzbekistan. NATO A–Z topics.');
  });

  test('snippets are cited as their source narrowed to "Topic › Section"', () => {
    expect(lexicon.cite(SNIPPET)).toBe('North Atlantic Treaty Organization, “NATO’s relations with Uzbekistan › Key milestones,” NATO A–Z topics, n.d.');
    expect(lexicon.cite(SNIPPET, { style: 'apa' })).toBe(
      'North Atlantic Treaty Organization. (n.d.). NATO’s relations with Uzbekistan › Key milestones. NATO A–Z topics.',
    );
    expect(lexicon.cite('snippet.fixture.uzbekistan.p1')).toBe('North Atlantic Treaty Organization, “NATO’s relations with Uzbekistan,” NATO A–Z topics, n.d.');
  });

  test('csl-json is the CSL item under the cited id, with the section for a snippet', () => {
    expect(JSON.parse(lexicon.cite(SNIPPET, { style: 'csl-json' }))).toEqual({
      id: SNIPPET,
      type: 'webpage',
      title: 'NATO’s relations with Uzbekistan',
      section: 'Key milestones',
      'container-title': 'NATO A–Z topics',
      author: [{ literal: 'North Atlantic Treaty Organization' }],
    });
  });

  test('bibtex: institutional author braced, n.d. as a note, no url', () => {
    expect(lexicon.cite(UNDATED, { style: 'bibtex' })).toBe(
      [
        '@misc{source.fixture.uzbekistan,',
        '  author = {{North Atlantic Treaty Organization}},',
        '  title = {NATO’s relations with Uzbekistan},',
        '  howpublished = {NATO A–Z topics},',
        '  note = {n.d.}',
        '}',
      ].join('\n'),
    );
  });
});

describe('cite: dated source with a person author, a URL and BibTeX specials', () => {
  test('chicago-note, apa and harvard use the date, the access date and the URL', () => {
    expect(lexicon.cite(DATED)).toBe(
      'North Atlantic Treaty Organization and Jane Q. Doe, “A dated page with specials: 100% R&D_1 {x} #2 $3 ~4 ^5 \\6,” NATO A–Z topics, September 3, 2014, accessed January 15, 2024, https://example.org/dated.',
    );
    expect(lexicon.cite(DATED, { style: 'apa' })).toBe(
      'North Atlantic Treaty Organization, & Doe, J. Q. (2014, September 3). A dated page with specials: 100% R&D_1 {x} #2 $3 ~4 ^5 \\6. NATO A–Z topics. https://example.org/dated',
    );
    expect(lexicon.cite(DATED, { style: 'harvard' })).toBe(
      'North Atlantic Treaty Organization and Doe, J. Q. (2014) A dated page with specials: 100% R&D_1 {x} #2 $3 ~4 ^5 \\6. NATO A–Z topics. Available at: https://example.org/dated (Accessed: 15 January 2024).',
    );
  });

  test('bibtex escapes & % $ # _ { } ~ ^ \\ in every field', () => {
    const entry = lexicon.cite(DATED, { style: 'bibtex' });
    expect(entry).toContain(
      '  title = {A dated page with specials: 100\\% R\\&D\\_1 \\{x\\} \\#2 \\$3 \\textasciitilde{}4 \\textasciicircum{}5 \\textbackslash{}6},',
    );
    expect(entry).toContain('  author = {{North Atlantic Treaty Organization} and Doe, Jane Q.},');
    expect(entry).toContain('  year = {2014},');
    expect(entry).toContain('  url = {https://example.org/dated},');
    expect(entry).toContain('  urldate = {2024-01-15}');
    // Balanced braces: the entry cannot be broken out of.
    const opened = entry.replace(/\\[{}]/g, '').split('{').length;
    expect(entry.replace(/\\[{}]/g, '').split('}').length).toBe(opened);
  });

  test('escapeBibtex on hostile input', () => {
    expect(escapeBibtex('} @misc{evil, title={x')).toBe('\\} @misc\\{evil, title=\\{x');
    expect(escapeBibtex('\\input{/etc/passwd}')).toBe('\\textbackslash{}input\\{/etc/passwd\\}');
  });
});

describe('cite: errors', () => {
  test('unknown ids and ids of other kinds are LexiconErrors', () => {
    expect(() => lexicon.cite('snippet.nope')).toThrow(LexiconError);
    expect(() => lexicon.cite('acronym.fixture.deep')).toThrow(/only snippets and sources/);
    expect(() => lexicon.cite(undefined as unknown as string)).toThrow(LexiconError);
  });

  test('an unknown style is a LexiconError', () => {
    expect(() => lexicon.cite(UNDATED, { style: 'mla' as never })).toThrow(/unknown style/);
  });
});
