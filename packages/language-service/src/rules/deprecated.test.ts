import { describe, expect, it } from 'vitest';
import { lexicon, check, only } from '../test-support/lexicon.js';
import { retirementOf } from './deprecated.js';
import type { Entry } from '@natolex/data';

const entry = (id: string) => lexicon.get(id) as Entry;

describe('rule deprecated', () => {
  it('reports deprecated and superseded entries and variants with the preferred form, at every use', () => {
    const text = 'Partnership for Peace (PfP). The PFP grew. NTM-I (NATO Training Mission-Iraq), not NTMI or NTMI. Operation Ocean Shield.';
    const findings = check(text, { severities: { 'first-use': 'off', 'unknown-acronym': 'off' } });
    expect(findings.map((f) => f.message)).toEqual([
      "'PFP' is deprecated; use 'PfP' instead",
      "'NTMI' is superseded; use 'NTM-I' instead",
      "'NTMI' is superseded; use 'NTM-I' instead",
      "'Operation Ocean Shield' is deprecated",
    ]);
    expect(findings.every((f) => f.rule === 'deprecated' && f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.messageId)).toEqual(['deprecated.deprecated-use', 'deprecated.superseded-use', 'deprecated.superseded-use', 'deprecated.deprecated']);
  });

  it("gives a retired variant of a retired entry the entry's advice, never the entry's own (retired) form", () => {
    expect(check('The NTM-IQ left.', only('deprecated')).map((f) => f.message)).toEqual(["'NTM-IQ' is superseded; use 'NTM-I' instead"]);
    expect(retirementOf(lexicon, entry('acronym.ntm-i-old'), 'NTM-IQ')).toEqual({ status: 'superseded', replacement: 'NTM-I', of: 'entry', preferredId: 'acronym.ntm-i' });
    // No preferred entry: the status alone, not "use 'OLDX'" (which is deprecated too).
    expect(check('OLDY and OLDX.', only('deprecated')).map((f) => f.message)).toEqual(["'OLDY' is deprecated", "'OLDX' is deprecated"]);
  });

  it("gives a retired variant of a current entry the entry's main form", () => {
    expect(retirementOf(lexicon, entry('acronym.pfp'), 'PFP')).toEqual({ status: 'deprecated', replacement: 'PfP', of: 'variant', preferredId: 'acronym.pfp' });
    expect(retirementOf(lexicon, entry('acronym.pfp'), 'PfP')).toBeUndefined();
    expect(retirementOf(lexicon, entry('acronym.nuc'), 'NUC')).toBeUndefined();
  });

  it('skips ignored forms and ids, and code', () => {
    expect(check('PFP, NTMI.', { ...only('deprecated'), ignore: ['PFP', 'acronym.ntm-i-old'] })).toEqual([]);
    expect(check('`PFP`', only('deprecated'))).toEqual([]);
  });
});
