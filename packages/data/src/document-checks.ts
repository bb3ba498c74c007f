// What createLexicon checks beyond the schema, once the ids are known to be unique: every term can be matched, and
// at a bounded cost; a concept has one preferred term per language and type; every reference to another record
// resolves. Each problem is one LexiconError with the JSON
// pointer of the offending value.
import type { Concept, Event, LexiconDocument, LexiconV1 } from './api.js';
import { DEFAULT_LANGUAGE } from './concepts.js';
import { LexiconError, echo, type LexiconErrorCode } from './errors.js';
import { formTokenCount } from './text/tokens.js';

/**
 * The most tokens a form may have (words, runs of spaces and punctuation marks count one each). The scanner follows
 * the trie from each word as far as the text allows, so its work per word is bounded by the longest form: with this
 * bound a scan stays linear in the text whatever a glossary holds. The bundled corpus's longest form has 44 tokens.
 */
export const MAX_FORM_TOKENS = 64;

/** Where a document is, for messages: "document 1 ("Team glossary")". */
export type DocumentLabel = (documentIndex: number) => string;

interface CheckContext {
  documents: readonly LexiconDocument[];
  /** Index in `documents` of the first document that is checked (the documents before it are the bundled corpus). */
  firstChecked: number;
  label: DocumentLabel;
  /** Every record id of every document (concept and term ids included). */
  recordIds: ReadonlySet<string>;
}

function fail(context: CheckContext, position: number, pointer: string, code: LexiconErrorCode, problem: string, keyword: string): never {
  const documentIndex = position - context.firstChecked;
  throw new LexiconError({
    code,
    message: `${context.label(documentIndex)} at ${pointer}: ${problem}`,
    pointer,
    documentIndex,
    documentName: context.documents[position]?.name,
    issues: [{ pointer, message: problem, keyword }],
  });
}

function checkForm(context: CheckContext, position: number, conceptIndex: number, termIndex: number, form: string): void {
  const tokens = formTokenCount(form, MAX_FORM_TOKENS);
  if (tokens >= 1 && tokens <= MAX_FORM_TOKENS) return;
  const pointer = `/concepts/${conceptIndex}/terms/${termIndex}/text`;
  if (tokens === 0) fail(context, position, pointer, 'invalid-document', 'the form is blank (only spaces or line breaks), so it could never match', 'formTokens');
  if (tokens > MAX_FORM_TOKENS) {
    fail(
      context,
      position,
      pointer,
      'invalid-document',
      `the form has more than ${MAX_FORM_TOKENS} tokens (words, spaces and punctuation marks count one each); forms are limited to ${MAX_FORM_TOKENS} so that matching stays linear`,
      'formTokens',
    );
  }
}

const sameDocumentsNote = 'in this document, the bundled corpus or the other documents';

function checkRelations(context: CheckContext, position: number, base: string, concept: Concept): void {
  (concept.related ?? []).forEach((relation, index) => {
    const pointer = `${base}/related/${index}/target`;
    if (relation.target === concept.id) fail(context, position, pointer, 'invalid-document', `concept ${echo(concept.id)} names itself as a ${relation.type} concept`, 'relationSelf');
    if (!context.recordIds.has(relation.target)) {
      fail(context, position, pointer, 'unknown-id', `no concept or topic has the ${relation.type} id ${echo(relation.target)} (${sameDocumentsNote})`, 'knownId');
    }
  });
}

/**
 * At most one preferred term per language and term type: a second preferred full form (or acronym) in a language
 * would leave lookup, expand and the replacement of deprecated terms without one answer. (A concept may have no
 * preferred term: a schema 1 entry that was superseded as a whole upgrades to one.)
 */
function checkPreferredTerms(context: CheckContext, position: number, base: string, concept: Concept, documentLanguage: string): void {
  const seen = new Map<string, number>();
  concept.terms.forEach((term, index) => {
    if (term.status !== 'preferred') return;
    const language = (term.language ?? documentLanguage).toLowerCase();
    const key = `${language}\u0000${term.type}`;
    const first = seen.get(key);
    if (first !== undefined) {
      fail(
        context,
        position,
        `${base}/terms/${index}/status`,
        'invalid-document',
        `a second preferred ${term.type} in ${echo(language)} (the first is ${base}/terms/${first}); a concept has one preferred term per language and type`,
        'onePreferredTerm',
      );
    }
    seen.set(key, index);
  });
}

/**
 * Checks documents[firstChecked…] (the bundled corpus before them is checked when it is built): forms, preferred
 * terms and relations of each concept, then event references, in document order. `recordIds` are the ids of all
 * documents (term ids included).
 */
export function checkDocuments(documents: readonly LexiconDocument[], firstChecked: number, recordIds: ReadonlySet<string>, label: DocumentLabel): void {
  const context: CheckContext = { documents, firstChecked, label, recordIds };
  for (let position = firstChecked; position < documents.length; position++) {
    const document = documents[position]!;
    const documentLanguage = document.language ?? DEFAULT_LANGUAGE;
    // Pointers are only written out for a problem: a string per term was a tenth of a 100k-entry build.
    (document.concepts ?? []).forEach((concept, index) => {
      concept.terms.forEach((term, termIndex) => checkForm(context, position, index, termIndex, term.text));
      let preferred = 0;
      for (const term of concept.terms) if (term.status === 'preferred') preferred++;
      if (preferred > 1) checkPreferredTerms(context, position, `/concepts/${index}`, concept, documentLanguage);
      if (concept.related !== undefined && concept.related.length > 0) checkRelations(context, position, `/concepts/${index}`, concept);
    });
    (document.events ?? []).forEach((event, index) => checkEventReferences(context, position, `/events/${index}`, event));
  }
}

function checkEventReferences(context: CheckContext, position: number, base: string, event: Event): void {
  (event.related ?? []).forEach((id, index) => {
    if (!context.recordIds.has(id)) fail(context, position, `${base}/related/${index}`, 'unknown-id', `no record has the related id ${echo(id)} (${sameDocumentsNote})`, 'knownId');
  });
}

/**
 * The schema 1 reference rules, checked on a schema 1 document as written (before its upgrade hides them: a
 * `preferred` becomes a `replacedBy` relation, and one that names its own entry disappears): `preferred` names an
 * acronym, term or concept other than the entry itself, and every `related` id resolves. Pointers are into `v1`.
 */
export function checkSchema1References(
  documents: readonly LexiconDocument[],
  firstChecked: number,
  position: number,
  v1: LexiconV1,
  recordIds: ReadonlySet<string>,
  isConceptId: (id: string) => boolean,
  label: DocumentLabel,
): void {
  const context: CheckContext = { documents, firstChecked, label, recordIds };
  const entries = [
    ...(v1.acronyms ?? []).map((entry, index) => ({ entry, base: `/acronyms/${index}` })),
    ...(v1.terms ?? []).map((entry, index) => ({ entry, base: `/terms/${index}` })),
  ];
  for (const { entry, base } of entries) {
    if (entry.preferred !== undefined) {
      const pointer = `${base}/preferred`;
      if (entry.preferred === entry.id) {
        fail(context, position, pointer, 'invalid-document', `entry ${echo(entry.id)} names itself as its preferred entry; preferred must be another acronym or term`, 'preferredSelf');
      }
      if (!recordIds.has(entry.preferred)) fail(context, position, pointer, 'unknown-id', `no acronym or term has the id ${echo(entry.preferred)} (${sameDocumentsNote})`, 'knownId');
      if (!isConceptId(entry.preferred)) fail(context, position, pointer, 'unknown-id', `${echo(entry.preferred)} is not an acronym, term or concept, so it cannot be the preferred entry`, 'knownId');
    }
    (entry.related ?? []).forEach((id, index) => {
      if (!recordIds.has(id)) fail(context, position, `${base}/related/${index}`, 'unknown-id', `no record has the related id ${echo(id)} (${sameDocumentsNote})`, 'knownId');
    });
  }
  (v1.events ?? []).forEach((event, index) => {
    (event.related ?? []).forEach((id, relatedIndex) => {
      if (!recordIds.has(id)) fail(context, position, `/events/${index}/related/${relatedIndex}`, 'unknown-id', `no record has the related id ${echo(id)} (${sameDocumentsNote})`, 'knownId');
    });
  });
}
