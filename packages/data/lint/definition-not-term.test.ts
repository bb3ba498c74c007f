import { describe, expect, it } from 'vitest';
import rule, { comparable } from './definition-not-term.mjs';
import { conceptIn, realInput } from './test-support';

describe('definition-not-term', () => {
  it('accepts the built lexicon', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails on a definition that is one of the concept’s terms, whatever its case and spacing', () => {
    const input = realInput();
    const concept = conceptIn(input.lexicon, 'concept.stabilisation-force');
    concept.definitions = [{ text: ' stabilisation  FORCE', provenance: concept.terms[0].provenance }];
    expect(rule.check(input)).toEqual([
      { where: expect.stringMatching(/^concept\.stabilisation-force \/concepts\/\d+\/definitions\/0$/), message: 'definition “ stabilisation  FORCE” only repeats a term of the concept' },
    ]);
    concept.definitions[0].text = 'SFOR';
    expect(rule.check(input)).toHaveLength(1);
  });

  it('compares case-insensitively with runs of spaces as one', () => {
    expect(comparable('  Kosovo \n Force ')).toBe('kosovo force');
  });
});
