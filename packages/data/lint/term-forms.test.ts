import { describe, expect, it } from 'vitest';
import rule, { withoutInlineDefinitions } from './term-forms.mjs';
import { realInput, termIn } from './test-support';

describe('term-forms', () => {
  it('finds every term of every concept written as in the text', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('leaves out only inline "(ABBR) " definitions', () => {
    expect(withoutInlineDefinitions('UN Security Council Resolution (UNSCR) 1373 and the Dayton Agreement (the Dayton Agreement) of the UN (UN).'))
      .toBe('UN Security Council Resolution 1373 and the Dayton Agreement (the Dayton Agreement) of the UN (UN).');
  });

  it('fails on a term form the text never writes', () => {
    const input = realInput();
    termIn(input.lexicon, 'term.operation-ocean-shield').text = 'Operation Ocean Shield';
    expect(rule.check(input)).toEqual([{ where: 'term.operation-ocean-shield', message: '“Operation Ocean Shield” is not written so in the text' }]);
  });

  it('fails on a variant that is only part of a word, and on an invented acronym form', () => {
    const input = realInput();
    const melange = input.lexicon.concepts.find((concept: { id: string }) => concept.id === 'concept.melange');
    melange.terms.push({ text: 'Mélan', type: 'variant', status: 'admitted' });
    termIn(input.lexicon, 'acronym.pfp').text = 'PFP';
    expect(rule.check(input)).toEqual([
      { where: 'concept.melange', message: '“Mélan” is not written so in the text' },
      { where: 'acronym.pfp', message: 'form “PFP” does not occur as a whole word' },
    ]);
  });
});
