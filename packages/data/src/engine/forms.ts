// The forms a lexicon's documents contribute to the match index, in priority order: the first form visited for a
// written form wins (see trie.ts). This is the only place the engine reads the documents' shape.
import type { Concept, ConceptTerm, LexiconDocument, MatchKind } from '../api.js';
import { isAbbreviated } from '../concepts.js';

/**
 * Called once per form: the written form, the concept and term it leads to, and whether it is the form as written
 * (false for a case variant generated for a term, which a form as written beats). All forms of one term are visited
 * one after the other, so the index keeps one item per term.
 */
export type FormVisitor = (form: string, concept: Concept, term: ConceptTerm, kind: MatchKind, exact: boolean) => void;

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

/** About how many code units the documents' forms have, variants included: the index sizes its tables from it. */
export function indexedFormLength(documents: readonly LexiconDocument[]): number {
  let length = 0;
  for (const document of documents) for (const concept of document.concepts ?? []) for (const term of concept.terms) length += term.text.length * (isAbbreviated(term) ? 1 : 2);
  return length;
}

/**
 * Visits the forms of the documents last-to-first (a later document overrides an earlier one); within one, every
 * concept's acronym and abbreviation terms before the other terms (as schema 1 acronyms beat terms), then concepts
 * and terms in order, each term as written followed by its case variants. (Visiting a term's variants right after it,
 * rather than after all of its concept's terms, decides nothing differently: a variant never beats a form as written,
 * and two variants of one concept's terms can only be equal when the terms differ in their first letter's case, in
 * which case both variants are the terms as written and are skipped.)
 */
export function forEachIndexedForm(documents: readonly LexiconDocument[], visit: FormVisitor): void {
  for (let documentIndex = documents.length - 1; documentIndex >= 0; documentIndex--) {
    const concepts = documents[documentIndex]!.concepts ?? [];
    for (const concept of concepts) {
      for (const term of concept.terms) if (isAbbreviated(term)) visit(term.text, concept, term, 'acronym', true);
    }
    for (const concept of concepts) {
      const terms = concept.terms;
      // A variant equal to one of the concept's own written forms could only lose to it: skip the work. (A set, not a
      // search of the forms per variant, which was quadratic in the number of terms.)
      let written: Set<string> | undefined;
      if (terms.length > 1) {
        written = new Set();
        for (const term of terms) if (!isAbbreviated(term)) written.add(term.text.trim());
      }
      for (const term of terms) {
        if (isAbbreviated(term)) continue;
        const form = term.text;
        visit(form, concept, term, 'term', true);
        for (const variant of termCaseVariants(form)) {
          if (written === undefined ? variant !== form.trim() : !written.has(variant)) visit(variant, concept, term, 'term', false);
        }
      }
    }
  }
}
