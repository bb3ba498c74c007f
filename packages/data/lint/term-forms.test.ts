import { describe, expect, it } from 'vitest';
import rule, { withoutInlineDefinitions } from './term-forms.mjs';
import { realInput } from './test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const find = (list: any[], id: string) => list.find((record) => record.id === id);

describe('term-forms', () => {
  it('finds every term, alias, acronym form and expansion written as in the text', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('leaves out only inline "(ABBR) " definitions', () => {
    expect(withoutInlineDefinitions('UN Security Council Resolution (UNSCR) 1373 and the Dayton Agreement (the Dayton Agreement) of the UN (UN).'))
      .toBe('UN Security Council Resolution 1373 and the Dayton Agreement (the Dayton Agreement) of the UN (UN).');
  });

  it('fails on a term form the text never writes', () => {
    const input = realInput();
    find(input.lexicon.terms, 'term.operation-ocean-shield').term = 'Operation Ocean Shield';
    expect(rule.check(input)).toEqual([{ where: 'term.operation-ocean-shield', message: '“Operation Ocean Shield” is not written so in the text' }]);
  });

  it('fails on an alias that is only part of a word, and on an invented acronym variant', () => {
    const input = realInput();
    find(input.lexicon.terms, 'term.melange').aliases = ['Mélan'];
    find(input.lexicon.acronyms, 'acronym.pfp').variants = [{ form: 'PFP' }];
    expect(rule.check(input).map((issue) => issue.where)).toEqual(['term.melange', 'acronym.pfp']);
  });
});
