// Completion items while typing: acronyms offer their definition "Expansion (ABBR)" (or just the acronym once the
// document has defined it), terms offer their written form. Prefixes match case-insensitively at the start of a
// form, a variant or an alias; a spaced acronym ("UN CTC") also matches the two words before the cursor.
import type { Lexicon } from '@natolex/data';
import { definedForm } from './describe.js';

export interface CompletionSuggestion {
  /** What the list shows and filters on: the acronym or term as written. */
  label: string;
  /** Short explanation: the expansion for acronyms, the category for terms. */
  detail: string;
  insertText: string;
  /** Offset where the replaced prefix starts (it ends at the cursor). */
  replaceStart: number;
  kind: 'acronym' | 'term';
  id: string;
}

const WORD_CHAR = /[\p{L}\p{N}\-/’']/u;
const MAX_SUGGESTIONS = 100;

/** The prefixes to complete at `offset`: the word before it, and the two words before it. */
function prefixesAt(text: string, offset: number): Array<{ prefix: string; start: number }> {
  let start = offset;
  while (start > 0 && offset - start < 100 && WORD_CHAR.test(text[start - 1]!)) start--;
  const prefixes = start < offset ? [{ prefix: text.slice(start, offset), start }] : [];
  if (text[start - 1] === ' ') {
    let previous = start - 1;
    while (previous > 0 && start - previous < 100 && WORD_CHAR.test(text[previous - 1]!)) previous--;
    if (previous < start - 1) prefixes.push({ prefix: text.slice(previous, offset), start: previous });
  }
  return prefixes;
}

export function completionsAt(lexicon: Lexicon, text: string, offset: number): CompletionSuggestion[] {
  const suggestions: CompletionSuggestion[] = [];
  const seen = new Set<string>();
  const add = (suggestion: CompletionSuggestion) => {
    const key = `${suggestion.id}\u0000${suggestion.label}`;
    if (seen.has(key) || suggestions.length >= MAX_SUGGESTIONS) return;
    seen.add(key);
    suggestions.push(suggestion);
  };
  for (const { prefix, start } of prefixesAt(text, offset)) {
    const wanted = prefix.toLowerCase();
    const matches = (form: string) => form.toLowerCase().startsWith(wanted) && (prefix.includes(' ') ? form.includes(' ') : true);
    for (const acronym of lexicon.acronyms) {
      for (const form of [acronym.form, ...(acronym.variants ?? []).map((variant) => variant.form)]) {
        if (!matches(form)) continue;
        const defined = text.lastIndexOf(`(${form})`, start) !== -1;
        add({ label: form, detail: acronym.expansion, insertText: defined ? form : definedForm(acronym, form), replaceStart: start, kind: 'acronym', id: acronym.id });
      }
    }
    for (const term of lexicon.terms) {
      for (const form of [term.term, ...(term.aliases ?? [])]) {
        if (matches(form)) add({ label: form, detail: term.category, insertText: form, replaceStart: start, kind: 'term', id: term.id });
      }
    }
  }
  return suggestions;
}
