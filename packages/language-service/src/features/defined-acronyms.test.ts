import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definedBefore } from './defined-acronyms.js';

const PIECES = ['(', ')', 'NUC', 'NU', 'A(B', 'A', ' ', '\n', '()'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((pieces) => pieces.join(''));
const terms = fc.constantFrom('NUC', 'NU', 'A(B', 'A', 'B)', '', 'NUC A');

describe('definedBefore', () => {
  it('tells what text.lastIndexOf(`(${term})`, before) !== -1 tells, on each text of a document as it changes', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), terms, fc.nat(), (versions, term, at) => {
        for (const text of versions) {
          const before = at % (text.length + 1);
          expect(definedBefore({ uri: 'file:///draft.md', text }, term, before)).toBe(text.lastIndexOf(`(${term})`, before) !== -1);
        }
      }),
      { seed: 424242, numRuns: 1000 },
    );
  });

  it('stays linear on a draft of unclosed parentheses (searching for ")" from each "(" would take minutes)', { timeout: 20_000 }, () => {
    const text = `${'('.repeat(2_000_000)}NUC)`;
    expect(definedBefore({ uri: 'file:///open.md', text }, 'NUC', text.length)).toBe(true);
    expect(definedBefore({ uri: 'file:///open.md', text: `${text.slice(0, -1)}` }, 'NUC', text.length)).toBe(false);
  });
});
