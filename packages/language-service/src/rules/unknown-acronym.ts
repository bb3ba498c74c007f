// Rule unknown-acronym: an ALL-CAPS token that no lexicon knows and the document does not define, reported once
// per token (at its first use).
import { message } from '../messages.js';
import { coveredBy, mergeRanges } from './ranges.js';
import { defineRule, type RuleFinding } from './types.js';

const messages = {
  'unknown-acronym.not-in-lexicon': '\'{0}\' is not in the lexicon; define it in the text, add it to a glossary, or list it under "ignore"',
} as const;

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
  check({ text, matches, nonProse, ignore }) {
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
      findings.push({ start, end: start + value.length, message: message(messages, 'unknown-acronym.not-in-lexicon', [value]) });
    }
    return findings;
  },
});
