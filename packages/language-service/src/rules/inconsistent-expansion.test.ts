import { describe, expect, it } from 'vitest';
import { applyEdits } from '../text/apply-edits.js';
import { briefOnly, checkOnly } from '../test-support/passages.js';

const rule = ['inconsistent-expansion'] as const;

describe('rule inconsistent-expansion', () => {
  it('warns when an acronym is defined two accepted ways, and the fix writes the first way again', () => {
    const text = 'The NATO-Ukraine Commission (NUC) met. Later the Commission of NATO and Ukraine (NUC) agreed.';
    const [finding] = checkOnly(rule, text);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe("NUC is defined here as 'Commission of NATO and Ukraine' but earlier as 'NATO-Ukraine Commission'");
    expect(applyEdits(text, finding?.fixes?.[0]?.edits ?? [])).toBe('The NATO-Ukraine Commission (NUC) met. Later the NATO-Ukraine Commission (NUC) agreed.');
  });

  it('spelling variants are the same definition; a wrong one is wrong-expansion’s', () => {
    expect(briefOnly(rule, 'The NATO-Ukraine Commission (NUC) met; the NATO–Ukraine commission (NUC) agreed.')).toEqual([]);
    expect(briefOnly(rule, 'The NATO-Ukraine Commission (NUC) met; the Kyiv Council (NUC) agreed.')).toEqual([]);
  });

  it('a heading’s definition is not compared unless headings define', () => {
    const text = '# The Commission of NATO and Ukraine (NUC)\n\nThe NATO-Ukraine Commission (NUC) met.\n';
    expect(briefOnly(rule, text)).toEqual([]);
    expect(briefOnly(rule, text, { headingDefinitions: true })).toEqual(['inconsistent-expansion:NATO-Ukraine Commission (NUC)']);
  });
});
