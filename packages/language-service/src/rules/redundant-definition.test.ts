import { describe, expect, it } from 'vitest';
import { applyEdits } from '../text/apply-edits.js';
import { briefOnly, checkOnly } from '../test-support/passages.js';

const rule = ['redundant-definition'] as const;

describe('rule redundant-definition', () => {
  it('hints at a second definition, and the fix keeps the acronym alone', () => {
    const text = 'The Partnership for Peace (PfP) grew. The Partnership for Peace (PfP) Trust Fund pays.';
    const [finding] = checkOnly(rule, text);
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toBe('PfP is already defined above; the acronym alone is enough here');
    expect(applyEdits(text, finding?.fixes?.[0]?.edits ?? [])).toBe('The Partnership for Peace (PfP) grew. The PfP Trust Fund pays.');
  });

  it('a heading’s definition does not make the body’s redundant (unless headings define)', () => {
    const text = '## Partnership for Peace (PfP)\n\nThe Partnership for Peace (PfP) grew.\n';
    expect(briefOnly(rule, text)).toEqual([]);
    expect(briefOnly(rule, text, { headingDefinitions: true })).toEqual(['redundant-definition:Partnership for Peace (PfP)']);
  });

  it('a definition in a quotation is the source’s: never redundant, and not the first one either', () => {
    expect(briefOnly(rule, '> the Partnership for Peace (PfP)\n\nThe Partnership for Peace (PfP) grew.\n')).toEqual([]);
  });
});
