import { createLexicon, type LexiconDocument } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES, checkText, type CheckOptions } from './rules.js';

// A small lexicon (not the bundled corpus) so the rules are pinned independently of the corpus. Expansions are the
// seed's; the deprecated entries are a team's style choices, as a workspace glossary would record them.
const document: LexiconDocument = {
  name: 'rules test',
  acronyms: [
    { id: 'acronym.nuc', form: 'NUC', expansion: 'NATO-Ukraine Commission' },
    { id: 'acronym.pfp', form: 'PfP', expansion: 'Partnership for Peace', variants: [{ form: 'PFP', status: 'deprecated' }] },
    { id: 'acronym.un-ctc', form: 'UN CTC', expansion: 'UN Counter-Terrorism Committee' },
    { id: 'acronym.ntm-i-old', form: 'NTMI', expansion: 'NATO Training Mission-Iraq', status: 'superseded', preferred: 'acronym.ntm-i' },
    { id: 'acronym.ntm-i', form: 'NTM-I', expansion: 'NATO Training Mission-Iraq' },
  ],
  terms: [{ id: 'term.ocean-shield', term: 'Operation Ocean Shield', category: 'operation', status: 'deprecated' }],
};
const lexicon = createLexicon(document, { bundled: false });

function check(text: string, options: Partial<CheckOptions> = {}) {
  return checkText(lexicon, text, { markdown: true, severities: DEFAULT_SEVERITIES, ignore: [], ...options });
}
const brief = (text: string, options: Partial<CheckOptions> = {}) =>
  check(text, options).map((f) => `${f.rule}:${f.severity}:${text.slice(f.start, f.end)}`);

describe('checkText', () => {
  it('reports first uses as errors with a fix', () => {
    const findings = check('The NUC met.');
    expect(findings).toEqual([
      {
        rule: 'first-use',
        severity: 'error',
        start: 4,
        end: 7,
        message: "'NUC' is used before it is defined; write 'NATO-Ukraine Commission (NUC)' at its first use",
        entry: 'acronym.nuc',
        fix: { start: 4, end: 7, text: 'NATO-Ukraine Commission (NUC)' },
      },
    ]);
  });

  it('reports deprecated and superseded entries and variants with the preferred form, at every use', () => {
    const text = 'Partnership for Peace (PfP). The PFP grew. NTM-I (NATO Training Mission-Iraq), not NTMI or NTMI. Operation Ocean Shield.';
    const findings = check(text, { severities: { ...DEFAULT_SEVERITIES, 'first-use': 'off', 'unknown-acronym': 'off' } });
    expect(findings.map((f) => f.message)).toEqual([
      "'PFP' is deprecated; use 'PfP' instead",
      "'NTMI' is superseded; use 'NTM-I' instead",
      "'NTMI' is superseded; use 'NTM-I' instead",
      "'Operation Ocean Shield' is deprecated",
    ]);
    expect(findings.every((f) => f.rule === 'deprecated' && f.severity === 'warning')).toBe(true);
  });

  it('reports unknown ALL-CAPS tokens once, skipping known, defined, ignored, code and Roman numerals', () => {
    const text = 'Partnership for Peace (PfP) met ABC, ABC and XY-2. Team Writing Group (TWG) and TWG. Part II. `CODE` A B. QQQ.';
    expect(brief(text, { ignore: ['QQQ'] })).toEqual(['unknown-acronym:info:ABC', 'unknown-acronym:info:XY-2']);
  });

  it('does not call parts of known forms unknown', () => {
    expect(brief('UN Counter-Terrorism Committee (UN CTC) and UN CTC.')).toEqual(['unknown-acronym:info:UN']);
  });

  it('applies configured severities and turns rules off', () => {
    const severities = { 'first-use': 'warning', deprecated: 'off', 'unknown-acronym': 'off' } as const;
    expect(brief('NUC and PFP and ZZZ.', { severities })).toEqual(['first-use:warning:NUC', 'first-use:warning:PFP']);
  });

  it('skips code in Markdown only', () => {
    expect(brief('```\nNUC\n```\n')).toEqual([]);
    expect(brief('```\nNUC\n```\n', { markdown: false })).toEqual(['first-use:error:NUC']);
  });

  it('sorts findings by position', () => {
    const findings = check('ZZZ NUC PFP');
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(findings.map((f) => f.rule)).toEqual(['unknown-acronym', 'first-use', 'deprecated', 'first-use']);
  });
});
