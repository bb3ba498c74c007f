// Rule wrong-expansion: "Long Form (ABBR)" where the long form is not one of the terms of ABBR's concept in the
// lexicon (its full form, short forms or variants; case, hyphens vs spaces, dashes and apostrophes aside). "Euro-Atlantic
// Partnership Council (PfP)" teaches the reader a wrong name; the fix writes the lexicon's expansion instead.
import { message } from '../messages.js';
import { definitionsOf } from './definitions.js';
import { defineRule, type RuleFinding } from './types.js';

const messages = {
  'wrong-expansion.not-the-expansion': "'{0}' is not what {1} stands for; the lexicon gives '{2}'",
  'wrong-expansion.fix.replace': "Replace with '{0}'",
} as const;

export const wrongExpansion = defineRule({
  id: 'wrong-expansion',
  defaultSeverity: 'error',
  summary: 'An acronym is defined with a long form that is not one of its own in the lexicon ("Long Form (ABBR)").',
  messages,
  check(context) {
    const findings: RuleFinding[] = [];
    for (const definition of definitionsOf(context)) {
      if (definition.accepted) continue;
      const { entry, match, longStart, longEnd, written, editable } = definition;
      const expected = definition.expansion;
      findings.push({
        start: longStart,
        end: match.end + 1,
        message: message(messages, 'wrong-expansion.not-the-expansion', [written, match.text, expected]),
        entry: entry.id,
        ...(editable ? { fixes: [{ title: message(messages, 'wrong-expansion.fix.replace', [expected]), edits: [{ start: longStart, end: longEnd, text: expected }] }] } : {}),
      });
    }
    return findings;
  },
});
