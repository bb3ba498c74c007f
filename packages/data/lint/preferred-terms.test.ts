import { describe, expect, it } from 'vitest';
import rule from './preferred-terms.mjs';
import { conceptIn, realInput, termIn } from './test-support';

describe('preferred-terms', () => {
  it('accepts the built lexicon: a preferred full form (and a preferred acronym beside it) per concept', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails on a second preferred term of the same type and language, naming its pointer', () => {
    const input = realInput();
    const concept = conceptIn(input.lexicon, 'concept.kosovo-force');
    concept.terms.push({ text: 'the Kosovo Force', type: 'fullForm', status: 'preferred' });
    const index = input.lexicon.concepts.indexOf(concept);
    expect(rule.check(input)).toEqual([
      {
        where: `concept.kosovo-force /concepts/${index}/terms/2`,
        message: '“the Kosovo Force” is a second preferred fullForm in en (the first is “Kosovo Force”); make one admitted',
      },
    ]);
  });

  it('fails on a concept without a preferred term, and on a language without one', () => {
    const input = realInput();
    termIn(input.lexicon, 'term.kosovo-force').status = 'admitted';
    termIn(input.lexicon, 'acronym.kfor').status = 'admitted';
    conceptIn(input.lexicon, 'concept.melange').terms.push({ text: 'mélange', type: 'fullForm', status: 'admitted', language: 'fr' });
    expect(rule.check(input).map((issue) => issue.message)).toEqual(['has no preferred term in en', 'has no preferred term in fr']);
  });

  it('reads a term without a language tag as the document’s language', () => {
    const input = realInput();
    input.lexicon.language = 'fr';
    conceptIn(input.lexicon, 'concept.melange').terms.push({ text: 'Mélange', type: 'fullForm', status: 'preferred', language: 'fr' });
    expect(rule.check(input)).toEqual([{ where: expect.stringMatching(/^concept\.melange /), message: expect.stringContaining('second preferred fullForm in fr') }]);
  });
});
