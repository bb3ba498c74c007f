// The forms a lexicon's documents contribute to the match index, in priority order: the first form inserted for a
// written form wins (see trie.ts). This is the only place the engine reads the documents' shape.
import type { Entry, EntryKind, LexiconDocument, Term } from '../api.js';

export interface IndexedForm {
  form: string;
  entry: Entry;
  kind: EntryKind;
  /** False for a case variant generated for a term (a form as written beats it). */
  exact: boolean;
}

/**
 * Case handling for terms: a term matches as written, and also with its first letter in the other case, because
 * terms move to the start of sentences ("Mélange is…") and into running text ("the operation Ocean Shield"). The rest
 * of the term keeps its case. Acronyms never get variants: they match exactly as written (`deep` ≠ DEEP).
 */
export function termCaseVariants(form: string): string[] {
  const trimmed = form.trim();
  const firstCodePoint = trimmed.codePointAt(0);
  if (firstCodePoint === undefined) return [];
  const first = String.fromCodePoint(firstCodePoint);
  const rest = trimmed.slice(first.length);
  return [first.toLowerCase() + rest, first.toUpperCase() + rest];
}

/** Documents last-to-first (a later document overrides an earlier one); within one, acronyms before terms. */
export function* indexedForms(documents: readonly LexiconDocument[]): Generator<IndexedForm> {
  for (let documentIndex = documents.length - 1; documentIndex >= 0; documentIndex--) {
    const document = documents[documentIndex]!;
    for (const acronym of document.acronyms ?? []) {
      yield { form: acronym.form, entry: acronym, kind: 'acronym', exact: true };
      for (const variant of acronym.variants ?? []) yield { form: variant.form, entry: acronym, kind: 'acronym', exact: true };
    }
    for (const term of document.terms ?? []) {
      const forms = [term.term, ...(term.aliases ?? [])];
      for (const form of forms) yield { form, entry: term as Term, kind: 'term', exact: true };
      // A variant equal to one of the entry's own written forms could only lose to it: skip the work. (A set, not a
      // search of the forms per variant, which was quadratic in the number of aliases.)
      const written = forms.length > 1 ? new Set(forms.map((form) => form.trim())) : undefined;
      for (const form of forms) {
        for (const variant of termCaseVariants(form)) if (written === undefined ? variant !== form.trim() : !written.has(variant)) yield { form: variant, entry: term, kind: 'term', exact: false };
      }
    }
  }
}
