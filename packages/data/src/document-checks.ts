// What createLexicon checks beyond the schema, once the ids are known to be unique: every form can be matched, and
// at a bounded cost; every reference to another record resolves. Each problem is one LexiconError with the JSON
// pointer of the offending value.
import type { Acronym, Event, LexiconDocument, Term } from './api.js';
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
  /** Every record id of every document, and the ids of acronyms and terms (which `preferred` must name). */
  recordIds: ReadonlySet<string>;
  entryIds: ReadonlySet<string>;
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

function checkForm(context: CheckContext, position: number, pointer: string, form: string): void {
  const tokens = formTokenCount(form, MAX_FORM_TOKENS);
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

function checkReferences(context: CheckContext, position: number, base: string, record: Acronym | Term | Event): void {
  if ('preferred' in record && record.preferred !== undefined) {
    const preferred = record.preferred;
    const pointer = `${base}/preferred`;
    if (preferred === record.id) {
      fail(context, position, pointer, 'invalid-document', `entry ${echo(record.id)} names itself as its preferred entry; preferred must be another acronym or term`, 'preferredSelf');
    }
    if (!context.recordIds.has(preferred)) fail(context, position, pointer, 'unknown-id', `no acronym or term has the id ${echo(preferred)} (${sameDocumentsNote})`, 'knownId');
    if (!context.entryIds.has(preferred)) fail(context, position, pointer, 'unknown-id', `${echo(preferred)} is not an acronym or term, so it cannot be the preferred entry`, 'knownId');
  }
  (record.related ?? []).forEach((id, index) => {
    if (!context.recordIds.has(id)) fail(context, position, `${base}/related/${index}`, 'unknown-id', `no record has the related id ${echo(id)} (${sameDocumentsNote})`, 'knownId');
  });
}

/**
 * Checks documents[firstChecked…] (the bundled corpus before them is checked when it is built): forms, then
 * references, in document order. `recordIds` are the ids of all documents.
 */
export function checkDocuments(documents: readonly LexiconDocument[], firstChecked: number, recordIds: ReadonlySet<string>, label: DocumentLabel): void {
  const entryIds = new Set<string>();
  for (const document of documents) {
    for (const acronym of document.acronyms ?? []) entryIds.add(acronym.id);
    for (const term of document.terms ?? []) entryIds.add(term.id);
  }
  const context: CheckContext = { documents, firstChecked, label, recordIds, entryIds };
  for (let position = firstChecked; position < documents.length; position++) {
    const document = documents[position]!;
    (document.acronyms ?? []).forEach((acronym, index) => {
      checkForm(context, position, `/acronyms/${index}/form`, acronym.form);
      (acronym.variants ?? []).forEach((variant, variantIndex) => checkForm(context, position, `/acronyms/${index}/variants/${variantIndex}/form`, variant.form));
      checkReferences(context, position, `/acronyms/${index}`, acronym);
    });
    (document.terms ?? []).forEach((term, index) => {
      checkForm(context, position, `/terms/${index}/term`, term.term);
      (term.aliases ?? []).forEach((alias, aliasIndex) => checkForm(context, position, `/terms/${index}/aliases/${aliasIndex}`, alias));
      checkReferences(context, position, `/terms/${index}`, term);
    });
    (document.events ?? []).forEach((event, index) => checkReferences(context, position, `/events/${index}`, event));
  }
}
