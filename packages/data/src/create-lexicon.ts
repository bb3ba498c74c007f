// createLexicon: validate extra documents, check ids, build the match index once, and expose the query API over
// the bundled corpus plus those documents.
import { validateLexicon } from '@natolex/schema';
import type {
  Acronym,
  CiteOptions,
  CreateLexiconOptions,
  Entry,
  Event,
  Lexicon,
  LexiconDocument,
  Match,
  ScanRange,
  ScanState,
  SearchOptions,
  Snippet,
  Source,
  Term,
  TextEdit,
  Topic,
} from './api.js';
import { bundledDocument } from './bundled.js';
import { formatCitation } from './cite/cite.js';
import { rescanState } from './engine/incremental.js';
import { lineEndOf, lineStartOf, scanInto } from './engine/scan.js';
import { indexedForms } from './engine/forms.js';
import { buildMatchIndex, findForm } from './engine/trie.js';
import { checkDocuments } from './document-checks.js';
import { LexiconError, clip, describeThrown, echo, guarded } from './errors.js';
import { createSearchIndex, type SearchIndex } from './search/search-index.js';

type AnyRecord = Entry | Topic | Snippet | Source | Event;

const RECORD_ARRAYS = ['sources', 'topics', 'snippets', 'acronyms', 'terms', 'events'] as const;

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

function validateDocument(value: unknown, documentIndex: number): LexiconDocument {
  const result = validateLexicon(value);
  if (result.valid) return value as LexiconDocument;
  const name = documentName(value);
  const issues = result.errors.map(({ pointer, message, keyword, line, column }) => ({ pointer, message, keyword, line, column }));
  const first = issues[0] ?? { pointer: '', message: 'is not a valid lexicon document' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new LexiconError({
    code: 'invalid-document',
    message: `${documentLabel(documentIndex, name)} is not a valid lexicon: ${first.pointer === '' ? '(root)' : clip(first.pointer)} ${clip(first.message)}${more}`,
    pointer: first.pointer,
    documentIndex,
    documentName: name,
    issues,
  });
}

/** Where an id is first used: "the bundled corpus at /acronyms/0/id" or "document 1 ("Team") at /terms/3/id". */
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
    for (const key of RECORD_ARRAYS) {
      const index = (document[key] ?? []).findIndex((record) => record.id === id);
      if (index !== -1) return { documentIndex: position - bundledCount, pointer: `/${key}/${index}/id` };
    }
  }
  return { documentIndex: -1, pointer: '' };
}

function describePlace(documents: readonly LexiconDocument[], bundledCount: number, place: { documentIndex: number; pointer: string }): string {
  const where = place.documentIndex < 0 ? 'the bundled corpus' : documentLabel(place.documentIndex, documents[place.documentIndex + bundledCount]?.name);
  return `${where} at ${clip(place.pointer)}`;
}

/**
 * Every record by id. Throws LexiconError on the first id used twice: records of all kinds share one namespace
 * (`get` looks them up by id); section ids must be unique among sections.
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
    for (const key of RECORD_ARRAYS) {
      const records: readonly AnyRecord[] = document[key] ?? [];
      for (let index = 0; index < records.length; index++) {
        const record = records[index]!;
        if (byId.has(record.id)) fail(position, `/${key}/${index}/id`, record.id, 'the', false);
        byId.set(record.id, record);
      }
    }
    (document.topics ?? []).forEach((topic, topicIndex) =>
      topic.sections.forEach((section, index) => {
        if (sections.has(section.id)) fail(position, `/topics/${topicIndex}/sections/${index}/id`, section.id, 'section', true);
        sections.add(section.id);
      }),
    );
  });
  return byId;
}

function toDocumentList(documents: unknown): unknown[] {
  if (documents === undefined) return [];
  return Array.isArray(documents) ? [...(documents as unknown[])] : [documents];
}

/**
 * The query API over the bundled corpus (unless `options.bundled` is false) followed by `documents`, in order. Each
 * extra document is validated against the lexicon schema; ids must be unique across all documents; `preferred` and
 * `related` ids must resolve (in any of the documents) and forms must have 1 to MAX_FORM_TOKENS tokens (see
 * document-checks.ts). Throws LexiconError (and nothing else) for any problem, with its JSON pointer. Documents are
 * not copied: do not change them afterwards.
 */
export function createLexicon(
  documents?: LexiconDocument | readonly LexiconDocument[],
  options: CreateLexiconOptions = {},
): Lexicon {
  let extra: LexiconDocument[];
  let includeBundled: boolean;
  try {
    extra = toDocumentList(documents).map((document, index) => validateDocument(document, index));
    includeBundled = (options as CreateLexiconOptions | null | undefined)?.bundled !== false;
  } catch (error) {
    if (error instanceof LexiconError) throw error;
    throw new LexiconError({ code: 'invalid-argument', message: `createLexicon: could not read the documents (${describeThrown(error)})` });
  }
  const all = includeBundled ? [bundledDocument, ...extra] : extra;
  const bundledCount = includeBundled ? 1 : 0;
  try {
    const byId = indexById(all, bundledCount);
    checkDocuments(all, bundledCount, new Set(byId.keys()), (index) => documentLabel(index, all[index + bundledCount]?.name));
    return lexiconOver(all, byId);
  } catch (error) {
    if (error instanceof LexiconError) throw error;
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
function lexiconOver(documents: readonly LexiconDocument[], byId: ReadonlyMap<string, AnyRecord>): Lexicon {
  const index = buildMatchIndex(indexedForms(documents));
  const acronyms: readonly Acronym[] = collect(documents, 'acronyms');
  const terms: readonly Term[] = collect(documents, 'terms');
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
    acronyms,
    terms,
    topics,
    snippets,
    sources,
    events,
    get: (id) => (typeof id === 'string' ? byId.get(id) : undefined),
    lookup: (text) => (typeof text === 'string' ? findForm(index, text)?.entry : undefined),
    expand: (acronym) => (typeof acronym === 'string' ? findForm(index, acronym)?.acronym?.expansion : undefined),
    scan,
    scanState: (text) => ({ text, matches: scan(text) }),
    rescan: (previous: ScanState, edit: TextEdit) => guarded('rescan', () => rescanState(index, previous, edit)),
    search: (query: string, options?: SearchOptions) => {
      if (typeof query !== 'string') return [];
      return guarded('search', () => {
        searchIndex ??= createSearchIndex({ acronyms, terms, topics, snippets, events });
        return searchIndex.search(query, options);
      });
    },
    cite: (id: string, options?: CiteOptions) => guarded('cite', () => formatCitation(citationContext, id, options)),
  };
  return lexicon;
}
