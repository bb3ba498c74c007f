import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../test-support/lexicon.js';
import { updateProse, updateProseMatches, proseState, type ProseState } from './incremental.js';
import { proseMatches } from './matches.js';
import { proseModel } from './prose.js';

// Lines that open, close or continue every construct the re-read has to respect.
const LINES = [
  'The NUC met the PfP.',
  'NATO-Ukraine',
  'Commission (NUC) met.',
  '# The NUC',
  'Heading',
  '===',
  '> quoted NUC text',
  '> [NUC]: https://example.org/NUC',
  '- a NUC list item',
  '* item',
  '1. first',
  '2) second',
  '  continued NUC',
  '    indented NUC code',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<div>',
  '<pre>',
  '</pre>',
  '---',
  '+++',
  'title: NUC',
  '[NUC]: https://example.org/NUC',
  '[Foo\n bar]: x',
  '[^n]: the NUC note',
  'See [NUC], [foo bar], [x][NUC] and [^n].',
  '| NUC | PfP |',
  '|-----|-----|',
  '"a quoted NUC" here',
  '*a'.repeat(140),
  '',
  '',
  '',
];
const INSERTS = ['\n', '\n\n', ' ', 'x', 'NUC ', '```', '\n```\n', '<!--', '-->', '---\n', '> ', '- ', '    ', '[', ']', ': y', '[^n]: x\n', '"', '\r\n', '\r', '|', '#'];

const documentOf = (lines: string[], crlf: boolean) => lines.join(crlf ? '\r\n' : '\n');
const documents = fc.tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), fc.boolean()).map(([lines, crlf]) => documentOf(lines, crlf));
const edits = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 12 }), fc.oneof(fc.constantFrom(...INSERTS), fc.constantFrom(...LINES).map((line) => `${line}\n`), fc.constant(''))),
  { minLength: 1, maxLength: 12 },
);

describe('updateProse', () => {
  it('gives exactly the prose model and matches of a full parse, for random documents and random edits', () => {
    let partial = 0;
    fc.assert(
      fc.property(documents, edits, (text, steps) => {
        let state: ProseState = proseState(text);
        let matches = proseMatches(lexicon, state.model);
        for (const [where, length, inserted] of steps) {
          const old = state.model.text;
          const start = Math.floor(where * old.length);
          const edit = { start, end: Math.min(old.length, start + length), text: inserted };
          const update = updateProse(state, edit);
          if (update.reread !== undefined) partial++;
          state = update.state;
          matches = updateProseMatches(lexicon, matches, update);
          const expected = proseModel(state.model.text);
          expect(state.model).toEqual(expected);
          expect(matches).toEqual(proseMatches(lexicon, expected));
        }
      }),
      { numRuns: 400, seed: Number(process.env.PROSE_SEED ?? 20261202) },
    );
    expect(partial).toBeGreaterThan(1000); // most edits re-read a part, not the whole text
  });

  it('re-reads only the blocks around an edit in a long document', () => {
    const paragraphs = Array.from({ length: 200 }, (_, index) => `Paragraph ${index} about the NUC.`);
    const text = paragraphs.join('\n\n');
    const at = text.indexOf('Paragraph 100') + 5;
    const update = updateProse(proseState(text), { start: at, end: at, text: ' PfP' });
    expect(update.fullReason).toBeUndefined();
    const reread = update.reread!;
    expect(reread.oldEnd - reread.start).toBeLessThan(100);
  });

  it('says why it reads the whole text', () => {
    const text = 'See [NUC].\n\nThe NUC.\n\nMore.\n';
    const at = text.indexOf('More');
    expect(updateProse(proseState(text), { start: at, end: at + 5, text: '[NUC]: x' }).fullReason).toMatch(/definition/);
    const fenced = '---\ntitle: x\n\nA NUC.\n\nMore.\n';
    expect(updateProse(proseState(fenced), { start: fenced.length, end: fenced.length, text: 'x' }).fullReason).toMatch(/front matter/);
  });

  it('widens over a fence left open by the edit, up to the end of the text', () => {
    const text = 'A.\n\nB NUC.\n\nC NUC.\n\nD NUC.\n';
    const at = text.indexOf('B');
    const update = updateProse(proseState(text), { start: at, end: at, text: '```\n' });
    expect(update.reread?.newEnd).toBe(update.state.model.text.length);
    expect(update.state.model).toEqual(proseModel(update.state.model.text));
    expect(proseMatches(lexicon, update.state.model)).toEqual([]);
  });

  it('refuses an edit outside the text', () => {
    const state = proseState('The NUC.');
    expect(() => updateProse(state, { start: 3, end: 2, text: '' })).toThrow(RangeError);
    expect(() => updateProse(state, { start: 0, end: 99, text: '' })).toThrow(RangeError);
  });
});
