// A lexicon with concepts of several terms and one passage, for the definition and quotation rules.
import { createLexicon, type LexiconDocument } from '@natolex/data';
import { checkText, type CheckOptions } from '../check.js';
import { RULE_IDS, type RuleId } from '../rules/index.js';

export const PASSAGE =
  'In 1995 Uzbekistan signs a security agreement with the North Atlantic Treaty Organization (NATO) and joins the Partnership for Peace programme.';

// Schema 2: NUC's concept holds every long form a writer may define it with (its full form, the en-dash spelling and
// the seed's "Commission of NATO and Ukraine"), so each is accepted.
const concept = (id: string, fullForm: string, acronym: string, variants: string[] = []) => ({
  id: `concept.${id}`,
  subjectField: 'body' as const,
  terms: [
    { id: `term.${id}`, text: fullForm, type: 'fullForm' as const, status: 'preferred' as const },
    { id: `acronym.${id}`, text: acronym, type: 'acronym' as const, status: 'preferred' as const },
    ...variants.map((text) => ({ text, type: 'variant' as const, status: 'admitted' as const })),
  ],
});

export const document: LexiconDocument = {
  $schema: 'urn:natolex:schema:lexicon:2',
  name: 'definitions test',
  concepts: [
    concept('pfp', 'Partnership for Peace', 'PfP'),
    concept('eapc', 'Euro-Atlantic Partnership Council', 'EAPC'),
    concept('kfor', 'Kosovo Force', 'KFOR'),
    concept('nuc', 'NATO-Ukraine Commission', 'NUC', ['NATO–Ukraine Commission', 'Commission of NATO and Ukraine']),
    concept('nato', 'North Atlantic Treaty Organization', 'NATO'),
  ],
  topics: [
    {
      id: 'topic.uzbekistan',
      title: 'Relations with Uzbekistan',
      indexLabel: 'Uzbekistan',
      source: 'source.uzbekistan',
      kind: 'article',
      sections: [{ id: 'section.uzbekistan.milestones', title: 'Milestones', snippets: ['snippet.uzbekistan.p9'] }],
    },
  ],
  sources: [{ id: 'source.uzbekistan', type: 'webpage', title: 'Relations with Uzbekistan', URL: 'https://www.nato.int/cps/en/natohq/topics_22839.htm' }],
  snippets: [{ id: 'snippet.uzbekistan.p9', topic: 'topic.uzbekistan', section: 'section.uzbekistan.milestones', role: 'paragraph', text: PASSAGE }],
} as LexiconDocument;

export const lexicon = createLexicon(document, { bundled: false });

/** Only `rules` on (at their default severities). */
export function checkOnly(rules: readonly RuleId[], text: string, options: Partial<CheckOptions> = {}) {
  const severities = Object.fromEntries(RULE_IDS.map((id) => [id, rules.includes(id) ? undefined : 'off']).filter(([, value]) => value !== undefined));
  return checkText(lexicon, text, { markdown: true, ...options, severities: { ...severities, ...options.severities } });
}

/** `rule:covered text` of each finding. */
export const briefOnly = (rules: readonly RuleId[], text: string, options: Partial<CheckOptions> = {}) =>
  checkOnly(rules, text, options).map((finding) => `${finding.rule}:${text.slice(finding.start, finding.end)}`);
