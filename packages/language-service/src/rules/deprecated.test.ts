import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { checkText } from '../check.js';
import { lexicon, check, only } from '../test-support/lexicon.js';
import { isConcept, retirementOf } from './deprecated.js';

/** The concept a term id (a schema 1 entry id) resolves to, and the term written as `text`. */
function termOf(id: string, text: string) {
  const concept = lexicon.get(id);
  if (!isConcept(concept)) throw new Error(`no concept for ${id}`);
  const term = concept.terms.find((candidate) => candidate.text === text);
  if (!term) throw new Error(`no term ${text} in ${concept.id}`);
  return { concept, term };
}

const retirement = (id: string, text: string) => {
  const { concept, term } = termOf(id, text);
  const found = retirementOf(lexicon, concept, term);
  return found && { status: found.status, replacement: found.replacement, concept: found.replacementConcept?.id };
};

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

  it("gives a retired term of a replaced concept the replacing concept's term, never the concept's own (retired) form", () => {
    // Schema 2 keeps each term's own status: NTM-IQ was recorded as deprecated (schema 1 reported the entry's status).
    expect(check('The NTM-IQ left.', only('deprecated')).map((f) => f.message)).toEqual(["'NTM-IQ' is deprecated; use 'NTM-I' instead"]);
    expect(retirement('acronym.ntm-i-old', 'NTM-IQ')).toEqual({ status: 'deprecated', replacement: 'NTM-I', concept: 'concept.ntm-i' });
    // No preferred entry: the status alone, not "use 'OLDX'" (which is deprecated too).
    expect(check('OLDY and OLDX.', only('deprecated')).map((f) => f.message)).toEqual(["'OLDY' is deprecated", "'OLDX' is deprecated"]);
  });

  it("gives a retired variant of a current concept the concept's preferred term of that type", () => {
    expect(retirement('acronym.pfp', 'PFP')).toEqual({ status: 'deprecated', replacement: 'PfP', concept: 'concept.pfp' });
    expect(retirement('acronym.pfp', 'PfP')).toBeUndefined();
    expect(retirement('acronym.nuc', 'NUC')).toBeUndefined();
  });

  it('reports every term of a concept replaced by another as superseded, with the replacing term of the same type', () => {
    const replaced = createLexicon(
      {
        $schema: 'urn:natolex:schema:lexicon:2',
        name: 'replaced',
        concepts: [
          { id: 'concept.old-council', subjectField: 'body', terms: [{ text: 'Old Council', type: 'fullForm', status: 'preferred' }, { text: 'OCX', type: 'acronym', status: 'preferred' }], related: [{ type: 'replacedBy', target: 'concept.new-council' }] },
          { id: 'concept.new-council', subjectField: 'body', terms: [{ text: 'New Council', type: 'fullForm', status: 'preferred' }, { text: 'NCX', type: 'acronym', status: 'preferred' }] },
        ],
      },
      { bundled: false },
    );
    const findings = checkText(replaced, 'The Old Council (OCX) met; the OCX and the New Council (NCX).', { markdown: true, ignore: [], ...only('deprecated') });
    expect(findings.map((f) => f.message)).toEqual(["'Old Council' is superseded; use 'New Council' instead", "'OCX' is superseded; use 'NCX' instead", "'OCX' is superseded; use 'NCX' instead"]);
  });

  it('skips ignored forms and ids, and code', () => {
    expect(check('PFP, NTMI.', { ...only('deprecated'), ignore: ['PFP', 'acronym.ntm-i-old'] })).toEqual([]);
    expect(check('`PFP`', only('deprecated'))).toEqual([]);
  });
});
