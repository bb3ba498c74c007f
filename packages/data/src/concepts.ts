// The questions every consumer asks of a concept, answered in one place so that the CLI, the editor and the server
// never re-derive them: which term is preferred, its acronyms and full form, what describes it, what replaces a
// deprecated term. Pure functions of the concept (and of its document's language, recorded by createLexicon).
import type { Concept, ConceptTerm } from './api.js';
import { LexiconError, echo, guarded } from './errors.js';

/** The language of untagged texts in a document that does not say its language (the bundled corpus is English). */
export const DEFAULT_LANGUAGE = 'en';

/** True for acronym and abbreviation terms (written as abbreviations: they match case-sensitively and expand to a full form). */
export function isAbbreviated(term: ConceptTerm): boolean {
  const { type } = term; // (two comparisons: this runs three times per term while an index is built)
  return type === 'acronym' || type === 'abbreviation';
}

// The document language of each concept a lexicon holds: an untagged term, definition or context is in it. A WeakMap
// because concepts are the documents' own objects (never copied) and a concept alone does not know its document.
const documentLanguages = new WeakMap<object, string>();

/** Records the language of a document's concepts (createLexicon does this for every document it indexes). */
export function recordDocumentLanguage(concepts: readonly Concept[], language: string | undefined): void {
  if (language === undefined) return;
  for (const concept of concepts) documentLanguages.set(concept, language);
}

/** The language of a term, definition or context of `concept`: its own tag, else its document's. */
export function languageOf(concept: Concept, item: { language?: string }): string {
  return item.language ?? documentLanguages.get(concept) ?? DEFAULT_LANGUAGE;
}

/** BCP 47 tags compared case-insensitively; "en" also matches "en-GB" and the other way round. */
function sameLanguage(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

function inLanguage(concept: Concept, item: { language?: string }, language: string | undefined): boolean {
  return language === undefined || sameLanguage(languageOf(concept, item), language);
}

/** Full forms first, then short forms, variants, and last the abbreviated types. */
const TYPE_RANK: Record<string, number> = { fullForm: 0, shortForm: 1, variant: 2, acronym: 3, abbreviation: 4 };

/**
 * The preferred term of the concept, of `type` (any type when absent: a full form before a short form, a variant,
 * an acronym) and in `language` (any language when absent: the document's language first). Undefined when no term
 * of that type and language is preferred (e.g. a concept whose only term is superseded).
 */
function preferredTermImpl(concept: Concept, options: { type?: ConceptTerm['type']; language?: string } = {}): ConceptTerm | undefined {
  const { type, language } = options;
  const candidates = concept.terms.filter((term) => term.status === 'preferred' && (type === undefined || term.type === type));
  const ranked = (list: ConceptTerm[]) => (type === undefined ? [...list].sort((a, b) => (TYPE_RANK[a.type] ?? 9) - (TYPE_RANK[b.type] ?? 9)) : list);
  if (language !== undefined) return ranked(candidates.filter((term) => inLanguage(concept, term, language)))[0];
  const home = documentLanguages.get(concept) ?? DEFAULT_LANGUAGE;
  return ranked(candidates.filter((term) => inLanguage(concept, term, home)))[0] ?? ranked(candidates)[0];
}

const STATUS_RANK: Record<string, number> = { preferred: 0, admitted: 1, deprecated: 2, superseded: 3 };
const byStatus = (a: ConceptTerm, b: ConceptTerm) => (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9);

/** The acronym and abbreviation terms of the concept (in `language` when given), preferred ones first. */
function acronymsOfImpl(concept: Concept, language?: string): ConceptTerm[] {
  return concept.terms.filter((term) => isAbbreviated(term) && inLanguage(concept, term, language)).sort(byStatus);
}

/**
 * The full form of the concept in `language` (the document's language when absent): the preferred one, else the
 * best-status full form in that language; with no language given, another language's when the document's has none.
 */
function fullFormOfImpl(concept: Concept, language?: string): ConceptTerm | undefined {
  const fullForms = concept.terms.filter((term) => term.type === 'fullForm');
  const best = (list: ConceptTerm[]) => [...list].sort(byStatus)[0];
  if (language !== undefined) return best(fullForms.filter((term) => inLanguage(concept, term, language)));
  const home = documentLanguages.get(concept) ?? DEFAULT_LANGUAGE;
  return best(fullForms.filter((term) => inLanguage(concept, term, home))) ?? best(fullForms);
}

export interface ConceptDescription {
  text: string;
  /** A definition says what the concept is; a context only shows it in use (label it so). */
  kind: 'definition' | 'context';
  language: string;
}

/**
 * What to show about a concept: its definition in `language` (the document's language when absent), else its first
 * context (one in that language first), else a definition in another language. Undefined when it has neither.
 */
function describeConceptImpl(concept: Concept, language?: string): ConceptDescription | undefined {
  const wanted = language ?? documentLanguages.get(concept) ?? DEFAULT_LANGUAGE;
  const definitions = concept.definitions ?? [];
  const contexts = concept.contexts ?? [];
  const as = (item: { text: string; language?: string }, kind: ConceptDescription['kind']): ConceptDescription => ({
    text: item.text,
    kind,
    language: languageOf(concept, item),
  });
  const definition = definitions.find((item) => inLanguage(concept, item, wanted));
  if (definition) return as(definition, 'definition');
  const context = contexts.find((item) => inLanguage(concept, item, wanted)) ?? contexts[0];
  if (context) return as(context, 'context');
  return definitions[0] ? as(definitions[0], 'definition') : undefined;
}

/**
 * The term to use instead of a deprecated or superseded `term`: the preferred term of the same type and language in
 * the same concept. Undefined for a term that is not deprecated or superseded, or when the concept has no such term
 * (a concept replaced as a whole says so with a `replacedBy` relation).
 */
function replacementOfImpl(concept: Concept, term: ConceptTerm): ConceptTerm | undefined {
  if (term.status !== 'deprecated' && term.status !== 'superseded') return undefined;
  const language = languageOf(concept, term);
  return concept.terms.find(
    (other) => other !== term && other.status === 'preferred' && other.type === term.type && sameLanguage(languageOf(concept, other), language),
  );
}

/**
 * The concept's display label: "KFOR — Kosovo Force" when it has an acronym and a full form, else its preferred
 * term (or its first term), in `language` when given.
 */
function conceptLabelImpl(concept: Concept, language?: string): string {
  const acronym = acronymsOfImpl(concept, language)[0] ?? acronymsOfImpl(concept)[0];
  const named = concept.terms.filter((term) => !isAbbreviated(term)).sort(byStatus);
  const full = fullFormOfImpl(concept, language) ?? named.find((term) => inLanguage(concept, term, language)) ?? named[0];
  if (acronym && full) return `${acronym.text} — ${full.text}`;
  return (full ?? acronym ?? concept.terms[0])?.text ?? concept.id;
}

/**
 * What an acronym or abbreviation term of `concept` stands for: the concept's preferred full form in the term's
 * language, else its full form in another language (what `expand` and the first-use check write out).
 */
function expansionOfImpl(concept: Concept, term: ConceptTerm): string | undefined {
  return (fullFormOfImpl(concept, languageOf(concept, term)) ?? fullFormOfImpl(concept))?.text;
}

// The exported helpers: any argument gives their result or a LexiconError (never a TypeError), like every export.

function checkConcept(concept: unknown, what: string): asserts concept is Concept {
  if (typeof concept !== 'object' || concept === null || !Array.isArray((concept as Concept).terms)) {
    throw new LexiconError({ code: 'invalid-argument', message: `${what}: the concept must be a concept record (with terms), got ${echo(concept)}` });
  }
}

function checkLanguage(language: unknown, what: string): asserts language is string | undefined {
  if (language !== undefined && typeof language !== 'string') {
    throw new LexiconError({ code: 'invalid-argument', message: `${what}: the language must be a BCP 47 tag (a string) or undefined, got ${echo(language)}` });
  }
}

/**
 * The preferred term of the concept, of `type` (any type when absent: a full form before a short form, a variant,
 * an acronym) and in `language` (when absent: the document's language first, then any). Undefined when no such term
 * is preferred (e.g. a concept whose only term is superseded).
 */
export function preferredTerm(concept: Concept, options: { type?: ConceptTerm['type']; language?: string } = {}): ConceptTerm | undefined {
  return guarded('preferredTerm', () => {
    checkConcept(concept, 'preferredTerm');
    const { type, language } = typeof options === 'object' && options !== null ? options : {};
    checkLanguage(language, 'preferredTerm');
    return preferredTermImpl(concept, { type, language });
  });
}

/** The acronym and abbreviation terms of the concept (in `language` when given), preferred ones first. */
export function acronymsOf(concept: Concept, language?: string): ConceptTerm[] {
  return guarded('acronymsOf', () => {
    checkConcept(concept, 'acronymsOf');
    checkLanguage(language, 'acronymsOf');
    return acronymsOfImpl(concept, language);
  });
}

/**
 * The full form of the concept in `language`: the preferred one, else the best-status full form in that language.
 * Without a language: the document's language, else any language.
 */
export function fullFormOf(concept: Concept, language?: string): ConceptTerm | undefined {
  return guarded('fullFormOf', () => {
    checkConcept(concept, 'fullFormOf');
    checkLanguage(language, 'fullFormOf');
    return fullFormOfImpl(concept, language);
  });
}

/**
 * What to show about a concept: its definition in `language` (the document's language when absent), else its first
 * context (one in that language first), else a definition in another language. Undefined when it has neither.
 */
export function describeConcept(concept: Concept, language?: string): ConceptDescription | undefined {
  return guarded('describeConcept', () => {
    checkConcept(concept, 'describeConcept');
    checkLanguage(language, 'describeConcept');
    return describeConceptImpl(concept, language);
  });
}

/**
 * The term to use instead of a deprecated or superseded `term`: the preferred term of the same type and language in
 * the same concept. Undefined for a term that is neither, or when the concept has no such term (a concept replaced as
 * a whole says so with a `replacedBy` relation).
 */
export function replacementOf(concept: Concept, term: ConceptTerm): ConceptTerm | undefined {
  return guarded('replacementOf', () => {
    checkConcept(concept, 'replacementOf');
    if (typeof term !== 'object' || term === null) {
      throw new LexiconError({ code: 'invalid-argument', message: `replacementOf: the term must be a term of the concept, got ${echo(term)}` });
    }
    return replacementOfImpl(concept, term);
  });
}

/** The concept's display label: "KFOR — Kosovo Force" when it has an acronym and a full form, else its preferred term. */
export function conceptLabel(concept: Concept, language?: string): string {
  return guarded('conceptLabel', () => {
    checkConcept(concept, 'conceptLabel');
    checkLanguage(language, 'conceptLabel');
    return conceptLabelImpl(concept, language);
  });
}

/** What an acronym or abbreviation term stands for: its concept's full form in the term's language, else in another. */
export function expansionOf(concept: Concept, term: ConceptTerm): string | undefined {
  return guarded('expansionOf', () => {
    checkConcept(concept, 'expansionOf');
    if (typeof term !== 'object' || term === null) {
      throw new LexiconError({ code: 'invalid-argument', message: `expansionOf: the term must be a term of the concept, got ${echo(term)}` });
    }
    return expansionOfImpl(concept, term);
  });
}
