import { describe, expect, it } from 'vitest';
import rule, { findMojibake } from './no-mojibake.mjs';
import { realInput } from './test-support';

describe('no-mojibake', () => {
  it('finds nothing in the cleaned text and the built lexicon', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it.each([
    ['a lost title separator', 'NATO-Ukraine relations ?? NATO’s relations with Ukraine'],
    ['a lost link arrow', 'signed in 2009. ? more News'],
    ['a lost apostrophe', 'NATO?s relations'],
    ['a lost opening quote', 'UN ?Safe Areas'],
    ['a replacement character', 'Mélange conversion \uFFFD'],
    ['UTF-8 read as Latin-1', 'NATOâ€™s relations'],
    ['a no-break space', 'conflict.\u00a0 In line'],
  ])('flags %s', (_, text) => {
    expect(findMojibake(text, 'sample')).not.toEqual([]);
  });

  it('does not flag a real question mark', () => {
    expect(findMojibake('What is NATO’s role? It is “Why?” said.', 'sample')).toEqual([]);
  });

  it('flags mojibake anywhere in the lexicon, with its JSON pointer', () => {
    const input = realInput();
    input.lexicon.concepts[0].terms[0].text = 'a ?? b';
    const issues = rule.check(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.where).toBe('lexicon /concepts/0/terms/0/text');
  });
});
