// Rule inconsistent-expansion: the same acronym defined two different ways in one document ("Partnership for
// Peace (PfP)" here, "PfP programme (PfP)"… or a related term's name there). Only accepted definitions are compared
// (a wrong one is wrong-expansion's); the fix writes the first definition's long form again.
import { message } from '../messages.js';
import { repeatedDefinitions } from './definitions.js';
import { defineRule, type RuleFinding } from './types.js';

const messages = {
  'inconsistent-expansion.differs': "{0} is defined here as '{1}' but earlier as '{2}'",
  'inconsistent-expansion.fix.same': "Write '{0}' as before",
} as const;

export const inconsistentExpansion = defineRule({
  id: 'inconsistent-expansion',
  defaultSeverity: 'warning',
  summary: 'The same acronym is defined with two different long forms in one document.',
  messages,
  check(context) {
    const findings: RuleFinding[] = [];
    for (const { definition, earlier } of repeatedDefinitions(context)) {
      if (earlier.normalized === definition.normalized) continue;
      const { longStart, longEnd, match, written, editable } = definition;
      findings.push({
        start: longStart,
        end: match.end + 1,
        message: message(messages, 'inconsistent-expansion.differs', [match.text, written, earlier.written]),
        entry: definition.entry.id,
        ...(editable ? { fixes: [{ title: message(messages, 'inconsistent-expansion.fix.same', [earlier.written]), edits: [{ start: longStart, end: longEnd, text: earlier.written }] }] } : {}),
      });
    }
    return findings;
  },
});
