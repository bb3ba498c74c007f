// Rule deprecated: a deprecated or superseded acronym or term is used; the advice names what to write instead.
//
// Which advice, when both the entry and the variant as written are retired: the ENTRY's status wins. Its main form
// is retired too, so "use <main form>" would send the writer from one retired form to another; the entry's
// `preferred` entry is what the team wants written. So, for a match:
//   1. the entry is deprecated/superseded → that status, and "use <preferred entry's form>" (none if it names none);
//   2. else the variant written is deprecated/superseded → that status, and "use <the entry's main form>";
//   3. else nothing to report.
// Every adapter (CLI, language server, editor hovers) takes this advice from `retirementOf`, so it is the same
// everywhere.
import type { Acronym, Entry, Lexicon, Match } from '@natolex/data';
import { message } from '../messages.js';
import { proseOnly } from './ranges.js';
import { defineRule } from './types.js';

const messages = {
  'deprecated.deprecated-use': "'{0}' is deprecated; use '{1}' instead",
  'deprecated.deprecated': "'{0}' is deprecated",
  'deprecated.superseded-use': "'{0}' is superseded; use '{1}' instead",
  'deprecated.superseded': "'{0}' is superseded",
} as const;

export type RetiredStatus = 'deprecated' | 'superseded';

export interface Retirement {
  status: RetiredStatus;
  /** What to write instead, when the lexicon says. */
  replacement?: string;
  /** Whose status it is: the entry's, or the variant's as written. */
  of: 'entry' | 'variant';
  /** The entry to write instead (the preferred entry, or the entry itself for a retired variant). */
  preferredId?: string;
}

function isRetired(status: string | undefined): status is RetiredStatus {
  return status === 'deprecated' || status === 'superseded';
}

function isEntry(record: unknown): record is Entry {
  return typeof record === 'object' && record !== null && ('form' in record || 'term' in record);
}

/** How an entry is written: an acronym's form, a term's term. */
export function writtenForm(entry: Entry): string {
  return 'form' in entry ? entry.form : entry.term;
}

/** Whether `written` (an entry's form, variant, term or alias as found in a text) is retired, and what to write instead. */
export function retirementOf(lexicon: Pick<Lexicon, 'get'>, entry: Entry, written: string): Retirement | undefined {
  if (isRetired(entry.status)) {
    const preferred = entry.preferred === undefined || entry.preferred === entry.id ? undefined : lexicon.get(entry.preferred);
    return isEntry(preferred)
      ? { status: entry.status, replacement: writtenForm(preferred), of: 'entry', preferredId: preferred.id }
      : { status: entry.status, of: 'entry' };
  }
  if (!('form' in entry)) return undefined;
  const acronym: Acronym = entry;
  const variant = written === acronym.form ? undefined : acronym.variants?.find((v) => v.form === written);
  if (variant && isRetired(variant.status)) return { status: variant.status, replacement: acronym.form, of: 'variant', preferredId: acronym.id };
  return undefined;
}

function retiredMessage(written: string, retirement: Retirement) {
  if (retirement.replacement === undefined) return message(messages, `deprecated.${retirement.status}`, [written]);
  return message(messages, `deprecated.${retirement.status}-use`, [written, retirement.replacement]);
}

export const deprecated = defineRule({
  id: 'deprecated',
  defaultSeverity: 'warning',
  summary: 'A deprecated or superseded acronym or term is used; the lexicon names the preferred one.',
  messages,
  check({ lexicon, matches, nonProse, ignore }) {
    const ignored = new Set(ignore);
    const findings = [];
    for (const match of proseOnly(matches, nonProse) as Match[]) {
      if (ignored.has(match.text) || ignored.has(match.id)) continue;
      const entry = lexicon.get(match.id);
      if (!isEntry(entry)) continue;
      const retirement = retirementOf(lexicon, entry, match.text);
      if (!retirement) continue;
      findings.push({ start: match.start, end: match.end, message: retiredMessage(match.text, retirement), entry: entry.id });
    }
    return findings;
  },
});
