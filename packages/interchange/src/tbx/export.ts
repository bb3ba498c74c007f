// TBX export: TBX-Basic, DCA style (ISO 30042:2019 core structure, namespace urn:iso:std:iso:30042:ed-2).
//   concept → conceptEntry (id = concept id), subjectField → descrip, related → ref crossReference (the relation type
//   as its text), notes → note; language → langSec; definition / context → descripGrp; term → termSec with termNote
//   termType and administrativeStatus; provenance → adminGrp (admin type="source" pointing at the source's refObject
//   in the back matter, the quoted span as its note, an xref to the source's URL only when the source has one).
// Output is deterministic: same documents, same bytes (document order, no dates).
import { conceptsOf, languageOf, languagesOf, type Concept, type ConceptTerm, type Context, type Definition, type Lexicon, type Provenance, type Source } from '../model.js';
import { OmissionCounter, type Omission } from '../omitted.js';
import { toConceptLexicon } from '../upgrade.js';
import { escapeAttribute, escapeText, type EscapeCounter } from '../xml/escape.js';
import { STATUS_VALUES, TBX_NAMESPACE, TERM_TYPE_VALUES } from './categories.js';
import { TbxIds } from './ids.js';

export interface TbxExportOptions {
  /** The file's default language (xml:lang on tbx); defaults to the first document's language, else "en". */
  language?: string;
  /** The header's title; defaults to the documents' names joined with " + ". */
  title?: string;
}

export interface TbxExport {
  text: string;
  /** What TBX-Basic has no place for (counted), for the caller to report. */
  omitted: Omission[];
}

const SOURCE_ITEMS = ['title', 'type', 'container-title', 'publisher', 'URL', 'note'] as const;

class Writer {
  readonly lines: string[] = [];
  readonly escapes: EscapeCounter = { replaced: 0 };
  private depth = 0;

  open(name: string, attributes: Record<string, string | undefined> = {}): void {
    this.lines.push(`${this.indent()}<${name}${this.attributes(attributes)}>`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.lines.push(`${this.indent()}</${name}>`);
  }

  leaf(name: string, text: string, attributes: Record<string, string | undefined> = {}): void {
    this.lines.push(`${this.indent()}<${name}${this.attributes(attributes)}>${escapeText(text, this.escapes)}</${name}>`);
  }

  private attributes(attributes: Record<string, string | undefined>): string {
    let text = '';
    for (const key in attributes) {
      const value = attributes[key];
      if (value !== undefined) text += ` ${key}="${escapeAttribute(value, this.escapes)}"`;
    }
    return text;
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }
}

interface ExportState {
  writer: Writer;
  omitted: OmissionCounter;
  /** natolex concept/source id → TBX id, for every concept and source in the file. */
  conceptIds: Map<string, string>;
  sourceIds: Map<string, string>;
  sources: Map<string, Source>;
  ids: TbxIds;
}

/** The documents (v1 or v2) as one TBX-Basic file. */
export function exportTbx(input: unknown | readonly unknown[], options: TbxExportOptions = {}): TbxExport {
  const documents = (Array.isArray(input) ? input : [input]).map(toConceptLexicon);
  const state: ExportState = { writer: new Writer(), omitted: new OmissionCounter(), conceptIds: new Map(), sourceIds: new Map(), sources: new Map(), ids: new TbxIds() };
  for (const document of documents) {
    for (const concept of conceptsOf(document)) if (!state.conceptIds.has(concept.id)) state.conceptIds.set(concept.id, state.ids.claim(concept.id));
    for (const source of document.sources ?? []) {
      if (!state.sourceIds.has(source.id)) {
        state.sourceIds.set(source.id, state.ids.claim(source.id));
        state.sources.set(source.id, source);
      }
    }
  }
  const language = options.language ?? documents[0]?.language ?? 'en';
  const w = state.writer;
  w.lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  w.open('tbx', { xmlns: TBX_NAMESPACE, type: 'TBX-Basic', style: 'dca', 'xml:lang': language });
  writeHeader(w, documents, options.title);
  w.open('text');
  w.open('body');
  const written = new Set<string>();
  for (const document of documents) {
    for (const concept of conceptsOf(document)) {
      if (written.has(concept.id)) {
        state.omitted.add('concepts with an id an earlier document already has');
        continue;
      }
      written.add(concept.id);
      writeConcept(state, concept, document);
    }
    countOtherRecords(state.omitted, document);
  }
  if (written.size === 0) {
    // TBX requires at least one conceptEntry: refuse rather than write a file that does not validate.
    throw new Error('TBX needs at least one concept: the documents have none');
  }
  w.close('body');
  writeBack(state);
  w.close('text');
  w.close('tbx');
  state.omitted.add('ids rewritten to be valid, unique XML ids', state.ids.rewritten);
  state.omitted.add('characters XML cannot carry, replaced by U+FFFD', w.escapes.replaced);
  return { text: `${w.lines.join('\n')}\n`, omitted: state.omitted.list() };
}

function writeHeader(w: Writer, documents: Lexicon[], title: string | undefined): void {
  const names = documents.map((document) => document.name).filter((name): name is string => Boolean(name));
  w.open('tbxHeader');
  w.open('fileDesc');
  const heading = title ?? names.join(' + ');
  if (heading) {
    w.open('titleStmt');
    w.leaf('title', heading);
    w.close('titleStmt');
  }
  const versions = documents.filter((document) => document.version).map((document) => `${document.name ?? 'lexicon'} ${document.version}`);
  if (versions.length > 0) {
    w.open('publicationStmt');
    for (const version of versions) w.leaf('p', `version: ${version}`);
    w.close('publicationStmt');
  }
  w.open('sourceDesc');
  if (names.length === 0) w.leaf('p', 'natolex lexicon');
  for (const name of names) w.leaf('p', `natolex lexicon: ${name}`);
  w.close('sourceDesc');
  w.close('fileDesc');
  w.close('tbxHeader');
}

function writeConcept(state: ExportState, concept: Concept, document: Lexicon): void {
  const w = state.writer;
  w.open('conceptEntry', { id: state.conceptIds.get(concept.id) });
  w.leaf('descrip', concept.subjectField, { type: 'subjectField' });
  for (const relation of concept.related ?? []) {
    const target = state.conceptIds.get(relation.target);
    if (target === undefined) state.omitted.add('relations to a topic or to a concept outside the export (TBX cross-references must point inside the file)');
    else w.leaf('ref', relation.type, { type: 'crossReference', target });
  }
  for (const note of concept.notes ?? []) w.leaf('note', note);
  state.omitted.add('concept topics', concept.topics?.length ?? 0);
  state.omitted.add('concept usedIn snippet ids', concept.usedIn?.length ?? 0);
  const groups = byLanguage(concept, document);
  for (const language of languagesOf(concept, document)) {
    const { terms, definitions, contexts } = groups.get(language) ?? { terms: [], definitions: [], contexts: [] };
    if (terms.length === 0) {
      // A langSec needs a termSec: a definition in a language the concept has no term in cannot be written.
      state.omitted.add('definitions and contexts in a language the concept has no term in');
      continue;
    }
    w.open('langSec', { 'xml:lang': language });
    for (const definition of definitions) writeDescription(state, 'definition', definition.text, definition.provenance ?? []);
    for (const context of contexts) writeDescription(state, 'context', context.text, context.provenance ?? []);
    for (const term of terms) writeTerm(state, term);
    w.close('langSec');
  }
  w.close('conceptEntry');
}

interface LanguageGroup {
  terms: ConceptTerm[];
  definitions: Definition[];
  contexts: Context[];
}

/** A concept's terms, definitions and contexts by language, in one pass. */
function byLanguage(concept: Concept, document: Lexicon): Map<string, LanguageGroup> {
  const groups = new Map<string, LanguageGroup>();
  const group = (language: string) => groups.get(language) ?? groups.set(language, { terms: [], definitions: [], contexts: [] }).get(language)!;
  for (const term of concept.terms) group(languageOf(term, document)).terms.push(term);
  for (const definition of concept.definitions ?? []) group(languageOf(definition, document)).definitions.push(definition);
  for (const context of concept.contexts ?? []) group(languageOf(context, document)).contexts.push(context);
  return groups;
}

function writeDescription(state: ExportState, type: 'definition' | 'context', text: string, provenance: readonly Provenance[]): void {
  const w = state.writer;
  w.open('descripGrp');
  w.leaf('descrip', text, { type });
  for (const item of provenance) writeProvenance(state, item, text);
  w.close('descripGrp');
}

function writeTerm(state: ExportState, term: ConceptTerm): void {
  const w = state.writer;
  w.open('termSec', { id: term.id === undefined ? undefined : state.ids.claim(term.id) });
  w.leaf('term', term.text);
  w.leaf('termNote', TERM_TYPE_VALUES[term.type], { type: 'termType' });
  w.leaf('termNote', STATUS_VALUES[term.status], { type: 'administrativeStatus' });
  for (const item of term.provenance ?? []) writeProvenance(state, item, undefined);
  if (term.note !== undefined) w.leaf('note', term.note);
  if (term.definedInSource !== undefined) state.omitted.add('term definedInSource flags');
  w.close('termSec');
}

/** One provenance record: the source (a pointer into the back matter), the quoted span, the source's URL if any. */
function writeProvenance(state: ExportState, provenance: Provenance, describedText: string | undefined): void {
  const w = state.writer;
  const target = state.sourceIds.get(provenance.source);
  const source = state.sources.get(provenance.source);
  w.open('adminGrp');
  w.leaf('admin', source?.title ?? provenance.source, { type: 'source', target });
  if (provenance.quote !== describedText) w.leaf('note', provenance.quote);
  if (source?.URL !== undefined && /^https?:\/\/.+/.test(source.URL)) w.leaf('xref', source.title, { type: 'externalCrossReference', target: source.URL });
  w.close('adminGrp');
  if (target === undefined) state.omitted.add('provenance naming a source the documents do not have (kept as text only)');
  if (provenance.section !== undefined) state.omitted.add('provenance section ids');
  if (provenance.snippet !== undefined) state.omitted.add('provenance snippet ids');
}

function writeBack(state: ExportState): void {
  if (state.sources.size === 0) return;
  const w = state.writer;
  w.open('back');
  w.open('refObjectSec', { type: 'source' });
  for (const [id, source] of state.sources) {
    w.open('refObject', { id: state.sourceIds.get(id) });
    for (const key of SOURCE_ITEMS) {
      const value = source[key];
      if (typeof value === 'string') w.leaf('item', value, { type: key });
    }
    w.close('refObject');
  }
  w.close('refObjectSec');
  w.close('back');
}

function countOtherRecords(omitted: OmissionCounter, document: Lexicon): void {
  omitted.add('events (TBX has no place for them)', document.events?.length ?? 0);
  omitted.add('topics', document.topics?.length ?? 0);
  omitted.add('snippets', document.snippets?.length ?? 0);
}
