// What an editor keeps of a glossary a typo broke (checkGlossaries' partial mode): the entries without schema errors,
// when every error lies inside an entry; else the file's last good version, when the adapter still has one.
import type { LexiconDocument } from '@natolex/data';
import { validateLexicon } from '@natolex/schema';

/** The record arrays of a lexicon document (a pointer /<array>/<index>/… lies in one record). */
export const RECORD_ARRAYS = ['sources', 'topics', 'snippets', 'acronyms', 'terms', 'events'] as const;

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
  return validateLexicon(kept).valid ? { document: kept as unknown as LexiconDocument, dropped } : undefined;
}

/** Every record id of a document. */
export function recordIds(document: LexiconDocument): string[] {
  const ids: string[] = [];
  for (const key of RECORD_ARRAYS) for (const record of document[key] ?? []) ids.push(record.id);
  return ids;
}
