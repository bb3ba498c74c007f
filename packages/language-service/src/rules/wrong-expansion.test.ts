import { describe, expect, it } from 'vitest';
import { applyEdits } from '../text/apply-edits.js';
import { briefOnly, checkOnly } from '../test-support/passages.js';

const rule = ['wrong-expansion'] as const;

describe('rule wrong-expansion', () => {
  it('flags a long form that is not the acronym’s, naming the expected expansion', () => {
    const [finding] = checkOnly(rule, 'The Euro-Atlantic Partnership Council (PfP) met.');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe("'Euro-Atlantic Partnership Council' is not what PfP stands for; the lexicon gives 'Partnership for Peace'");
    expect(applyEdits('The Euro-Atlantic Partnership Council (PfP) met.', finding?.fixes?.[0]?.edits ?? [])).toBe('The Partnership for Peace (PfP) met.');
  });

  it('keeps a leading article out of the replaced long form', () => {
    const text = 'The peacekeepers (KFOR) arrived.';
    const edits = checkOnly(rule, text).flatMap((finding) => finding.fixes?.[0]?.edits ?? []);
    expect(applyEdits(text, edits)).toBe('The Kosovo Force (KFOR) arrived.');
  });

  it('accepts the expansion with case, hyphen/space, dash and apostrophe variants, emphasis, and related terms', () => {
    for (const text of [
      'the Partnership for Peace (PfP)',
      'the partnership for peace (PfP)',
      'the **Partnership for Peace** (PfP)',
      'the NATO Ukraine Commission (NUC)',
      'the NATO–Ukraine commission (NUC)',
      'the Commission of NATO and Ukraine (NUC)',
      'the Euro‑Atlantic Partnership Council (EAPC)',
      'the [Partnership for Peace](https://example.org/PfP) (PfP)',
      'the Partnership for\n  Peace (PfP)',
    ]) {
      expect(briefOnly(rule, text), text).toEqual([]);
    }
  });

  it('offers no fix when the long form holds non-prose (a link destination would be lost)', () => {
    const [finding] = checkOnly(rule, 'the [Peace Partners](https://example.org/) (PfP)');
    expect(finding?.rule).toBe('wrong-expansion');
    expect(finding?.fixes).toBeUndefined();
  });

  it('never looks inside code, quotations or link targets, and "(ABBR)" after punctuation is no definition', () => {
    expect(briefOnly(rule, '`Peace Partners (PfP)` and > no\n\n> Peace Partners (PfP)\n')).toEqual([]);
    expect(briefOnly(rule, 'He said "Peace Partners (PfP) are here".')).toEqual([]);
    expect(briefOnly(rule, 'see [x](https://e.org/Peace (PfP)) and: (PfP)')).toEqual([]);
  });

  it('checks plain text too', () => {
    expect(briefOnly(rule, 'The peacekeepers (KFOR)', { markdown: false })).toEqual(['wrong-expansion:peacekeepers (KFOR)']);
  });
});
