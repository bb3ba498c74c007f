// A lexicon with related terms and one passage, for the definition and quotation rules.
import { createLexicon, type LexiconDocument } from '@natolex/data';
import { checkText, type CheckOptions } from '../check.js';
import { RULE_IDS, type RuleId } from '../rules/index.js';

export const PASSAGE =
  'In 1995 Uzbekistan signs a security agreement with the North Atlantic Treaty Organization (NATO) and joins the Partnership for Peace programme.';

export const document: LexiconDocument = {
  name: 'definitions test',
  acronyms: [
    { id: 'acronym.pfp', form: 'PfP', expansion: 'Partnership for Peace' },
    { id: 'acronym.eapc', form: 'EAPC', expansion: 'Euro-Atlantic Partnership Council' },
    { id: 'acronym.kfor', form: 'KFOR', expansion: 'Kosovo Force' },
    { id: 'acronym.nuc', form: 'NUC', expansion: 'NATO-Ukraine Commission', related: ['term.nuc'] },
    { id: 'acronym.nato', form: 'NATO', expansion: 'North Atlantic Treaty Organization' },
  ],
  terms: [{ id: 'term.nuc', term: 'NATO–Ukraine Commission', aliases: ['Commission of NATO and Ukraine'], category: 'body' }],
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
