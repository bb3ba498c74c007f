// Plain descriptions of lexicon records (titles, places) shared by hovers, completion details and the adapters' own
// views (the Lexicon tree, read-only entry documents). Strings here are raw data: callers escape them for Markdown.
import { acronymsOf, fullFormOf, preferredTerm, type Concept, type ConceptTerm, type Lexicon, type Relation, type Snippet, type Topic } from '@natolex/data';
import type { Translate } from '../messages.js';
import { isConcept } from '../rules/deprecated.js';
import { sameLanguage } from './language.js';

export { isConcept };

type Provenance = NonNullable<ConceptTerm['provenance']>[number];

export function isSnippet(record: unknown): record is Snippet {
  return typeof record === 'object' && record !== null && typeof (record as Snippet).role === 'string' && typeof (record as Snippet).text === 'string';
}

export function isTopic(record: unknown): record is Topic {
  return typeof record === 'object' && record !== null && Array.isArray((record as Topic).sections) && typeof (record as Topic).indexLabel === 'string';
}

/** Whether a term is written as a short form that is defined on first use (acronyms and abbreviations). */
export function isShortForm(term: Pick<ConceptTerm, 'type'>): boolean {
  return term.type === 'acronym' || term.type === 'abbreviation';
}

/** Schema 1 had no language tags and the corpus is English: the language of a lexicon that names none. */
const FALLBACK_LANGUAGE = 'en';
const defaultLanguages = new WeakMap<Lexicon, { lexicon: string; byConcept: Map<string, string> }>();

function languagesOf(lexicon: Lexicon): { lexicon: string; byConcept: Map<string, string> } {
  let known = defaultLanguages.get(lexicon);
  if (!known) {
    const byConcept = new Map<string, string>();
    let first: string | undefined;
    for (const document of lexicon.documents) {
      const language = (document as { language?: unknown }).language;
      if (typeof language !== 'string') continue;
      first ??= language;
      for (const concept of (document as { concepts?: readonly Concept[] }).concepts ?? []) byConcept.set(concept.id, language);
    }
    known = { lexicon: first ?? FALLBACK_LANGUAGE, byConcept };
    defaultLanguages.set(lexicon, known);
  }
  return known;
}

/** The lexicon's own language: the first its documents declare ("en" for the bundled corpus). */
export function lexiconLanguage(lexicon: Lexicon): string {
  return languagesOf(lexicon).lexicon;
}

/** The language of a term: its own tag, else its document's language. */
export function termLanguage(lexicon: Lexicon, concept: Concept, term: Pick<ConceptTerm, 'language'>): string {
  const known = languagesOf(lexicon);
  return term.language ?? known.byConcept.get(concept.id) ?? known.lexicon;
}

/**
 * The language a concept is shown in: the first of `wanted` (the writer's, then the written term's) the concept has
 * a term in, else its first term's.
 */
export function displayLanguage(lexicon: Lexicon, concept: Concept, ...wanted: (string | undefined)[]): string {
  const languages = concept.terms.map((term) => termLanguage(lexicon, concept, term));
  for (const tag of wanted) {
    const chosen = tag === undefined ? undefined : languages.find((language) => sameLanguage(language, tag));
    if (chosen !== undefined) return chosen;
  }
  return languages[0] ?? lexiconLanguage(lexicon);
}

/** The concept's preferred term in a language (its full form first), else its first term. */
export function conceptName(concept: Concept, language?: string): string {
  const options = language === undefined ? {} : { language };
  return (fullFormOf(concept, language) ?? preferredTerm(concept, options) ?? concept.terms[0])?.text ?? concept.id;
}

/** "NATO-Ukraine Commission (NUC)": how an acronym is defined on first use (its concept's full form, then the acronym). */
export function definedForm(concept: Concept, acronym: string, language?: string): string {
  const full = fullFormOf(concept, language);
  return full === undefined ? acronym : `${full.text} (${acronym})`;
}

/** "NUC — NATO-Ukraine Commission" for a concept with an acronym, else its name. */
export function conceptTitle(concept: Concept, language?: string): string {
  const [acronym] = acronymsOf(concept, language);
  const name = conceptName(concept, language);
  return acronym === undefined || acronym.text === name ? name : `${acronym.text} — ${name}`;
}

/** A one-line title for any record id: concepts "NUC — NATO-Ukraine Commission", topics by name, passages by place. */
export function recordTitle(lexicon: Lexicon, id: string, language?: string): string {
  const record = lexicon.get(id);
  if (isConcept(record)) return conceptTitle(record, language);
  if (isTopic(record)) return record.title;
  if (isSnippet(record)) return passagePlace(lexicon, record).label;
  if (record && typeof (record as { title?: unknown }).title === 'string') return (record as { title: string }).title;
  if (record && typeof (record as { text?: unknown }).text === 'string') return (record as { text: string }).text;
  return id;
}

export interface PassagePlace {
  topicTitle: string;
  /** Undefined for the lead section (its title is the topic's). */
  sectionTitle: string | undefined;
  /** "Topic › Section", or the topic title alone for the lead section. */
  label: string;
}

/** Where a passage sits in the corpus: its topic and section. */
export function passagePlace(lexicon: Lexicon, snippet: Snippet): PassagePlace {
  const topic = lexicon.get(snippet.topic);
  const topicTitle = isTopic(topic) ? topic.title : snippet.topic;
  const section = isTopic(topic) ? topic.sections.find((candidate) => candidate.id === snippet.section) : undefined;
  const sectionTitle = section === undefined || section.title === topicTitle ? undefined : section.title;
  return { topicTitle, sectionTitle, label: sectionTitle === undefined ? topicTitle : `${topicTitle} › ${sectionTitle}` };
}

export interface EntrySource {
  /** The passage the entry is drawn from, when its provenance names one that exists. */
  snippetId: string | undefined;
  label: string;
}

/** The provenance a concept's source link uses: the term's own, else the definition's, the other terms', the contexts'. */
function provenanceOf(concept: Concept, term: ConceptTerm | undefined): Provenance[] {
  // Defensive: a document may be one createLexicon upgraded from schema 1 or never validated; take what is there.
  const of = (record: { provenance?: readonly Provenance[] } | undefined): readonly Provenance[] => (Array.isArray(record?.provenance) ? record.provenance : []);
  return [
    ...of(term),
    ...(concept.definitions ?? []).flatMap(of),
    ...concept.terms.flatMap((other) => (other === term ? [] : of(other))),
    ...(concept.contexts ?? []).flatMap(of),
  ].filter((provenance) => typeof provenance === 'object' && provenance !== null);
}

/** The passage a concept (as written with `term`) is drawn from, if the lexicon has it. */
export function entrySource(lexicon: Lexicon, concept: Concept, term?: ConceptTerm): EntrySource | undefined {
  for (const provenance of provenanceOf(concept, term)) {
    const snippet = provenance.snippet === undefined ? undefined : lexicon.get(provenance.snippet);
    if (isSnippet(snippet)) return { snippetId: snippet.id, label: passagePlace(lexicon, snippet).label };
    if (provenance.section !== undefined) {
      for (const topic of lexicon.topics) {
        const section = topic.sections.find((candidate) => candidate.id === provenance.section);
        if (section) return { snippetId: section.snippets[0], label: section.title === topic.title ? topic.title : `${topic.title} › ${section.title}` };
      }
    }
  }
  return undefined;
}

/** The quotes a concept's entry shows under its source: the term's own provenance, else the first there is. */
export function sourceQuotes(concept: Concept, term?: ConceptTerm): string[] {
  const all = provenanceOf(concept, term);
  const own = all.filter((provenance) => term?.provenance?.includes(provenance));
  return (own.length > 0 ? own : all.slice(0, 1)).map((provenance) => provenance.quote).filter((quote): quote is string => typeof quote === 'string');
}

/** The localized name of a concept's subject field (each string literal, so the l10n bundle can list it). */
export function categoryLabel(category: Concept['subjectField'], t: Translate): string {
  switch (category) {
    case 'operation':
      return t('operation');
    case 'mission':
      return t('mission');
    case 'resolution':
      return t('resolution');
    case 'agreement':
      return t('agreement');
    case 'programme':
      return t('programme');
    case 'body':
      return t('body');
    case 'concept':
      return t('concept');
    case 'document':
      return t('document');
    case 'post':
      return t('post');
    case 'organisation':
      return t('organisation');
    default:
      return String(category);
  }
}

/** The localized name of a term type. */
export function termTypeLabel(type: ConceptTerm['type'], t: Translate): string {
  switch (type) {
    case 'fullForm':
      return t('full form');
    case 'acronym':
      return t('acronym');
    case 'abbreviation':
      return t('abbreviation');
    case 'shortForm':
      return t('short form');
    case 'variant':
      return t('variant');
    default:
      return String(type);
  }
}

/** The localized name of a term status. */
export function termStatusLabel(status: ConceptTerm['status'], t: Translate): string {
  switch (status) {
    case 'preferred':
      return t('preferred');
    case 'admitted':
      return t('admitted');
    case 'deprecated':
      return t('deprecated');
    case 'superseded':
      return t('superseded');
    default:
      return String(status);
  }
}

/** The heading of a group of related concepts ("Broader:", "Replaced by:"). */
export function relationLabel(type: Relation['type'], t: Translate): string {
  switch (type) {
    case 'broader':
      return t('Broader:');
    case 'narrower':
      return t('Narrower:');
    case 'related':
      return t('Related:');
    case 'replaces':
      return t('Replaces:');
    case 'replacedBy':
      return t('Replaced by:');
    case 'partOf':
      return t('Part of:');
    default:
      return `${String(type)}:`;
  }
}
