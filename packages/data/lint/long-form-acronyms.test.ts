import { describe, expect, it } from 'vitest';
import rule, { findLongFormDefinitions, looksLikeAcronym } from './long-form-acronyms.mjs';
import { conceptIn, realInput, termIn } from './test-support';

describe('long-form-acronyms', () => {
  it('finds every “Long Form (ABBR)” of the cleaned text in the lexicon', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('detects acronym-like parentheses in general, with case, hyphen and space variants', () => {
    const text = 'the Partnership for Peace (PfP), the NATO Training Mission-Iraq (NTM-I), the UN Counter-Terrorism '
      + 'Committee (UN CTC), the Euro-Atlantic Disaster Response Coordination Centre (EADRCC), UNSCR 1540 (2004), '
      + 'the Dayton accord (the Dayton Agreement), a town (Termez)';
    expect(findLongFormDefinitions(text).map((found) => found.abbreviation)).toEqual(['PfP', 'NTM-I', 'UN CTC', 'EADRCC']);
    expect(looksLikeAcronym('Termez')).toBe(false);
    expect(looksLikeAcronym('AU')).toBe(true);
  });

  it('fails on a long-form definition the lexicon does not have', () => {
    const input = realInput();
    input.cleanedText += ' The Imaginary Oversight Board (IOB) meets.';
    expect(rule.check(input)).toEqual([
      { where: expect.stringMatching(/^cleaned text 12:\d+$/), message: expect.stringContaining('defines IOB, which is not an acronym of the lexicon') },
    ]);
  });

  it('fails when an acronym of the text is missing from the lexicon', () => {
    const input = realInput();
    const pfp = conceptIn(input.lexicon, 'concept.partnership-for-peace');
    pfp.terms = pfp.terms.filter((term: { id?: string }) => term.id !== 'acronym.pfp');
    expect(rule.check(input).map((issue) => issue.message)).toEqual([expect.stringContaining('defines PfP, which is not an acronym')]);
  });

  it('fails when the expansion is not the long form the text writes', () => {
    const input = realInput();
    termIn(input.lexicon, 'term.african-union-mission-in-sudan').text = 'African Union Mission in Sudan';
    expect(rule.check(input).map((issue) => issue.message)).toEqual([
      expect.stringContaining('which does not end with a full form of its concept ("African Union Mission in Sudan")'),
      expect.stringContaining('definedInSource is true, but the text never writes'),
    ]);
  });

  it('fails when a second definition of the same acronym is not recorded as provenance', () => {
    const input = realInput();
    const isaf = termIn(input.lexicon, 'acronym.isaf');
    isaf.provenance = isaf.provenance.slice(0, 1);
    expect(rule.check(input)).toEqual([
      { where: expect.stringMatching(/^cleaned text 8:/), message: expect.stringContaining('is not among the provenance of acronym.isaf') },
    ]);
  });

  it('fails when definedInSource is wrong either way', () => {
    const input = realInput();
    termIn(input.lexicon, 'acronym.nato').definedInSource = true;
    termIn(input.lexicon, 'acronym.nuc').definedInSource = false;
    expect(rule.check(input).map((issue) => issue.where).sort()).toEqual(['acronym.nato', 'acronym.nuc']);
  });
});
