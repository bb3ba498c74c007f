// Rule first-use: an acronym is used before it is defined as "Long Form (ABBR)". The checker is the data package's
// (findFirstUseIssues); the fix writes the long form at the first use. In Markdown it sees the prose model's
// matches: code, links and the rest of non-prose are neither uses nor definitions; quotations are never reported
// (a definition there counts); headings count only with headingDefinitions. Well-known acronyms need no definition.
import { findFirstUseIssues, firstUseEdit } from '@natolex/data';
import { mergeRanges } from '../markdown/prose.js';
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
  check({ lexicon, text, markdown, ignore, wellKnown, prose, matches, headingDefinitions }) {
    const skipped = { ignore: [...ignore, ...wellKnown] };
    const options = prose
      ? { ...skipped, matches, excluded: headingDefinitions ? prose.nonProse : mergeRanges([...prose.nonProse, ...prose.headings]), quoted: prose.quotations }
      : { ...skipped, markdown, matches };
    return findFirstUseIssues(lexicon, text, options).map((issue) => {
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
