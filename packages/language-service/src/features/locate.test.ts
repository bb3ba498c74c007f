import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { matchAround, matchesIn, windowAround } from './locate.js';

const lexicon = createLexicon();

describe('matchAround', () => {
  const text = 'Intro line.\nThe PfP, NTM-I and the UN CTC met; EADRCC too.\n';

  it('finds mixed-case, hyphenated, spaced and long acronyms under the offset', () => {
    for (const form of ['PfP', 'NTM-I', 'UN CTC', 'EADRCC']) {
      const start = text.indexOf(form);
      for (const offset of [start, start + form.length - 1]) {
        expect(matchAround(lexicon, text, offset)).toMatchObject({ start, end: start + form.length, text: form });
      }
      expect(matchAround(lexicon, text, start + form.length)?.text).not.toBe(form);
    }
  });

  it('gives nothing between words', () => {
    expect(matchAround(lexicon, text, text.indexOf('met'))).toBeUndefined();
  });

  it('only scans a window of a huge line, and still finds the word under the cursor', () => {
    const filler = 'lorem ipsum '.repeat(100_000);
    const huge = `${filler}the NTM-I mission ${filler}`;
    const offset = huge.indexOf('NTM-I') + 2;
    const window = windowAround(huge, offset);
    expect(window.text.length).toBeLessThan(5000);
    expect(matchAround(lexicon, huge, offset)).toMatchObject({ text: 'NTM-I', start: huge.indexOf('NTM-I') });
  });

  it('never cuts a window inside a word', () => {
    const line = `${'x'.repeat(5000)} NUC ${'y'.repeat(5000)}`;
    const window = windowAround(line, line.indexOf('NUC'));
    expect(window.text).toBe('NUC');
  });
});

describe('matchesIn', () => {
  it('returns the matches a selection overlaps, across lines', () => {
    const text = 'NUC and PfP\nthen UN CTC';
    expect(matchesIn(lexicon, text, 2, text.length - 2).map((match) => match.text)).toEqual(['NUC', 'PfP', 'UN CTC']);
    expect(matchesIn(lexicon, text, 9, 9).map((match) => match.text)).toEqual(['PfP']);
  });
});
