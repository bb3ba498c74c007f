import { createLexicon } from '@natolex/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from './check.js';
import { checkTextInPauses, checkTextInSteps } from './check-steps.js';
import { RULE_IDS, type RuleSeverities } from './rules/index.js';
import { chunkRanges } from './workspace/policy.js';

const lexicon = createLexicon();
/** The rules whose findings chunking keeps exact (see check-steps.ts for the two it cannot compare across chunks). */
const exact: Partial<RuleSeverities> = Object.fromEntries(
  RULE_IDS.map((id) => [id, ['first-use', 'deprecated', 'unknown-acronym', 'wrong-expansion'].includes(id) ? 'warning' : 'off']),
) as Partial<RuleSeverities>;

function whole(steps: Generator<number, ReturnType<typeof checkText>, void>) {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('checkTextInSteps', () => {
  it('gives the findings of one pass, with fences and comments across chunk borders', () => {
    const blocks = [
      'The NATO-Ukraine Commission (NUC) met.\n\n',
      '```text\nPfP in code\n\nmore code NUC ZZQ\n```\n\n',
      '<!-- EADRCC in a comment\n\nstill comment QQX -->\n\n',
      'Then PfP and EADRCC and UN CTC and QQX.\n\n',
      'Partnership for Peace (PfP) later, and ZZQ.\n',
      '~~~\nNTM-I\n~~~\nNTM-I in prose\n',
      'Long line with UN CTC and the UN Counter-Terrorism Committee (UN CTC).\n',
      '`inline NUC` and SFOR and KFOR\n\n',
      'The Wrong Long Form (NUC) here.\n\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...blocks), { maxLength: 14 }), fc.integer({ min: 80, max: 400 }), fc.boolean(), (parts, chunkSize, markdown) => {
        const text = parts.join('');
        const expected = checkText(lexicon, text, { markdown, severities: exact });
        expect(whole(checkTextInSteps(lexicon, text, { markdown, severities: exact, chunkSize }))).toEqual(expected);
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('shifts the fixes with their findings', () => {
    const text = `${'Plain prose.\n\n'.repeat(20)}The NUC met.\n`;
    const [finding] = whole(checkTextInSteps(lexicon, text, { markdown: true, severities: exact, chunkSize: 64 }));
    expect(finding?.fixes?.[0]?.edits[0]).toMatchObject({ start: text.indexOf('NUC'), end: text.indexOf('NUC') + 3 });
  });

  it('steps one chunk at a time, pauses between chunks and stops when cancelled', async () => {
    const text = 'NUC text\n\n'.repeat(100);
    const offsets: number[] = [];
    const steps = checkTextInSteps(lexicon, text, { markdown: true, chunkSize: 50 });
    for (let step = steps.next(); !step.done; step = steps.next()) offsets.push(step.value);
    expect(offsets).toEqual([...chunkRanges(text, 50)].map(([, end]) => end));

    let pauses = 0;
    const token = { isCancellationRequested: false };
    const done = await checkTextInPauses(lexicon, text, { markdown: true, chunkSize: 50 }, token, async () => void pauses++);
    expect(done?.filter((finding) => finding.rule === 'first-use')).toHaveLength(1);
    expect(pauses).toBe(offsets.length);
    let calls = 0;
    const cancelled = await checkTextInPauses(lexicon, text, { markdown: true, chunkSize: 50 }, token, async () => {
      if (++calls === 3) token.isCancellationRequested = true;
    });
    expect(cancelled).toBeUndefined();
    expect(calls).toBe(3);
  });
});
