// The public entry point over the real bundled corpus.
import { describe, expect, test } from 'vitest';
import * as api from './index.js';
import { acronymsOf, cite, createLexicon, describeConcept, expand, expansionOf, lexicon, lookup, matchAt, rescan, scan, scanState, search } from './index.js';

describe('@natolex/data entry point', () => {
  test('exports the documented names', () => {
    for (const name of [
      'LexiconError', 'cite', 'createLexicon', 'expand', 'isLexiconError', 'lexicon', 'lookup', 'matchAt', 'rescan', 'scan', 'scanState', 'search',
      'preferredTerm', 'acronymsOf', 'fullFormOf', 'describeConcept', 'replacementOf', 'conceptLabel', 'expansionOf',
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });

  test('lookup and expand over the bundled corpus', () => {
    expect(lookup('NUC')).toMatchObject({ concept: { id: 'concept.nato-ukraine-commission' }, term: { id: 'acronym.nuc', text: 'NUC', type: 'acronym' } });
    expect(lookup('NATO-Ukraine Commission')?.concept).toBe(lookup('NUC')?.concept);
    expect(expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(expand('UN CTC')).toBe('UN Counter-Terrorism Committee');
    expect(lookup('nuc')).toBeUndefined();
  });

  test('every acronym term of the corpus is found by lookup and by scan, and expands to its concept’s full form', () => {
    for (const concept of lexicon.concepts) {
      for (const term of acronymsOf(concept)) {
        expect(lookup(term.text), term.text).toEqual({ concept, term });
        expect(scan(`(${term.text})`).map((match) => [match.id, match.term, match.kind]), term.text).toEqual([[concept.id, term, 'acronym']]);
        expect(expand(term.text), term.text).toBe(expansionOf(concept, term));
        expect(expand(term.text), term.text).toBeDefined();
      }
    }
  });

  test('an acronym describes its concept: the definition or context of the seed that says what it is', () => {
    const phrases: [string, string][] = [
      ['KFOR', 'to provide an international security presence'],
      ['EADRCC', 'regional coordination mechanism'],
      ['DEEP', 'provides expertise on how to build, develop and reform'],
      ['ISAF', 'a UN-mandated force'],
      ['AMIS', 'African Union’s Mission in Sudan'],
      ['JCMB', 'Joint Co-ordination and Monitoring Board'],
    ];
    for (const [acronym, phrase] of phrases) {
      const found = lookup(acronym);
      expect(found?.term.type, acronym).toBe('acronym');
      expect(describeConcept(found!.concept)?.text, acronym).toContain(phrase);
    }
  });

  test('scan of a seed sentence, and no false friends', () => {
    const text = 'NATO contributes actively to the work of the UN Counter-Terrorism Committee (UN CTC); deep sofa amis Au UNDERSTANDING.';
    const ids = scan(text).map((match) => match.term.id ?? match.id);
    expect(ids).toContain('acronym.nato');
    expect(ids).toContain('acronym.un-ctc');
    // The full form is a term of the same concept as UN CTC.
    expect(ids).toContain('term.un-counter-terrorism-committee');
    expect(scan('deep sofa amis Au UNDERSTANDING un')).toEqual([]);
  });

  test('scanState, rescan and matchAt work together', () => {
    const state = scanState('The NUC met.\nThe UN too.');
    const edited = rescan(state, { start: 4, end: 7, text: 'PfP' });
    expect(edited.matches.map((match) => match.text)).toEqual(['PfP', 'UN']);
    expect(matchAt(edited.matches, 5)).toMatchObject({ id: 'concept.partnership-for-peace', term: { id: 'acronym.pfp' } });
  });

  test('search and cite over the bundled corpus', () => {
    expect(search('NUC')[0]).toMatchObject({ kind: 'concept', id: 'concept.nato-ukraine-commission', label: 'NUC — NATO-Ukraine Commission' });
    const snippet = lexicon.snippets[0]!;
    expect(cite(snippet.id)).toMatch(/^North Atlantic Treaty Organization, “.+,” n\.d\., para\. 1\.$/);
  });

  test('every snippet (except "has moved" stubs) and source of the corpus can be cited in every style', () => {
    for (const id of [...lexicon.snippets.filter((snippet) => snippet.role !== 'stub'), ...lexicon.sources].map((record) => record.id)) {
      for (const style of ['chicago-note', 'apa', 'harvard', 'csl-json', 'bibtex', 'ris'] as const) {
        expect(cite(id, { style }).length, `${id} ${style}`).toBeGreaterThan(20);
      }
    }
  });

  test('createLexicon with bundled: false leaves the corpus out', () => {
    expect(createLexicon([], { bundled: false }).lookup('NUC')).toBeUndefined();
  });
});
