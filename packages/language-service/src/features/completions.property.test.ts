// doComplete (indexed per lexicon, "already defined" looked up per document text, the cursor's line found through
// line offsets) against the implementation it replaced (every term, a whole-text search per acronym, a whole-text
// line index), kept in test-support/reference-completions.ts: the same items in the same order, on random drafts
// and cursor positions, with a glossary whose terms are awkward for an index (parentheses, case folding that changes
// length, a concept's label twice, retired terms, spaced forms that a one-word prefix is a prefix of).
import { createLexicon } from '@natolex/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doc } from '../test-support/documents.js';
import { referenceComplete } from '../test-support/reference-completions.js';
import { LineIndex } from '../text/line-index.js';
import { doComplete } from './completions.js';
import type { ServiceState } from './state.js';

const glossary = {
  name: 'awkward',
  acronyms: [
    { id: 'acronym.paren', form: 'A(B', expansion: 'Alpha Bravo' },
    { id: 'acronym.close', form: 'NU)C', expansion: 'Closing Thing' },
    { id: 'acronym.dotted', form: 'İSTA', expansion: 'Istanbul Thing' },
    { id: 'acronym.nuc-again', form: 'NUC', expansion: 'Another Commission', variants: [{ form: 'NUC' }, { form: 'NUCX', status: 'deprecated' }] },
    { id: 'acronym.spaced', form: 'A A', expansion: 'Double A' },
  ],
  terms: [
    { id: 'term.alpha', term: 'A Alpha', category: 'operation' },
    { id: 'term.nu', term: 'Nu Operation', category: 'mission' },
  ],
};
const states: ServiceState[] = [{ lexicon: createLexicon() }, { lexicon: createLexicon([glossary]) }];

// Pieces of drafts: prefixes and whole forms of corpus and glossary terms, definitions in parentheses, parentheses
// alone, the passage trigger, every kind of line break and a long word (past the 100-character prefix window).
const PIECES = ['NU', 'NUC', '(NUC)', 'PfP', 'p', 'pf', 'UN C', 'UN', 'N', 'NATO', '(NATO)', 'A', 'A(B', '(A(B)', 'NU)C', '(NU)C)', 'İ', 'i̇s', 'Operation Unif', 'nu', ' ', ' ', '  ', '(', ')', 'cite:', 'cite:ukraine', 'precite:', '\n', '\r\n', '\r', 'the ', 'x'.repeat(120)];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
const coordinate = fc.oneof(fc.integer({ min: -2, max: 8 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom(Number.NaN, 1.5, Number.POSITIVE_INFINITY));

describe('doComplete equals the completion it replaced', () => {
  it('at every offset of random drafts (the cursor where a writer types)', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.constantFrom(...states), (text, at, state) => {
        const position = new LineIndex(text).lspPosition(at % (text.length + 1));
        const document = doc(text);
        expect(doComplete(state, document, position)).toEqual(referenceComplete(state, document, position));
      }),
      { seed: 20261202, numRuns: 600 },
    );
  });

  it('at any position, including lines and characters out of range', () => {
    fc.assert(
      fc.property(texts, coordinate, coordinate, (text, line, character) => {
        const document = doc(text);
        for (const state of states) expect(doComplete(state, document, { line, character })).toEqual(referenceComplete(state, document, { line, character }));
      }),
      { seed: 1202, numRuns: 300 },
    );
  });

  it('after edits of the same document (its "already defined" facts follow its text)', () => {
    const [, state] = states as [ServiceState, ServiceState];
    let text = 'The NU';
    for (const edit of ['The NATO-Ukraine Commission (NUC) met. The NU', 'The NU', '(NUC)\rThe NU', '(A(B) A(', 'A(', 'The NU']) {
      text = edit;
      const document = doc(text);
      const position = new LineIndex(text).lspPosition(text.length);
      expect(doComplete(state, document, position)).toEqual(referenceComplete(state, document, position));
    }
  });
});
