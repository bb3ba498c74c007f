// Rule: every id in the document names one record only (sources, topics, sections, snippets, acronyms, terms and
// events share one id space, so a reference can never be ambiguous).
import { recordsWithIds } from './records.mjs';

export default {
  id: 'unique-ids',
  description: 'ids are unique across the whole document',
  check({ lexicon }) {
    const seen = new Map();
    const issues = [];
    for (const { record, pointer } of recordsWithIds(lexicon)) {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, pointer);
      else issues.push({ where: record.id, message: `id used twice: ${first} and ${pointer}` });
    }
    return issues;
  },
};
