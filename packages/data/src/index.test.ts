// The public entry point over the real bundled corpus.
import { describe, expect, test } from 'vitest';
import * as api from './index.js';
import { cite, createLexicon, expand, lexicon, lookup, matchAt, rescan, scan, scanState, search } from './index.js';

describe('@natolex/data entry point', () => {
  test('exports the documented names', () => {
    for (const name of ['LexiconError', 'cite', 'createLexicon', 'expand', 'isLexiconError', 'lexicon', 'lookup', 'matchAt', 'rescan', 'scan', 'scanState', 'search']) {
      expect(api, name).toHaveProperty(name);
    }
  });

  test('lookup and expand over the bundled corpus', () => {
    expect(lookup('NUC')).toMatchObject({ id: 'acronym.nuc', form: 'NUC', expansion: 'NATO-Ukraine Commission' });
    expect(expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(expand('UN CTC')).toBe('UN Counter-Terrorism Committee');
    expect(lookup('nuc')).toBeUndefined();
  });

  test('every acronym form and variant of the corpus is found by lookup and by scan', () => {
    for (const acronym of lexicon.acronyms) {
      for (const form of [acronym.form, ...(acronym.variants ?? []).map((variant) => variant.form)]) {
        expect(lookup(form)?.id, form).toBe(acronym.id);
        expect(scan(`(${form})`).map((match) => match.id), form).toEqual([acronym.id]);
      }
    }
  });

  test('scan of a seed sentence, and no false friends', () => {
    const text = 'NATO contributes actively to the work of the UN Counter-Terrorism Committee (UN CTC); deep sofa amis Au UNDERSTANDING.';
    const ids = scan(text).map((match) => match.id);
    expect(ids).toContain('acronym.nato');
    expect(ids).toContain('acronym.un-ctc');
    expect(scan('deep sofa amis Au UNDERSTANDING un')).toEqual([]);
  });

  test('scanState, rescan and matchAt work together', () => {
    const state = scanState('The NUC met.\nThe UN too.');
    const edited = rescan(state, { start: 4, end: 7, text: 'PfP' });
    expect(edited.matches.map((match) => match.text)).toEqual(['PfP', 'UN']);
    expect(matchAt(edited.matches, 5)?.id).toBe('acronym.pfp');
  });

  test('search and cite over the bundled corpus', () => {
    expect(search('NUC')[0]).toMatchObject({ kind: 'acronym', id: 'acronym.nuc' });
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
