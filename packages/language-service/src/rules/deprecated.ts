// Rule deprecated: a deprecated or superseded term of a concept is used; the advice names what to write instead.
//
// Which advice, for a term as written (each term of a concept has its own status, and a concept replaced by another
// says so with a `replacedBy` relation):
//   1. the concept is replaced by another → the term's status (superseded, for a term that is not retired itself:
//      the whole concept is), and "use <that concept's term of the same type>" (an acronym for an acronym), else its
//      preferred term: the team wants the new concept written;
//   2. else a retired term: the concept's own replacement for it (replacementOf: its preferred term of the same type
//      and language, "PfP" for "PFP");
//   3. else a retired term: the status alone ("'OLDX' is deprecated"): never "use" another retired form.
// Every adapter (CLI, language server, editor hovers, the Lexicon view) takes this advice from `retirementOf`, so it
// is the same everywhere.
import { preferredTerm, replacementOf, type Concept, type ConceptTerm, type Lexicon, type Match } from '@natolex/data';
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
  /** What to write instead (the replacement term's text), when the lexicon says. */
  replacement?: string;
  /** The term to write instead, and the concept it belongs to (this one, or the one this is replaced by). */
  replacementTerm?: ConceptTerm;
  replacementConcept?: Concept;
}

function isRetired(status: string | undefined): status is RetiredStatus {
  return status === 'deprecated' || status === 'superseded';
}

/** A concept record (anything `get` returns may be a topic, a passage, …). */
export function isConcept(record: unknown): record is Concept {
  return typeof record === 'object' && record !== null && Array.isArray((record as Concept).terms) && typeof (record as Concept).subjectField === 'string';
}

/** The concept's replacement for a retired term of its own, or undefined. */
function withinConcept(concept: Concept, term: ConceptTerm): ConceptTerm | undefined {
  const replacement = replacementOf(concept, term);
  return replacement !== undefined && replacement !== term && !isRetired(replacement.status) ? replacement : undefined;
}

/** The term to write instead of `term` in the concept this one is replaced by (its `replacedBy` relation). */
function inReplacingConcept(lexicon: Pick<Lexicon, 'get'>, concept: Concept, term: ConceptTerm): { concept: Concept; term: ConceptTerm } | undefined {
  for (const relation of concept.related ?? []) {
    if (relation.type !== 'replacedBy' || relation.target === concept.id) continue;
    const target = lexicon.get(relation.target);
    if (!isConcept(target)) continue;
    const language = term.language === undefined ? {} : { language: term.language };
    const chosen = preferredTerm(target, { type: term.type, ...language }) ?? preferredTerm(target, language) ?? preferredTerm(target, {});
    if (chosen && !isRetired(chosen.status)) return { concept: target, term: chosen };
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

// A term's advice depends only on the lexicon (what its relations name): worked out once per term and lexicon, so a
// draft with 200,000 uses of one retired term costs one lookup per use.
const advice = new WeakMap<object, WeakMap<ConceptTerm, Retirement | null>>();

/** Whether `term` (a term of `concept`, as found in a text) is retired, and what to write instead. */
export function retirementOf(lexicon: Pick<Lexicon, 'get'>, concept: Concept, term: ConceptTerm): Retirement | undefined {
  if (!isRetired(term.status) && !(concept.related ?? []).some((relation) => relation.type === 'replacedBy')) return undefined;
  let known = advice.get(lexicon);
  if (!known) advice.set(lexicon, (known = new WeakMap()));
  const cached = known.get(term);
  if (cached !== undefined) return cached ?? undefined;
  const found = adviceFor(lexicon, concept, term);
  known.set(term, found ?? null);
  return found;
}

function adviceFor(lexicon: Pick<Lexicon, 'get'>, concept: Concept, term: ConceptTerm): Retirement | undefined {
  const replaced = inReplacingConcept(lexicon, concept, term);
  const status: RetiredStatus | undefined = isRetired(term.status) ? term.status : replaced ? 'superseded' : undefined;
  if (status === undefined) return undefined;
  // Two concepts may share a text (a replaced concept kept its old full form): writing the replacement is not a
  // retired use, whichever concept the text matched.
  if (replaced && sameText(replaced.term.text, term.text)) return undefined;
  if (replaced) return { status, replacement: replaced.term.text, replacementTerm: replaced.term, replacementConcept: replaced.concept };
  const same = withinConcept(concept, term);
  if (same) return { status, replacement: same.text, replacementTerm: same, replacementConcept: concept };
  return { status };
}

function retiredMessage(written: string, retirement: Retirement) {
  if (retirement.replacement === undefined) return message(messages, `deprecated.${retirement.status}`, [written]);
  return message(messages, `deprecated.${retirement.status}-use`, [written, retirement.replacement]);
}

/** Whether a match is listed under "ignore": as written, by concept id, or by its term's id (a schema 1 entry id). */
export function isIgnored(ignored: ReadonlySet<string>, match: Match): boolean {
  return ignored.has(match.text) || ignored.has(match.id) || (match.term.id !== undefined && ignored.has(match.term.id));
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
      if (isIgnored(ignored, match)) continue;
      const concept = lexicon.get(match.id);
      if (!isConcept(concept)) continue;
      const retirement = retirementOf(lexicon, concept, match.term);
      if (!retirement) continue;
      findings.push({ start: match.start, end: match.end, message: retiredMessage(match.text, retirement), entry: concept.id });
    }
    return findings;
  },
});
