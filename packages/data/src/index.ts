// @natolex/data: the bundled NATO A–Z corpus and the query API over it (and over any extra lexicon documents).
import type { CiteOptions, Entry, Lexicon, Match, ScanRange, ScanState, SearchHit, SearchOptions, TextEdit } from './api.js';
import { createLexicon } from './create-lexicon.js';

export type * from './api.js';
export { createLexicon } from './create-lexicon.js';
export { LexiconError, isLexiconError, type LexiconErrorCode, type LexiconErrorDetails, type LexiconIssue } from './errors.js';
export { matchAt } from './engine/incremental.js';
export * from './first-use.js';

/** The query API over the bundled corpus alone. */
export const lexicon: Lexicon = /* #__PURE__ */ createLexicon();

/** The acronym or term written exactly `text` in the bundled corpus. */
export function lookup(text: string): Entry | undefined {
  return lexicon.lookup(text);
}

/** The expansion of an acronym of the bundled corpus. */
export function expand(acronym: string): string | undefined {
  return lexicon.expand(acronym);
}

/** Every occurrence of a bundled acronym or term in `text` (optionally only in the lines of `range`). */
export function scan(text: string, range?: ScanRange): Match[] {
  return lexicon.scan(text, range);
}

export function scanState(text: string): ScanState {
  return lexicon.scanState(text);
}

export function rescan(previous: ScanState, edit: TextEdit): ScanState {
  return lexicon.rescan(previous, edit);
}

export function search(query: string, options?: SearchOptions): SearchHit[] {
  return lexicon.search(query, options);
}

export function cite(id: string, options?: CiteOptions): string {
  return lexicon.cite(id, options);
}
