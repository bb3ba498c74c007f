// Acronym expansion: the quick fix for one acronym ("Expand to 'NATO-Ukraine Commission (NUC)'") and the edits that
// define every acronym at its first use.
import { firstUseEdit, type Lexicon, type TextEdit } from '@natolex/data';
import { definedForm, isAcronym } from './describe.js';
import { expandTitle, findFirstUses, type FirstUseCheckOptions } from './first-use.js';
import { matchesIn } from './locate.js';
import { english, type Translate } from './translate.js';

export interface ExpandAction {
  title: string;
  /** The replacement of the acronym by "Expansion (ABBR)". */
  edit: TextEdit;
  /** Id of the acronym entry. */
  id: string;
  form: string;
}

/** True when the acronym at [start, end) is already the "(ABBR)" of a definition. */
function isParenthesized(text: string, start: number, end: number): boolean {
  return text[start - 1] === '(' && text[end] === ')';
}

/** Expansion quick fixes for the acronyms that [start, end) (a cursor or selection) touches. */
export function expandActionsAt(lexicon: Lexicon, text: string, start: number, end: number, t: Translate = english): ExpandAction[] {
  const actions: ExpandAction[] = [];
  for (const match of matchesIn(lexicon, text, start, end)) {
    if (match.kind !== 'acronym' || isParenthesized(text, match.start, match.end)) continue;
    const entry = lexicon.get(match.id);
    if (!isAcronym(entry)) continue;
    actions.push({
      title: expandTitle(entry.expansion, match.text, t),
      edit: { start: match.start, end: match.end, text: definedForm(entry, match.text) },
      id: entry.id,
      form: match.text,
    });
  }
  return actions;
}

/** Edits defining each acronym at its first use ("Expansion (ABBR)"), sorted and non-overlapping. */
export function firstUseEdits(lexicon: Lexicon, text: string, options: FirstUseCheckOptions): TextEdit[] {
  return findFirstUses(lexicon, text, options).map(firstUseEdit);
}

/**
 * Applies non-overlapping edits, all relative to the original text, as the editor does: at one offset, edits apply in
 * the order given (tests and previews; the editor applies them itself).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    if (edit.start < cursor) throw new RangeError(`overlapping edits at ${edit.start}`);
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
