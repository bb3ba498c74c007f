import { describe, expect, it } from 'vitest';
import rule from './one-definition-per-language.mjs';
import { conceptIn, realInput } from './test-support';

describe('one-definition-per-language', () => {
  it('accepts the built lexicon', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails on a second definition in the same language, not on one in another language', () => {
    const input = realInput();
    const concept = conceptIn(input.lexicon, 'concept.kosovo-force');
    const [first] = concept.definitions;
    concept.definitions.push({ ...first, language: 'fr' });
    expect(rule.check(input)).toEqual([]);
    concept.definitions.push({ ...first });
    expect(rule.check(input)).toEqual([
      { where: expect.stringMatching(/^concept\.kosovo-force \/concepts\/\d+\/definitions\/2$/), message: 'a second definition in en: keep one and make the other a context' },
    ]);
  });
});
