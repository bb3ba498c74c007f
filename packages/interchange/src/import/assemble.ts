// Drafts read from a termbase (TBX or CSV) → a schema 2 lexicon document. The readers only collect what the file
// says; here it is made to fit the schema, and every change is reported: ids become natolex ids, each language
// gets exactly one preferred term per term type, definitions and contexts keep the sources the file names (none
// when it names none: nothing is made up), a second definition in one language is reported.
import { SCHEMA_ID, type Concept, type ConceptTerm, type Context, type Definition, type Lexicon, type Provenance, type Relation, type Source, type Status, type SubjectField, type TermType } from '@natolex/schema';
import type { Report } from '../report.js';

export interface Place {
  path: string;
  line: number;
  column: number;
}

export interface DraftProvenance {
  /** The file's own id for the source (TBX: the admin's target), resolved against the drafted sources. */
  sourceRef?: string;
  /** The source as the file writes it (TBX: the admin's text). */
  sourceText?: string;
  quote?: string;
  url?: string;
}

export interface DraftTerm extends Place {
  text: string;
  type?: TermType;
  status?: Status;
  language?: string;
  id?: string;
  notes: string[];
  provenance: DraftProvenance[];
}

export interface DraftText extends Place {
  kind: 'definition' | 'context';
  text: string;
  language?: string;
  provenance: DraftProvenance[];
}

export interface DraftRelation extends Place {
  type: Relation['type'];
  target: string;
}

export interface DraftConcept extends Place {
  id?: string;
  subjectField?: SubjectField;
  terms: DraftTerm[];
  texts: DraftText[];
  relations: DraftRelation[];
  notes: string[];
}

export interface DraftSource {
  /** The file's id for it (TBX: the refObject id). */
  ref?: string;
  id?: string;
  title?: string;
  type?: string;
  URL?: string;
  'container-title'?: string;
  publisher?: string;
  note?: string;
}

export interface AssembleOptions {
  /** The document's name (TBX: the header's title); else `fallbackName`. */
  name?: string;
  fallbackName: string;
  language?: string;
  concepts: DraftConcept[];
  sources: DraftSource[];
  report: Report;
}

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
// The schema's Form: no control characters, not blank, at most 300 characters.
const FORM_BAD = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const SOURCE_TYPES = new Set(['webpage', 'entry-encyclopedia', 'document', 'report', 'article', 'book']);

/** Lowercase ASCII slug of any text ("Kosovo Force (KFOR)" → "kosovo-force-kfor"); '' when nothing is left. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Whitespace runs (line breaks of a pretty-printed file) as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function isLanguageTag(value: string): boolean {
  return LANGUAGE.test(value);
}

class IdRegistry {
  private readonly taken = new Set<string>();
  /** The next suffix to try per candidate, so that n clashes cost n tries, not n²/2. */
  private readonly next = new Map<string, number>();

  /** A unique id from the candidate: -2, -3, ... on a clash. */
  unique(candidate: string): string {
    let id = candidate;
    let n = this.next.get(candidate) ?? 2;
    while (this.taken.has(id)) id = `${candidate}-${n++}`;
    this.next.set(candidate, n);
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}

export function assembleLexicon(options: AssembleOptions): Lexicon {
  const { report } = options;
  const language = options.language ?? 'en';
  const ids = new IdRegistry();
  const name = options.name ?? options.fallbackName;

  // Sources first: they are referenced by provenance.
  const sources: Source[] = [];
  const sourceByRef = new Map<string, string>();
  const sourceByTitle = new Map<string, string>();
  const addSource = (draft: DraftSource): string => {
    const title = draft.title ?? draft.ref ?? 'source';
    const existing = sourceByTitle.get(title);
    if (existing !== undefined && !draft.ref) return existing;
    const id = ids.unique(draft.id && ID.test(draft.id) ? draft.id : `source.${slugOf(draft.ref ?? title) || 'termbase'}`);
    const source: Source = { id, type: (SOURCE_TYPES.has(draft.type ?? '') ? draft.type : 'document') as Source['type'], title };
    for (const key of ['container-title', 'publisher', 'note'] as const) if (draft[key]) source[key] = draft[key];
    if (draft.URL && isUri(draft.URL)) source.URL = draft.URL;
    sources.push(source);
    if (draft.ref) sourceByRef.set(draft.ref, id);
    sourceByTitle.set(title, id);
    return id;
  };
  for (const draft of options.sources) addSource(draft);
  let fileSource: string | undefined;
  const sourceOf = (draft: DraftProvenance): string => {
    if (draft.sourceRef !== undefined) {
      const id = sourceByRef.get(draft.sourceRef);
      if (id !== undefined) return id;
    }
    if (draft.sourceText) return sourceByTitle.get(draft.sourceText) ?? addSource({ title: draft.sourceText, ...(draft.url ? { URL: draft.url } : {}) });
    // A quote or URL without a named source: the termbase itself is where the file says the text comes from.
    fileSource ??= addSource({ title: name, note: 'The termbase this glossary was imported from.' });
    return fileSource;
  };
  const provenanceOf = (drafts: readonly DraftProvenance[], text: string): Provenance[] => drafts.map((draft) => ({ source: sourceOf(draft), quote: draft.quote || text }));
  /** A definition's or context's provenance: only what the file gives (schema 2 makes it optional for glossaries). */
  const textProvenance = (drafts: readonly DraftProvenance[], text: string): { provenance?: Provenance[] } => (drafts.length > 0 ? { provenance: provenanceOf(drafts, text) } : {});

  // Concept ids (and the file's term ids, which relations may point at) before relations are resolved.
  const conceptByRef = new Map<string, string>();
  const built: Array<{ draft: DraftConcept; concept: Concept; pairs: TermPair[] }> = [];
  for (const draft of options.concepts) {
    const pairs = draft.terms.flatMap((term) => buildTerm(term, language, report));
    if (pairs.length === 0) {
      report.add(draft.path, 'concept entry without a usable term: left out', draft.line, draft.column);
      continue;
    }
    normaliseStatuses(pairs, language, report);
    const terms = pairs.map((pair) => pair.term);
    const preferred = terms.find((term) => term.status === 'preferred') ?? terms[0];
    const candidate = draft.id && ID.test(draft.id) && draft.id.startsWith('concept.') ? draft.id : `concept.${slugOf(draft.id ?? '') || slugOf(preferred?.text ?? '') || 'entry'}`;
    const id = ids.unique(candidate);
    if (draft.id !== undefined) conceptByRef.set(draft.id, id);
    for (const pair of pairs) if (pair.draft.id !== undefined) conceptByRef.set(pair.draft.id, id);
    const concept: Concept = { id, subjectField: draft.subjectField ?? 'concept', terms };
    built.push({ draft, concept, pairs });
  }
  for (const { draft, concept, pairs } of built) {
    for (const term of concept.terms) {
      if (term.id === undefined) continue;
      if (ID.test(term.id) && !ids.has(term.id)) ids.unique(term.id);
      else delete term.id; // reported below with its place
    }
    const definitions: Definition[] = [];
    const definitionLanguages = new Set<string>();
    const contexts: Context[] = [];
    for (const text of draft.texts) {
      const value = collapseSpace(text.text);
      if (!value) {
        report.add(text.path, `empty ${text.kind}: left out`, text.line, text.column);
        continue;
      }
      const textLanguage = languageOf(text.language, language, text, report);
      const item: Definition = { text: value, ...(textLanguage === language ? {} : { language: textLanguage }), ...textProvenance(text.provenance, value) };
      if (text.kind === 'context') contexts.push(item);
      else if (definitionLanguages.has(textLanguage)) report.add(text.path, `a second definition in '${textLanguage}' (the schema keeps one per language): left out`, text.line, text.column);
      else {
        definitions.push(item);
        definitionLanguages.add(textLanguage);
      }
    }
    if (definitions.length > 0) concept.definitions = definitions;
    if (contexts.length > 0) concept.contexts = contexts;
    const related: Relation[] = [];
    const relatedKeys = new Set<string>();
    for (const relation of draft.relations) {
      const target = conceptByRef.get(relation.target);
      const key = `${relation.type} ${target}`;
      if (target === undefined) report.add(relation.path, `cross-reference to '${relation.target}', which is not in the file: left out`, relation.line, relation.column);
      else if (target !== concept.id && !relatedKeys.has(key)) {
        related.push({ type: relation.type, target });
        relatedKeys.add(key);
      }
    }
    if (related.length > 0) concept.related = related;
    const notes = draft.notes.map(collapseSpace).filter(Boolean);
    if (notes.length > 0) concept.notes = notes;
    // Term provenance last: it may add sources.
    for (const { draft: source, term } of pairs) {
      if (source.provenance.length > 0) term.provenance = provenanceOf(source.provenance, term.text);
      if (source.id !== undefined && term.id === undefined) report.add(source.path, `term id '${source.id}' is not a natolex id or is taken: left out`, source.line, source.column);
    }
  }
  return {
    $schema: SCHEMA_ID,
    name,
    language,
    ...(sources.length > 0 ? { sources } : {}),
    concepts: built.map(({ concept }) => concept),
  };
}

interface TermPair {
  draft: DraftTerm;
  term: ConceptTerm;
}

function buildTerm(draft: DraftTerm, language: string, report: Report): TermPair[] {
  const text = collapseSpace(draft.text);
  if (!text || text.length > 300 || FORM_BAD.test(text)) {
    report.add(draft.path, text ? 'term text with control characters or over 300 characters: left out' : 'empty term: left out', draft.line, draft.column);
    return [];
  }
  if (draft.type === undefined) report.add(draft.path, 'no termType: read as fullForm', draft.line, draft.column);
  if (draft.status === undefined) report.add(draft.path, 'no administrativeStatus: read as admitted', draft.line, draft.column);
  const termLanguage = languageOf(draft.language, language, draft, report);
  const term: ConceptTerm = { text, type: draft.type ?? 'fullForm', status: draft.status ?? 'admitted' };
  if (termLanguage !== language) term.language = termLanguage;
  if (draft.id !== undefined) term.id = draft.id;
  const notes = draft.notes.map(collapseSpace).filter(Boolean);
  if (notes.length > 0) term.note = notes.join(' ');
  return [{ draft, term }];
}

function languageOf(value: string | undefined, fallback: string, place: Place, report: Report): string {
  if (value === undefined) return fallback;
  if (isLanguageTag(value)) return value;
  report.add(place.path, `invalid language tag '${value}': read as '${fallback}'`, place.line, place.column);
  return fallback;
}

/** One preferred term per type and language; a language without one gets its first admitted term as preferred. */
function normaliseStatuses(pairs: readonly TermPair[], language: string, report: Report): void {
  const seen = new Set<string>();
  for (const { draft, term } of pairs) {
    if (term.status !== 'preferred') continue;
    const key = `${term.language ?? language}\u0000${term.type}`;
    if (seen.has(key)) {
      report.add(draft.path, `a second preferred ${term.type} in '${term.language ?? language}': read as admitted`, draft.line, draft.column);
      term.status = 'admitted';
    }
    seen.add(key);
  }
  const byLanguage = new Map<string, TermPair[]>();
  for (const pair of pairs) {
    const each = pair.term.language ?? language;
    const group = byLanguage.get(each);
    if (group) group.push(pair);
    else byLanguage.set(each, [pair]);
  }
  for (const [each, inLanguage] of byLanguage) {
    if (inLanguage.some(({ term }) => term.status === 'preferred')) continue;
    const promoted = inLanguage.find(({ term }) => term.status === 'admitted');
    if (!promoted) continue; // only deprecated/superseded terms: kept as they are
    report.add(promoted.draft.path, `no preferred term in '${each}': the first admitted term read as preferred`, promoted.draft.line, promoted.draft.column);
    promoted.term.status = 'preferred';
  }
}

function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
