import { describe, expect, it } from 'vitest';
import { applyEdits } from '../text/apply-edits.js';
import { brief, check } from '../test-support/lexicon.js';

describe('rule first-use', () => {
  it('reports first uses as errors, with the CLI message and an expand fix', () => {
    expect(check('The NUC met.')).toEqual([
      {
        rule: 'first-use',
        severity: 'error',
        start: 4,
        end: 7,
        message: "'NUC' is used before it is defined; write 'NATO-Ukraine Commission (NUC)' at its first use",
        messageId: 'first-use.used-before-defined',
        messageArgs: ['NUC', 'NATO-Ukraine Commission (NUC)'],
        entry: 'concept.nuc',
        fixes: [
          {
            title: { id: 'first-use.fix.expand', args: ['NATO-Ukraine Commission (NUC)'], text: "Expand to 'NATO-Ukraine Commission (NUC)'" },
            edits: [{ start: 4, end: 7, text: 'NATO-Ukraine Commission (NUC)' }],
          },
        ],
      },
    ]);
  });

  it('fixes what it reports', () => {
    const text = 'The NUC met. The NUC agreed.';
    const edits = check(text).flatMap((f) => f.fixes?.[0]?.edits ?? []);
    const fixed = applyEdits(text, edits);
    expect(fixed).toBe('The NATO-Ukraine Commission (NUC) met. The NUC agreed.');
    expect(check(fixed)).toEqual([]);
  });

  it('skips code in Markdown only, and ignored acronyms', () => {
    expect(brief('```\nNUC\n```\n')).toEqual([]);
    expect(brief('```\nNUC\n```\n', { markdown: false })).toEqual(['first-use:error:NUC']);
    expect(brief('The NUC met.', { ignore: ['NUC'] })).toEqual([]);
    expect(brief('The NUC met.', { ignore: ['acronym.nuc'] })).toEqual([]);
  });
});
