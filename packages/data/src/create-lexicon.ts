// createLexicon: validate extra documents (upgrading schema 1 ones), check ids, build the match index once, and
// expose the query API over the bundled corpus plus those documents.
import { isLexiconV1, upgradeLexicon, validateLexicon, validateLexiconV1 } from '@natolex/schema';
import type {
  CiteOptions,
  Concept,
  CreateLexiconOptions,
  Event,
  Lexicon,
  LexiconDocument,
  LexiconV1,
  Match,
  ScanRange,
  ScanState,
  SearchOptions,
  Snippet,
  Source,
  TextEdit,
  Topic,
  UpgradedDocument,
} from './api.js';
import { bundledDocument } from './bundled.js';
import { expansionOf, recordDocumentLanguage } from './concepts.js';
import { formatCitation } from './cite/cite.js';
import { rescanState } from './engine/incremental.js';
import { lineEndOf, lineStartOf, scanInto } from './engine/scan.js';
import { buildMatchIndex, findForm } from './engine/trie.js';
import { checkDocuments, checkSchema1References } from './document-checks.js';
import { inV1Document } from './v1-pointers.js';
import { LexiconError, clip, describeThrown, echo, guarded } from './errors.js';
import { createSearchIndex, type SearchIndex } from './search/search-index.js';

type AnyRecord = Concept | Topic | Snippet | Source | Event;

const RECORD_ARRAYS = ['sources', 'topics', 'snippets', 'concepts', 'events'] as const;

function documentLabel(index: number, name: string | undefined): string {
  return name === undefined ? `document ${index}` : `document ${index} (${echo(name)})`;
}

function documentName(value: unknown): string | undefined {
  try {
    const name = (value as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A valid schema 2 document for `value`: a schema 2 document as it is, a schema 1 document (see isLexiconV1)
 * validated against schema 1 and upgraded. Throws LexiconError with the first schema problem, in the document as given.
 */
function validateDocument(value: unknown, documentIndex: number, upgraded: Map<number, LexiconV1>): LexiconDocument {
  const v1 = isLexiconV1(value);
  const result = v1 ? validateLexiconV1(value) : validateLexicon(value);
  if (result.valid) {
    if (!v1) return value as LexiconDocument;
    upgraded.set(documentIndex, value as LexiconV1);
    return upgradeLexicon(value as LexiconV1);
  }
  const name = documentName(value);
  const issues = result.errors.map(({ pointer, message, keyword, line, column }) => ({ pointer, message, keyword, line, column }));
  const first = issues[0] ?? { pointer: '', message: 'is not a valid lexicon document' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new LexiconError({
    code: 'invalid-document',
    message: `${documentLabel(documentIndex, name)} is not a valid ${v1 ? 'schema 1 ' : ''}lexicon: ${first.pointer === '' ? '(root)' : clip(first.pointer)} ${clip(first.message)}${more}`,
    pointer: first.pointer,
    documentIndex,
    documentName: name,
    issues,
  });
}

/** Where an id is first used: "the bundled corpus at /concepts/0/id" or "document 1 ("Team") at /concepts/3/terms/1/id". */
function locate(documents: readonly LexiconDocument[], bundledCount: number, id: string, sections: boolean): { documentIndex: number; pointer: string } {
  for (let position = 0; position < documents.length; position++) {
    const document = documents[position]!;
    if (sections) {
      for (const [topicIndex, topic] of (document.topics ?? []).entries()) {
        const index = topic.sections.findIndex((section) => section.id === id);
        if (index !== -1) return { documentIndex: position - bundledCount, pointer: `/topics/${topicIndex}/sections/${index}/id` };
      }
      continue;
    }
    let pointer: string | undefined;
    forEachId(document, (given, _record, key, index, termIndex) => {
      if (given === id) pointer = idPointer(key, index, termIndex);
      return pointer !== undefined;
    });
    if (pointer !== undefined) return { documentIndex: position - bundledCount, pointer };
  }
  return { documentIndex: -1, pointer: '' };
}

/** The pointer of an id that forEachId visits: a record's, or (termIndex >= 0) one of its terms'. */
function idPointer(key: (typeof RECORD_ARRAYS)[number], index: number, termIndex: number): string {
  return termIndex < 0 ? `/${key}/${index}/id` : `/concepts/${index}/terms/${termIndex}/id`;
}

/**
 * Visits every id a document gives, in order, with the record `get` answers with: each concept's own id, then the ids
 * of its terms (which resolve to the concept). Sections are not in it (they have their own namespace). Where each
 * id is (see idPointer) is only written out for an error: a string per id was a tenth of a 100k-entry build. Stops
 * when `visit` returns true.
 */
function forEachId(document: LexiconDocument, visit: (id: string, record: AnyRecord, key: (typeof RECORD_ARRAYS)[number], index: number, termIndex: number) => boolean | void): void {
  for (const key of RECORD_ARRAYS) {
    const records: readonly AnyRecord[] = document[key] ?? [];
    for (let index = 0; index < records.length; index++) {
      const record = records[index]!;
      if (visit(record.id, record, key, index, -1) === true) return;
      if (key !== 'concepts') continue;
      const terms = (record as Concept).terms;
      for (let termIndex = 0; termIndex < terms.length; termIndex++) {
        const termId = terms[termIndex]!.id;
        if (termId !== undefined && visit(termId, record, key, index, termIndex) === true) return;
      }
    }
  }
}

function describePlace(documents: readonly LexiconDocument[], bundledCount: number, place: { documentIndex: number; pointer: string }): string {
  const where = place.documentIndex < 0 ? 'the bundled corpus' : documentLabel(place.documentIndex, documents[place.documentIndex + bundledCount]?.name);
  return `${where} at ${clip(place.pointer)}`;
}

/**
 * Every record by id, and every term id to its concept. Throws LexiconError on the first id used twice: records of
 * all kinds and terms share one namespace (`get` looks them up by id); section ids must be unique among sections.
 */
function indexById(documents: readonly LexiconDocument[], bundledCount: number): Map<string, AnyRecord> {
  const byId = new Map<string, AnyRecord>();
  const sections = new Set<string>();
  const fail = (position: number, pointer: string, id: string, what: string, isSection: boolean): never => {
    const documentIndex = position - bundledCount;
    const earlier = locate(documents, bundledCount, id, isSection);
    const here = { documentIndex, pointer };
    throw new LexiconError({
      code: 'duplicate-id',
      message: `${describePlace(documents, bundledCount, here)}: ${what} id ${echo(id)} is already used by ${describePlace(documents, bundledCount, earlier)}; ids must be unique`,
      pointer,
      documentIndex: documentIndex < 0 ? undefined : documentIndex,
      documentName: documents[position]?.name,
      issues: [{ pointer, message: `duplicate id ${echo(id)}`, keyword: 'uniqueId' }],
    });
  };
  documents.forEach((document, position) => {
    forEachId(document, (id, record, key, index, termIndex) => {
      if (byId.has(id)) fail(position, idPointer(key, index, termIndex), id, 'the', false);
      byId.set(id, record);
    });
    (document.topics ?? []).forEach((topic, topicIndex) =>
      topic.sections.forEach((section, index) => {
        if (sections.has(section.id)) fail(position, `/topics/${topicIndex}/sections/${index}/id`, section.id, 'section', true);
        sections.add(section.id);
      }),
    );
  });
  return byId;
}

/** A LexiconError whose pointer is already into a schema 1 document as written (so it is not translated again). */
class SchemaOnePointerError {
  constructor(readonly error: LexiconError) {}
}

function toDocumentList(documents: unknown): unknown[] {
  if (documents === undefined) return [];
  return Array.isArray(documents) ? [...(documents as unknown[])] : [documents];
}

/**
 * The query API over the bundled corpus (unless `options.bundled` is false) followed by `documents`, in order. Each
 * extra document is validated against lexicon schema 2, or, when it is a schema 1 document (see isLexiconV1), against
 * schema 1 and then upgraded with upgradeLexicon (`lexicon.upgraded` lists those; the pointers of later errors are
 * into the upgraded document). Ids (concept and term ids included) must be unique across all documents; relation
 * targets and event `related` ids must resolve (in any of the documents); a concept has at most one preferred term
 * per language and type; terms must have 1 to MAX_FORM_TOKENS tokens (see document-checks.ts). Throws LexiconError
 * (and nothing else) for any problem, with its JSON pointer. Schema 2 documents are not copied: do not change them
 * afterwards.
 */
export function createLexicon(
  documents?: LexiconDocument | LexiconV1 | readonly (LexiconDocument | LexiconV1)[],
  options: CreateLexiconOptions = {},
): Lexicon {
  let extra: LexiconDocument[];
  let includeBundled: boolean;
  // The schema 1 documents as given, by index, so that later problems can point into them.
  const upgraded = new Map<number, LexiconV1>();
  try {
    extra = toDocumentList(documents).map((document, index) => validateDocument(document, index, upgraded));
    includeBundled = (options as CreateLexiconOptions | null | undefined)?.bundled !== false;
  } catch (error) {
    if (error instanceof LexiconError) throw error;
    throw new LexiconError({ code: 'invalid-argument', message: `createLexicon: could not read the documents (${describeThrown(error)})` });
  }
  const all = includeBundled ? [bundledDocument, ...extra] : extra;
  const bundledCount = includeBundled ? 1 : 0;
  try {
    const byId = indexById(all, bundledCount);
    const recordIds = new Set(byId.keys());
    const label = (index: number) => documentLabel(index, all[index + bundledCount]?.name);
    const isConceptId = (id: string) => Array.isArray((byId.get(id) as Concept | undefined)?.terms);
    try {
      for (const [documentIndex, v1] of upgraded) checkSchema1References(all, bundledCount, documentIndex + bundledCount, v1, recordIds, isConceptId, label);
    } catch (error) {
      throw error instanceof LexiconError ? new SchemaOnePointerError(error) : error;
    }
    checkDocuments(all, bundledCount, recordIds, label);
    for (const document of all) recordDocumentLanguage(document.concepts ?? [], document.language);
    const listed: UpgradedDocument[] = [...upgraded.keys()].map((documentIndex) => ({ documentIndex, name: documentName(upgraded.get(documentIndex)) }));
    return lexiconOver(all, byId, listed);
  } catch (error) {
    if (error instanceof SchemaOnePointerError) throw error.error;
    if (error instanceof LexiconError) {
      const v1 = error.documentIndex === undefined ? undefined : upgraded.get(error.documentIndex);
      throw v1 === undefined ? error : inV1Document(error, v1, extra[error.documentIndex!]!);
    }
    // Only a value that changes under our feet (a getter or proxy that validated and then read differently) gets here.
    throw new LexiconError({ code: 'invalid-document', message: `createLexicon: a document could not be indexed (${describeThrown(error)})` });
  }
}

function collect<K extends (typeof RECORD_ARRAYS)[number]>(documents: readonly LexiconDocument[], key: K): NonNullable<LexiconDocument[K]> {
  const all: unknown[] = [];
  for (const document of documents) for (const record of (document[key] ?? []) as unknown[]) all.push(record);
  return all as NonNullable<LexiconDocument[K]>;
}

function checkText(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new LexiconError({ code: 'invalid-argument', message: `${what} must be a string, got ${echo(value)}` });
  return value;
}

/** An offset given in a range, as an integer (non-numbers count as 0, as they always have). */
function offsetOf(value: unknown): number {
  return typeof value === 'symbol' || typeof value === 'bigint' ? 0 : Math.trunc(Number(value)) || 0;
}


/** The query API over documents that are already validated, with their records by (unique) id. */
function lexiconOver(documents: readonly LexiconDocument[], byId: ReadonlyMap<string, AnyRecord>, upgraded: readonly UpgradedDocument[]): Lexicon {
  const index = buildMatchIndex(documents);
  const concepts: readonly Concept[] = collect(documents, 'concepts');
  const topics: readonly Topic[] = collect(documents, 'topics');
  const snippets: readonly Snippet[] = collect(documents, 'snippets');
  const sources: readonly Source[] = collect(documents, 'sources');
  const events: readonly Event[] = collect(documents, 'events');

  let searchIndex: SearchIndex | undefined;
  const citationContext = { byId, topics, sources };

  const scan = (text: string, range?: ScanRange): Match[] =>
    guarded('scan', () => {
      checkText(text, 'scan: text');
      const matches: Match[] = [];
      let from = 0;
      let to = text.length;
      if (range !== undefined && range !== null) {
        if (typeof range !== 'object') throw new LexiconError({ code: 'invalid-argument', message: `scan: range must be an object { start, end }, got ${echo(range)}` });
        const start = Math.max(0, Math.min(text.length, offsetOf(range.start)));
        const end = Math.max(start, Math.min(text.length, offsetOf(range.end)));
        from = lineStartOf(text, start);
        to = lineEndOf(text, end);
      }
      scanInto(index, text, from, to, matches);
      return matches;
    });

  const lexicon: Lexicon = {
    documents,
    upgraded,
    concepts,
    topics,
    snippets,
    sources,
    events,
    get: (id) => (typeof id === 'string' ? byId.get(id) : undefined),
    lookup: (text) => {
      const item = typeof text === 'string' ? index.entryItem[findForm(index, text)]! : 0;
      return item === 0 ? undefined : { concept: index.itemConcepts[item]!, term: index.itemTerms[item]! };
    },
    expand: (acronym) => {
      const item = typeof acronym === 'string' ? index.acronymItem[findForm(index, acronym)]! : 0;
      return item === 0 ? undefined : expansionOf(index.itemConcepts[item]!, index.itemTerms[item]!);
    },
    scan,
    scanState: (text) => ({ text, matches: scan(text) }),
    rescan: (previous: ScanState, edit: TextEdit) => guarded('rescan', () => rescanState(index, previous, edit)),
    search: (query: string, options?: SearchOptions) => {
      if (typeof query !== 'string') return [];
      return guarded('search', () => {
        searchIndex ??= createSearchIndex({ concepts, topics, snippets, events });
        return searchIndex.search(query, options);
      });
    },
    cite: (id: string, options?: CiteOptions) => guarded('cite', () => formatCitation(citationContext, id, options)),
  };
  return lexicon;
}
