// A small lexicon (not the bundled corpus) so the rules are pinned independently of the corpus. Expansions are the
// seed's; the deprecated entries are a team's style choices, as a workspace glossary would record them. Written in
// schema 1 on purpose: the rules see it as createLexicon upgrades it, as they see a team's old glossary.
import { createLexicon } from '@natolex/data';
import type { LexiconV1 } from '@natolex/schema';
import { checkText, type CheckOptions } from '../check.js';
import { RULE_IDS, type RuleId } from '../rules/index.js';

export const document: LexiconV1 = {
  name: 'rules test',
  acronyms: [
    { id: 'acronym.nuc', form: 'NUC', expansion: 'NATO-Ukraine Commission' },
    { id: 'acronym.pfp', form: 'PfP', expansion: 'Partnership for Peace', variants: [{ form: 'PFP', status: 'deprecated' }] },
    { id: 'acronym.un-ctc', form: 'UN CTC', expansion: 'UN Counter-Terrorism Committee' },
    { id: 'acronym.ntm-i-old', form: 'NTMI', expansion: 'NATO Training Mission-Iraq', status: 'superseded', preferred: 'acronym.ntm-i', variants: [{ form: 'NTM-IQ', status: 'deprecated' }] },
    { id: 'acronym.ntm-i', form: 'NTM-I', expansion: 'NATO Training Mission-Iraq' },
    { id: 'acronym.old', form: 'OLDX', expansion: 'Old Thing', status: 'deprecated', variants: [{ form: 'OLDY', status: 'deprecated' }] },
  ],
  terms: [{ id: 'term.ocean-shield', term: 'Operation Ocean Shield', category: 'operation', status: 'deprecated' }],
};

export const lexicon = createLexicon(document, { bundled: false });

export function check(text: string, options: Partial<CheckOptions> = {}) {
  return checkText(lexicon, text, { markdown: true, ignore: [], ...options });
}

/** `rule:severity:matched text` of each finding. */
export const brief = (text: string, options: Partial<CheckOptions> = {}) => check(text, options).map((f) => `${f.rule}:${f.severity}:${text.slice(f.start, f.end)}`);

export const only = (rule: RuleId) => ({ severities: { ...Object.fromEntries(RULE_IDS.map((id) => [id, 'off'])), [rule]: 'warning' } }) as Partial<CheckOptions>;
