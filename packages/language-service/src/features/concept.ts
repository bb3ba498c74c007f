// What natolex says about a concept, whichever of its terms was hovered, completed or looked up: its preferred term
// and acronyms in the writer's language, its definition (or the best context, marked as such), every term with its
// status and what to write instead of a retired one, the equivalents in other languages, related concepts by
// relation, notes and the passage it comes from. Plain data: the hover renders it as Markdown (hover.ts), the VS Code
// entry document and `natolex lookup` as text. Strings here are raw data: callers escape them for where they go.
import { acronymsOf, describeConcept, type Concept, type ConceptTerm, type Lexicon, type Relation } from '@natolex/data';
import { retirementOf, type Retirement } from '../rules/deprecated.js';
import type { Translate } from '../messages.js';
import { conceptName, definedForm, displayLanguage, entrySource, isShortForm, recordTitle, sourceQuotes, termLanguage, termStatusLabel, termTypeLabel, type EntrySource } from './describe.js';
import { languagesInOrder, sameLanguage } from './language.js';

/** Most related concepts listed per relation before "…". */
export const MAX_RELATED = 8;

/** Relations in the order they are listed. */
const RELATION_ORDER: readonly Relation['type'][] = ['broader', 'narrower', 'partOf', 'related', 'replaces', 'replacedBy'];

export interface DescribedTerm {
  term: ConceptTerm;
  language: string;
  /** A deprecated or superseded term: its status and what to write instead (the deprecated rule's advice). */
  retirement?: Retirement;
}

export interface LanguageTerms {
  language: string;
  terms: DescribedTerm[];
}

export interface RelatedConcepts {
  type: Relation['type'];
  /** The first MAX_RELATED targets that exist, by id and title. */
  targets: { id: string; title: string }[];
  /** How many more there are. */
  more: number;
}

export interface ConceptDescription {
  concept: Concept;
  /** The language shown first: the writer's when the concept has terms in it, else the concept's first. */
  language: string;
  /** The text as hovered or looked up (the preferred term when the concept is shown under its own name). */
  written: string;
  /** The term that text is, if it is one. */
  matched: ConceptTerm | undefined;
  /** The preferred term (full form first) in `language`. */
  name: string;
  /** The concept's acronyms and abbreviations in `language` that are not retired. */
  acronyms: string[];
  /** Definition in `language`, else the first context, else another language's definition (describeConcept). */
  description: { text: string; kind: 'definition' | 'context'; language: string } | undefined;
  /** The matched term's retirement, if it is deprecated or superseded. */
  retirement: Retirement | undefined;
  /** Every term by language, `language` first. */
  terms: LanguageTerms[];
  related: RelatedConcepts[];
  notes: readonly string[];
  source: EntrySource | undefined;
  /** The source's words for the matched term (or the concept's first provenance). */
  quotes: string[];
}

export interface DescribeOptions {
  /** The writer's language (BCP 47); default: the concept's first language. */
  language?: string;
  /** The term hovered or looked up, as written. */
  term?: ConceptTerm;
  written?: string;
}

function isRetired(term: ConceptTerm): boolean {
  return term.status === 'deprecated' || term.status === 'superseded';
}

function relatedOf(lexicon: Lexicon, concept: Concept, language: string): RelatedConcepts[] {
  const byType = new Map<Relation['type'], string[]>();
  for (const relation of concept.related ?? []) {
    if (relation.target === concept.id || lexicon.get(relation.target) === undefined) continue;
    const ids = byType.get(relation.type) ?? [];
    if (!ids.includes(relation.target)) ids.push(relation.target);
    byType.set(relation.type, ids);
  }
  const types = [...RELATION_ORDER.filter((type) => byType.has(type)), ...[...byType.keys()].filter((type) => !RELATION_ORDER.includes(type))];
  return types.map((type) => {
    const ids = byType.get(type) as string[];
    return { type, targets: ids.slice(0, MAX_RELATED).map((id) => ({ id, title: recordTitle(lexicon, id, language) })), more: Math.max(0, ids.length - MAX_RELATED) };
  });
}

/** The description of a concept as hovered or looked up with one of its terms (or under its own name). */
export function conceptDescription(lexicon: Lexicon, concept: Concept, options: DescribeOptions = {}): ConceptDescription {
  const language = displayLanguage(lexicon, concept, options.language, options.term && termLanguage(lexicon, concept, options.term));
  const withLanguage = concept.terms.map((term) => ({ term, language: termLanguage(lexicon, concept, term) }));
  const languages = languagesInOrder(
    withLanguage.map((entry) => entry.language),
    language,
  );
  const terms = languages.map((tag) => ({
    language: tag,
    terms: withLanguage
      .filter((entry) => entry.language === tag)
      .map(({ term, language: termLanguageTag }): DescribedTerm => {
        const retirement = retirementOf(lexicon, concept, term);
        return retirement ? { term, language: termLanguageTag, retirement } : { term, language: termLanguageTag };
      }),
  }));
  const matched = options.term;
  return {
    concept,
    language,
    written: options.written ?? matched?.text ?? conceptName(concept, language),
    matched,
    name: conceptName(concept, language),
    acronyms: acronymsOf(concept, language)
      .filter((term) => !isRetired(term) && withLanguage.some((entry) => entry.term === term && sameLanguage(entry.language, language)))
      .map((term) => term.text),
    description: describeConcept(concept, language),
    retirement: matched ? retirementOf(lexicon, concept, matched) : undefined,
    terms,
    related: relatedOf(lexicon, concept, language),
    notes: concept.notes ?? [],
    source: entrySource(lexicon, concept, matched),
    quotes: sourceQuotes(concept, matched),
  };
}

/** The name of the term to write instead, as descriptions show it: an acronym with its full form ("Partnership for Peace (PfP)"). */
export function replacementName(retirement: Retirement | undefined, language?: string): string | undefined {
  const term = retirement?.replacementTerm;
  const concept = retirement?.replacementConcept;
  if (!term || !concept) return retirement?.replacement;
  return isShortForm(term) ? definedForm(concept, term.text, term.language ?? language) : term.text;
}

/** "KFOR (acronym, preferred)", "K-FOR (acronym, deprecated: use KFOR)": one term with its type and status, plain text. */
export function termSummary(described: DescribedTerm, t: Translate): string {
  const { term, retirement } = described;
  const status = termStatusLabel(term.status, t);
  const instead = retirement?.replacement === undefined ? '' : `: ${t('use {0}', retirement.replacement)}`;
  return `${term.text} (${termTypeLabel(term.type, t)}, ${status}${instead})`;
}

/** The heading of a description as plain text: "KFOR — Kosovo Force", "Kosovo Force (KFOR)", "Kosovo Force". */
export function headingOf(description: ConceptDescription): { written: string; rest: string } {
  const { written, name, acronyms, matched } = description;
  if (matched && isShortForm(matched)) return { written, rest: written === name ? '' : ` — ${name}` };
  const others = acronyms.filter((acronym) => acronym !== written);
  const named = written === name ? '' : ` — ${name}`;
  return { written, rest: `${named}${others.length > 0 ? ` (${others.join(', ')})` : ''}` };
}
