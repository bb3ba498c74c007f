// The lexicon model this package reads and writes: schema 2 of @natolex/schema. Every function takes v1 documents
// too and upgrades them first (toConceptLexicon), so callers never branch on the version.
import type { Concept, Lexicon } from '@natolex/schema';

export type { Concept, ConceptTerm, Context, Definition, Event, Lexicon, Provenance, Relation, Snippet, Source, Status, SubjectField, TermType, Topic } from '@natolex/schema';

export const TERM_TYPES = ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant'] as const;
export const STATUSES = ['preferred', 'admitted', 'deprecated', 'superseded'] as const;
export const SUBJECT_FIELDS = ['operation', 'mission', 'resolution', 'agreement', 'programme', 'body', 'concept', 'document', 'post', 'organisation'] as const;
export const RELATION_TYPES = ['broader', 'narrower', 'related', 'replaces', 'replacedBy', 'partOf'] as const;

/** The language of a text: its own tag, else the document's, else "en" (the schema's default for the corpus). */
export function languageOf(item: { language?: string }, document: Pick<Lexicon, 'language'>): string {
  return item.language ?? document.language ?? 'en';
}

/** The concepts of a document, in document order. */
export function conceptsOf(document: Lexicon): readonly Concept[] {
  return document.concepts ?? [];
}

/** The languages a concept has anything in: the document's language first, then in order of appearance. */
export function languagesOf(concept: Concept, document: Pick<Lexicon, 'language'>): string[] {
  const items = [...concept.terms, ...(concept.definitions ?? []), ...(concept.contexts ?? [])];
  const unique = [...new Set(items.map((item) => languageOf(item, document)))];
  const main = languageOf({}, document);
  return unique.includes(main) ? [main, ...unique.filter((language) => language !== main)] : unique;
}
