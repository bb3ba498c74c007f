// What an editor keeps of a glossary a typo broke (checkGlossaries' partial mode): the entries without schema errors,
// when every error lies inside an entry; else the file's last good version, when the adapter still has one.
// Schema 1 documents (acronyms and terms) are kept the same way, validated as schema 1.
import type { LexiconDocument } from '@natolex/data';
import { isLexiconV1, upgradeLexicon, validateLexicon, validateLexiconV1, type LexiconV1 } from '@natolex/schema';

/** The record arrays of a lexicon document, schema 2 and schema 1 (a pointer /<array>/<index>/… lies in one record). */
export const RECORD_ARRAYS = ['sources', 'topics', 'snippets', 'concepts', 'acronyms', 'terms', 'events'] as const;

/** Validates a document against the schema it is written for (schema 1 documents as schema 1). */
export function validateGlossaryDocument(document: unknown): ReturnType<typeof validateLexicon> {
  return isLexiconV1(document) ? validateLexiconV1(document) : validateLexicon(document);
}

/** The document in schema 2: a schema 1 document upgraded (as createLexicon does), a schema 2 one as it is. */
export function conceptDocument(document: unknown): LexiconDocument {
  return (isLexiconV1(document) ? upgradeLexicon(document as LexiconV1) : document) as LexiconDocument;
}

/** The array and index of the record a JSON pointer lies in (e.g. "/acronyms/3/expansion"), if it does. */
function recordOf(pointer: string): { array: (typeof RECORD_ARRAYS)[number]; index: number } | undefined {
  const match = /^\/([a-z]+)\/(0|[1-9]\d*)(?:\/|$)/.exec(pointer);
  const array = RECORD_ARRAYS.find((name) => name === match?.[1]);
  return array && { array, index: Number(match![2]) };
}

/**
 * The document without the records that have schema errors, when every error lies inside a record and the rest is
 * then valid; undefined when the document as a whole is invalid (or there is nothing left to drop).
 */
export function withoutBrokenRecords(document: LexiconDocument, issues: readonly { pointer: string }[]): { document: LexiconDocument; dropped: number } | undefined {
  const broken = new Map<string, Set<number>>();
  for (const issue of issues) {
    const record = recordOf(issue.pointer);
    if (!record) return undefined;
    broken.set(record.array, (broken.get(record.array) ?? new Set()).add(record.index));
  }
  if (broken.size === 0) return undefined;
  const kept: Record<string, unknown> = { ...(document as unknown as Record<string, unknown>) };
  let dropped = 0;
  for (const [array, indices] of broken) {
    const records = kept[array];
    if (!Array.isArray(records)) return undefined;
    const rest = records.filter((_, index) => !indices.has(index));
    dropped += records.length - rest.length;
    kept[array] = rest;
  }
  return validateGlossaryDocument(kept).valid ? { document: kept as unknown as LexiconDocument, dropped } : undefined;
}

/** Every record id of a document as the lexicon knows it (a schema 1 document upgraded): concept ids and term ids too. */
export function recordIds(document: LexiconDocument): string[] {
  const upgraded = conceptDocument(document) as unknown as Record<string, unknown>;
  const ids: string[] = [];
  for (const key of RECORD_ARRAYS) {
    const records = upgraded[key];
    if (!Array.isArray(records)) continue;
    for (const record of records as { id?: unknown; terms?: { id?: unknown }[] }[]) {
      if (typeof record.id === 'string') ids.push(record.id);
      for (const term of record.terms ?? []) if (typeof term.id === 'string') ids.push(term.id);
    }
  }
  return ids;
}
