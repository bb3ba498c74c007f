// The forms a lexicon's documents contribute to the match index, in priority order: the first form inserted for a
// written form wins (see trie.ts). This is the only place the engine reads the documents' shape.
import type { Concept, ConceptTerm, LexiconDocument, MatchKind } from '../api.js';
import { isAbbreviated } from '../concepts.js';

/** What a written form leads to: the concept (its id is the match's id) and the term of it. */
export interface IndexedEntry {
  /** The concept's id. */
  id: string;
  concept: Concept;
  term: ConceptTerm;
}

export interface IndexedForm {
  form: string;
  entry: IndexedEntry;
  kind: MatchKind;
  /** False for a case variant generated for a term (a form as written beats it). */
  exact: boolean;
}

/**
 * Case handling for terms: a term matches as written, and also with its first letter in the other case, because
 * terms move to the start of sentences ("Mélange is…") and into running text ("the operation Ocean Shield"). The rest
 * of the term keeps its case. Acronym and abbreviation terms never get variants: they match exactly as written
 * (`deep` ≠ DEEP).
 */
export function termCaseVariants(form: string): string[] {
  const trimmed = form.trim();
  const firstCodePoint = trimmed.codePointAt(0);
  if (firstCodePoint === undefined) return [];
  const first = String.fromCodePoint(firstCodePoint);
  const rest = trimmed.slice(first.length);
  return [first.toLowerCase() + rest, first.toUpperCase() + rest];
}

/**
 * Documents last-to-first (a later document overrides an earlier one); within one, every concept's acronym and
 * abbreviation terms before the other terms (as schema 1 acronyms beat terms), then concepts and terms in order.
 */
export function* indexedForms(documents: readonly LexiconDocument[]): Generator<IndexedForm> {
  for (let documentIndex = documents.length - 1; documentIndex >= 0; documentIndex--) {
    const concepts = documents[documentIndex]!.concepts ?? [];
    for (const concept of concepts) {
      for (const term of concept.terms) {
        if (isAbbreviated(term)) yield { form: term.text, entry: { id: concept.id, concept, term }, kind: 'acronym', exact: true };
      }
    }
    for (const concept of concepts) {
      const terms = concept.terms.filter((term) => !isAbbreviated(term));
      const entries = terms.map((term) => ({ id: concept.id, concept, term }));
      for (const entry of entries) yield { form: entry.term.text, entry, kind: 'term', exact: true };
      // A variant equal to one of the concept's own written forms could only lose to it: skip the work. (A set, not a
      // search of the forms per variant, which was quadratic in the number of terms.)
      const written = terms.length > 1 ? new Set(terms.map((term) => term.text.trim())) : undefined;
      for (const entry of entries) {
        const form = entry.term.text;
        for (const variant of termCaseVariants(form)) {
          if (written === undefined ? variant !== form.trim() : !written.has(variant)) yield { form: variant, entry, kind: 'term', exact: false };
        }
      }
    }
  }
}
