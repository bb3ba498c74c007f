// @natolex/data: the bundled NATO A–Z corpus and the query API over it (and over any extra lexicon documents).
import type { CiteOptions, Lexicon, LookupResult, Match, ScanRange, ScanState, SearchHit, SearchOptions, TextEdit } from './api.js';
import { lazyBundledLexicon } from './bundled-lexicon.js';

export type * from './api.js';
export { createLexicon } from './create-lexicon.js';
export {
  acronymsOf,
  conceptLabel,
  describeConcept,
  expansionOf,
  fullFormOf,
  preferredTerm,
  replacementOf,
  type ConceptDescription,
} from './concepts.js';
export { LexiconError, isLexiconError, type LexiconErrorCode, type LexiconErrorDetails, type LexiconIssue } from './errors.js';
export { matchAt } from './engine/incremental.js';
export * from './first-use.js';

/** The query API over the bundled corpus alone; the corpus is indexed on its first use, not on import. */
export const lexicon: Lexicon = lazyBundledLexicon;

/** The concept of the bundled corpus with a term written `text`, and that term. */
export function lookup(text: string): LookupResult | undefined {
  return lexicon.lookup(text);
}

/** The expansion (its concept's full form) of an acronym of the bundled corpus. */
export function expand(acronym: string): string | undefined {
  return lexicon.expand(acronym);
}

/** Every occurrence of a term of a bundled concept in `text` (optionally only in the lines of `range`). */
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
