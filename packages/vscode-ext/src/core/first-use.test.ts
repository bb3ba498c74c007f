import { createLexicon, findFirstUseIssues } from '@natolex/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkRanges, expandTitle, findFirstUses, findFirstUsesInSteps, firstUseMessage, firstUseSteps, looksBinary } from './first-use.js';

const lexicon = createLexicon();

describe('findFirstUses', () => {
  it('reports 6+ letter, mixed-case, hyphenated and spaced acronyms used before definition', () => {
    const text = 'EADRCC and PfP and NTM-I and UN CTC.\n';
    expect(findFirstUses(lexicon, text, { markdown: true }).map((issue) => issue.form)).toEqual(['EADRCC', 'PfP', 'NTM-I', 'UN CTC']);
  });

  it('accepts an inline definition "Long Form (ABBR)" and only reports the first use', () => {
    const text = 'The Partnership for Peace (PfP) grew. PfP again. Then NUC, and NUC.';
    const issues = findFirstUses(lexicon, text, { markdown: true });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ form: 'NUC', expansion: 'NATO-Ukraine Commission', start: text.indexOf('NUC') });
  });

  it('skips code in Markdown, not in plain text', () => {
    const text = '```\nNUC\n```\nThe NUC met.';
    expect(findFirstUses(lexicon, text, { markdown: true })[0]?.start).toBe(text.lastIndexOf('NUC'));
    expect(findFirstUses(lexicon, text, { markdown: false })[0]?.start).toBe(text.indexOf('NUC'));
  });

  it('gives the same issues in small chunks as in one pass, with fences and comments across chunk borders', () => {
    const blocks = [
      'The NATO-Ukraine Commission (NUC) met.\n\n',
      '```text\nPfP in code\n\nmore code NUC\n```\n\n',
      '<!-- EADRCC in a comment\n\nstill comment -->\n\n',
      'Then PfP and EADRCC and UN CTC.\n\n',
      'Partnership for Peace (PfP) later.\n',
      '~~~\nNTM-I\n~~~\nNTM-I in prose\n',
      'Long line with UN CTC and the UN Counter-Terrorism Committee (UN CTC).\n',
      '`inline NUC` and SFOR and KFOR\n\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...blocks), { maxLength: 14 }), fc.integer({ min: 80, max: 400 }), (parts, chunkSize) => {
        const text = parts.join('');
        const expected = findFirstUseIssues(lexicon, text);
        expect(findFirstUses(lexicon, text, { markdown: true, chunkSize })).toEqual(expected);
      }),
      { numRuns: 500, seed: 20240601 },
    );
  });

  it('honours ignore', () => {
    expect(findFirstUses(lexicon, 'NATO and NUC', { markdown: true, ignore: ['NATO'] }).map((issue) => issue.form)).toEqual(['NUC']);
  });
});

describe('chunkRanges', () => {
  it('covers the text with contiguous chunks that end at line breaks', () => {
    const text = 'a line\n'.repeat(1000);
    const ranges = chunkRanges(text, 100);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges[ranges.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    for (const [, end] of ranges.slice(0, -1)) expect(text[end - 1]).toBe('\n');
  });

  it('cuts one huge line at spaces', () => {
    const text = 'word '.repeat(1000);
    for (const [start] of chunkRanges(text, 64).slice(1)) expect(text[start - 1]).toBe(' ');
  });
});

describe('findFirstUsesInSteps', () => {
  it('pauses between chunks and stops when cancelled', async () => {
    const text = 'NUC text\n\n'.repeat(100);
    let pauses = 0;
    const token = { isCancellationRequested: false };
    const done = await findFirstUsesInSteps(lexicon, text, { markdown: true, chunkSize: 50 }, token, async () => void pauses++);
    expect(done).toHaveLength(1);
    expect(pauses).toBe(chunkRanges(text, 50).length);

    let calls = 0;
    const cancelled = await findFirstUsesInSteps(lexicon, text, { markdown: true, chunkSize: 50 }, token, async () => {
      if (++calls === 3) token.isCancellationRequested = true;
    });
    expect(cancelled).toBeUndefined();
    expect(calls).toBe(3);
  });

  it('steps through a generator one chunk at a time', () => {
    const steps = firstUseSteps(lexicon, 'a\n\nb\n\nc\n', { markdown: true, chunkSize: 2 });
    const offsets: number[] = [];
    for (let step = steps.next(); !step.done; step = steps.next()) offsets.push(step.value);
    expect(offsets).toEqual(chunkRanges('a\n\nb\n\nc\n', 2).map(([, end]) => end));
  });
});

describe('messages', () => {
  it('say what to write', () => {
    const [issue] = findFirstUses(lexicon, 'The NUC met.', { markdown: true });
    expect(firstUseMessage(issue!)).toBe("'NUC' is used before it is defined. Write 'NATO-Ukraine Commission (NUC)' at its first use.");
    expect(expandTitle('NATO-Ukraine Commission', 'NUC')).toBe("Expand to 'NATO-Ukraine Commission (NUC)'");
  });
});

describe('looksBinary', () => {
  it('flags NUL characters near the start', () => {
    expect(looksBinary('PNG\u0000\u0001')).toBe(true);
    expect(looksBinary('plain text')).toBe(false);
  });
});
