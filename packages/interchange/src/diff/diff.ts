// The difference between two lexicons (v1 or v2; v1 is upgraded first), as a list of changes each with the semver
// bump it needs, and the ids that disappeared. The versioning policy of @natolex/data, in one place:
//   major  an id disappears (concept, term, event, source, topic, snippet: references to it stop resolving), a term
//          is removed, renamed (same term id, other text) or moved to another concept
//   minor  something is added (concept, term, definition, context, event, source, topic, snippet); a term's
//          status, type or language changes; a definition or context is withdrawn; a concept's subject field or
//          relations change
//   patch  wording: a definition's or context's text or provenance, notes, an event's text or date, a source's,
//          topic's or snippet's fields
import type { Concept, ConceptTerm, Lexicon } from '@natolex/schema';
import { languageOf } from '../model.js';
import { toConceptLexicon } from '../upgrade.js';

export type Bump = 'major' | 'minor' | 'patch';
export type ChangeKind = 'concept' | 'term' | 'definition' | 'context' | 'event' | 'source' | 'topic' | 'snippet';
export type ChangeAction = 'added' | 'removed' | 'renamed' | 'moved' | 'changed';

export interface Change {
  kind: ChangeKind;
  action: ChangeAction;
  /** The record: its id, or for a term without an id / a definition / a context, "<concept id> <language> <text>". */
  id: string;
  /** The concept it belongs to (terms, definitions, contexts). */
  concept?: string;
  /** What changed, e.g. "status: admitted → deprecated" or "'KFOR' → 'K-FOR'". */
  detail?: string;
  bump: Bump;
}

export interface LexiconDiff {
  changes: Change[];
  /** Every id of the old lexicon that resolves to nothing in the new one (a term id resolves to its concept). */
  removedIds: string[];
}

const RANK: Record<Bump | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The smallest semver bump that the diff allows: 'none' when the lexicons have the same content. */
export function requiredBump(diff: LexiconDiff): Bump | 'none' {
  let bump: Bump | 'none' = diff.removedIds.length > 0 ? 'major' : 'none';
  for (const change of diff.changes) if (RANK[change.bump] > RANK[bump]) bump = change.bump;
  return bump;
}

/** True when `actual` (a changeset's bump, or 'none') is at least `needed`. */
export function bumpCovers(actual: Bump | 'none', needed: Bump | 'none'): boolean {
  return RANK[actual] >= RANK[needed];
}

export function diffLexicons(oldInput: unknown, newInput: unknown): LexiconDiff {
  const before = toConceptLexicon(oldInput);
  const after = toConceptLexicon(newInput);
  const changes: Change[] = [];
  diffConcepts(before, after, changes);
  diffRecords('event', before.events ?? [], after.events ?? [], changes);
  diffRecords('source', before.sources ?? [], after.sources ?? [], changes);
  diffRecords('topic', before.topics ?? [], after.topics ?? [], changes);
  diffRecords('snippet', before.snippets ?? [], after.snippets ?? [], changes);
  const present = idsOf(after);
  const removedIds = [...idsOf(before)].filter((id) => !present.has(id)).sort();
  return { changes, removedIds };
}

function idsOf(document: Lexicon): Set<string> {
  const ids = new Set<string>();
  for (const concept of document.concepts ?? []) {
    ids.add(concept.id);
    for (const term of concept.terms) if (term.id !== undefined) ids.add(term.id);
  }
  for (const records of [document.events, document.sources, document.topics, document.snippets]) for (const record of records ?? []) ids.add(record.id);
  return ids;
}

interface PlacedTerm {
  concept: string;
  term: ConceptTerm;
  language: string;
}

/** A term's identity: its id, else its concept, language, type and text. */
function termKey(placed: PlacedTerm): string {
  return placed.term.id ?? `${placed.concept} ${placed.language} ${placed.term.type} ${placed.term.text}`;
}

function termsOf(document: Lexicon): Map<string, PlacedTerm> {
  const terms = new Map<string, PlacedTerm>();
  for (const concept of document.concepts ?? []) {
    for (const term of concept.terms) {
      const placed = { concept: concept.id, term, language: languageOf(term, document) };
      terms.set(termKey(placed), placed);
    }
  }
  return terms;
}

function diffConcepts(before: Lexicon, after: Lexicon, changes: Change[]): void {
  const oldConcepts = new Map((before.concepts ?? []).map((concept) => [concept.id, concept]));
  const newConcepts = new Map((after.concepts ?? []).map((concept) => [concept.id, concept]));
  for (const id of oldConcepts.keys()) if (!newConcepts.has(id)) changes.push({ kind: 'concept', action: 'removed', id, bump: 'major' });
  for (const id of newConcepts.keys()) if (!oldConcepts.has(id)) changes.push({ kind: 'concept', action: 'added', id, bump: 'minor' });

  const oldTerms = termsOf(before);
  const newTerms = termsOf(after);
  for (const [key, placed] of oldTerms) {
    const now = newTerms.get(key);
    const base = { kind: 'term' as const, id: key, concept: placed.concept };
    if (!now) {
      changes.push({ ...base, action: 'removed', detail: `'${placed.term.text}'`, bump: 'major' });
      continue;
    }
    if (now.term.text !== placed.term.text) changes.push({ ...base, action: 'renamed', detail: `'${placed.term.text}' → '${now.term.text}'`, bump: 'major' });
    if (now.concept !== placed.concept) changes.push({ ...base, action: 'moved', detail: `${placed.concept} → ${now.concept}`, bump: 'major' });
    for (const field of ['status', 'type'] as const) {
      if (now.term[field] !== placed.term[field]) changes.push({ ...base, action: 'changed', detail: `${field}: ${placed.term[field]} → ${now.term[field]}`, bump: 'minor' });
    }
    if (now.language !== placed.language) changes.push({ ...base, action: 'changed', detail: `language: ${placed.language} → ${now.language}`, bump: 'minor' });
    if (now.term.note !== placed.term.note || now.term.definedInSource !== placed.term.definedInSource || !same(now.term.provenance, placed.term.provenance)) {
      changes.push({ ...base, action: 'changed', detail: 'note, definedInSource or provenance', bump: 'patch' });
    }
  }
  for (const [key, placed] of newTerms) if (!oldTerms.has(key)) changes.push({ kind: 'term', action: 'added', id: key, concept: placed.concept, detail: `'${placed.term.text}'`, bump: 'minor' });

  for (const [id, concept] of newConcepts) {
    const old = oldConcepts.get(id);
    if (!old) {
      diffTexts(undefined, concept, before, after, changes);
      continue;
    }
    if (old.subjectField !== concept.subjectField) changes.push({ kind: 'concept', action: 'changed', id, detail: `subjectField: ${old.subjectField} → ${concept.subjectField}`, bump: 'minor' });
    if (!same(old.related ?? [], concept.related ?? [])) changes.push({ kind: 'concept', action: 'changed', id, detail: 'relations', bump: 'minor' });
    if (!same(old.notes ?? [], concept.notes ?? []) || !same(old.topics ?? [], concept.topics ?? []) || !same(old.usedIn ?? [], concept.usedIn ?? [])) {
      changes.push({ kind: 'concept', action: 'changed', id, detail: 'notes, topics or usedIn', bump: 'patch' });
    }
    diffTexts(old, concept, before, after, changes);
  }
}

/** Definitions by language; contexts by text. */
function diffTexts(old: Concept | undefined, concept: Concept, before: Lexicon, after: Lexicon, changes: Change[]): void {
  const oldDefinitions = new Map((old?.definitions ?? []).map((item) => [languageOf(item, before), item]));
  const newDefinitions = new Map((concept.definitions ?? []).map((item) => [languageOf(item, after), item]));
  for (const [language, item] of newDefinitions) {
    const was = oldDefinitions.get(language);
    const id = `${concept.id} ${language}`;
    if (!was) changes.push({ kind: 'definition', action: 'added', id, concept: concept.id, bump: 'minor' });
    else if (was.text !== item.text || !same(was.provenance, item.provenance)) changes.push({ kind: 'definition', action: 'changed', id, concept: concept.id, detail: was.text !== item.text ? 'wording' : 'provenance', bump: 'patch' });
  }
  for (const language of oldDefinitions.keys()) {
    if (!newDefinitions.has(language)) changes.push({ kind: 'definition', action: 'removed', id: `${concept.id} ${language}`, concept: concept.id, bump: 'minor' });
  }
  const key = (item: { text: string; language?: string }, document: Lexicon) => `${concept.id} ${languageOf(item, document)} ${item.text}`;
  const oldContexts = new Map((old?.contexts ?? []).map((item) => [key(item, before), item]));
  const newContexts = new Map((concept.contexts ?? []).map((item) => [key(item, after), item]));
  for (const [id, item] of newContexts) {
    const was = oldContexts.get(id);
    if (!was) changes.push({ kind: 'context', action: 'added', id, concept: concept.id, bump: 'minor' });
    else if (!same(was.provenance, item.provenance)) changes.push({ kind: 'context', action: 'changed', id, concept: concept.id, detail: 'provenance', bump: 'patch' });
  }
  for (const id of oldContexts.keys()) if (!newContexts.has(id)) changes.push({ kind: 'context', action: 'removed', id, concept: concept.id, bump: 'minor' });
}

function diffRecords(kind: ChangeKind, before: ReadonlyArray<{ id: string }>, after: ReadonlyArray<{ id: string }>, changes: Change[]): void {
  const old = new Map(before.map((record) => [record.id, record]));
  const now = new Map(after.map((record) => [record.id, record]));
  for (const [id, record] of old) {
    const current = now.get(id);
    if (!current) changes.push({ kind, action: 'removed', id, bump: 'major' });
    else if (!same(record, current)) changes.push({ kind, action: 'changed', id, detail: changedFields(record, current).join(', '), bump: 'patch' });
  }
  for (const id of now.keys()) if (!old.has(id)) changes.push({ kind, action: 'added', id, bump: 'minor' });
}

function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !same((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key])).sort();
}

/** Deep equality of JSON values (key order ignored). */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
