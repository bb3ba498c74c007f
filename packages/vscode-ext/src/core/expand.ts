// Acronym expansion: the quick fix for one acronym ("Expand to 'NATO-Ukraine Commission (NUC)'") and the edits that
// define every acronym at its first use.
import type { Lexicon, TextEdit } from '@natolex/data';
import { RULE_IDS, checkText, type RuleSeverities } from '@natolex/language-service';
import { definedForm, isAcronym } from './describe.js';
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

/** The title of the quick fix that defines an acronym in place. */
export function expandTitle(expansion: string, form: string, t: Translate = english): string {
  return t("Expand to '{0}'", `${expansion} (${form})`);
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

/** Edits defining each acronym at its first use ("Expansion (ABBR)"): the first-use rule's fixes, sorted and non-overlapping. */
export function firstUseEdits(lexicon: Lexicon, text: string, options: { markdown: boolean; ignore?: readonly string[] }): TextEdit[] {
  const only = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'first-use' ? 'error' : 'off'])) as RuleSeverities;
  return checkText(lexicon, text, { ...options, severities: only }).flatMap((finding) => finding.fixes?.[0]?.edits ?? []);
}
