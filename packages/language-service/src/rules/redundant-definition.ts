// Rule redundant-definition: an acronym defined again, the same way, after its first definition. A hint: the
// reader knows it already; the fix keeps the acronym alone ("the Partnership for Peace (PfP) Trust Fund" → "the PfP
// Trust Fund"). A definition in a heading does not count as the first unless headingDefinitions is on.
import { message } from '../messages.js';
import { repeatedDefinitions } from './definitions.js';
import { defineRule, type RuleFinding } from './types.js';

const messages = {
  'redundant-definition.again': '{0} is already defined above; the acronym alone is enough here',
  'redundant-definition.fix.acronym': "Write '{0}' alone",
} as const;

export const redundantDefinition = defineRule({
  id: 'redundant-definition',
  defaultSeverity: 'info',
  summary: 'An acronym is defined again, the same way, after its first definition.',
  messages,
  check(context) {
    const findings: RuleFinding[] = [];
    for (const { definition, earlier } of repeatedDefinitions(context)) {
      if (earlier.normalized !== definition.normalized) continue; // inconsistent-expansion's
      const { longStart, close, match, editable } = definition;
      findings.push({
        start: longStart,
        end: close,
        message: message(messages, 'redundant-definition.again', [match.text]),
        entry: definition.entry.id,
        ...(editable ? { fixes: [{ title: message(messages, 'redundant-definition.fix.acronym', [match.text]), edits: [{ start: longStart, end: close, text: match.text }] }] } : {}),
      });
    }
    return findings;
  },
});
