// Rule first-use: an acronym is used before it is defined as "Long Form (ABBR)". The checker is the data package's
// (findFirstUseIssues); the fix writes the long form at the first use.
import { findFirstUseIssues, firstUseEdit } from '@natolex/data';
import { message } from '../messages.js';
import { defineRule } from './types.js';

const messages = {
  'first-use.used-before-defined': "'{0}' is used before it is defined; write '{1}' at its first use",
  'first-use.fix.expand': "Expand to '{0}'",
} as const;

export const firstUse = defineRule({
  id: 'first-use',
  defaultSeverity: 'error',
  summary: 'An acronym is used before it is defined as "Long Form (ABBR)" in the document.',
  messages,
  check({ lexicon, text, markdown, ignore }) {
    return findFirstUseIssues(lexicon, text, { markdown, ignore }).map((issue) => {
      const defined = `${issue.expansion} (${issue.form})`;
      return {
        start: issue.start,
        end: issue.end,
        message: message(messages, 'first-use.used-before-defined', [issue.form, defined]),
        entry: issue.id,
        fixes: [{ title: message(messages, 'first-use.fix.expand', [defined]), edits: [firstUseEdit(issue)] }],
      };
    });
  },
});
