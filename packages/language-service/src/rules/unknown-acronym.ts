// Rule unknown-acronym: an ALL-CAPS token that no lexicon knows and the document does not define, reported once
// per token (at its first use). When the token is a known acronym in other capitals ("PFP" for "PfP"), the message
// asks whether that concept was meant, with its full form.
import { fullFormOf, type Lexicon } from '@natolex/data';
import { message } from '../messages.js';
import { coveredBy, mergeRanges } from './ranges.js';
import { defineRule, type RuleFinding } from './types.js';

const messages = {
  'unknown-acronym.not-in-lexicon': '\'{0}\' is not in the lexicon; define it in the text, add it to a glossary, or list it under "ignore"',
  'unknown-acronym.did-you-mean': "'{0}' is not in the lexicon; did you mean '{1}' ({2})?",
} as const;

const SHORT_TYPES: ReadonlySet<string> = new Set(['acronym', 'abbreviation']);
const byCapitals = new WeakMap<Lexicon, Map<string, { text: string; fullForm: string }>>();

/** The lexicon's acronyms by their upper-cased text (first one wins), built once per lexicon. */
function acronymsByCapitals(lexicon: Lexicon): Map<string, { text: string; fullForm: string }> {
  let known = byCapitals.get(lexicon);
  if (!known) {
    known = new Map();
    for (const concept of lexicon.concepts) {
      for (const term of concept.terms) {
        if (!SHORT_TYPES.has(term.type) || term.status === 'deprecated' || term.status === 'superseded') continue;
        const fullForm = fullFormOf(concept, term.language)?.text;
        const key = term.text.toUpperCase();
        if (fullForm !== undefined && !known.has(key)) known.set(key, { text: term.text, fullForm });
      }
    }
    byCapitals.set(lexicon, known);
  }
  return known;
}

// An ALL-CAPS token: two or more capitals, digits and inner hyphens allowed ("SALW", "COVID-19"), as a whole word.
const CAPS_TOKEN = /(?<![\p{L}\p{N}_-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
// "Long Form (ABBR)" in the document itself: the writer defined the token, so it is not unknown.
const INLINE_DEFINITION = /[\p{L}\p{N}*_\])'"’”][ \t\u00a0]*\(([A-Z][A-Za-z0-9-]*)\)/gu;

export const unknownAcronym = defineRule({
  id: 'unknown-acronym',
  defaultSeverity: 'info',
  summary: 'An ALL-CAPS token that no lexicon knows and the document does not define.',
  messages,
  check({ lexicon, text, matches, nonProse, ignore }) {
    const known = new Set(ignore);
    for (const definition of text.matchAll(INLINE_DEFINITION)) known.add(definition[1] as string);
    const isCovered = coveredBy(mergeRanges([...matches, ...nonProse]));
    const findings: RuleFinding[] = [];
    const reported = new Set<string>();
    for (const token of text.matchAll(CAPS_TOKEN)) {
      const value = token[0];
      const start = token.index;
      // Called for every token, in order, so the cursor in isCovered stays valid.
      if (isCovered(start)) continue;
      if ((value.match(/[A-Z]/g)?.length ?? 0) < 2 || ROMAN_NUMERAL.test(value)) continue;
      if (known.has(value) || reported.has(value)) continue;
      reported.add(value);
      const meant = acronymsByCapitals(lexicon).get(value);
      findings.push({
        start,
        end: start + value.length,
        message: meant && meant.text !== value ? message(messages, 'unknown-acronym.did-you-mean', [value, meant.text, meant.fullForm]) : message(messages, 'unknown-acronym.not-in-lexicon', [value]),
      });
    }
    return findings;
  },
});
