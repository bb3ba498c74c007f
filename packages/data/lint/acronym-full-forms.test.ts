import { describe, expect, it } from 'vitest';
import rule from './acronym-full-forms.mjs';
import { conceptIn, realInput } from './test-support';

describe('acronym-full-forms', () => {
  it('accepts the built lexicon: every acronym is in a concept with a full form', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails on an acronym whose concept has no full form (a variant does not count)', () => {
    const input = realInput();
    const concept = conceptIn(input.lexicon, 'concept.kosovo-force');
    concept.terms[0].type = 'variant';
    expect(rule.check(input)).toEqual([{ where: 'acronym.kfor', message: 'acronym “KFOR” is in concept.kosovo-force, which has no full form in en' }]);
  });

  it('fails on an abbreviation whose only full form is in another language', () => {
    const input = realInput();
    const concept = conceptIn(input.lexicon, 'concept.kosovo-force');
    concept.terms.push({ text: 'FK', type: 'abbreviation', status: 'preferred', language: 'fr' });
    expect(rule.check(input)).toEqual([{ where: 'concept.kosovo-force', message: 'abbreviation “FK” is in concept.kosovo-force, which has no full form in fr' }]);
  });
});
