// Rule: the build is deterministic: two builds from the same input give the same bytes, and those bytes are the
// canonical form (keys sorted, two-space indent, one trailing newline), so the output never depends on the order
// in which files, keys or records happened to be read.
import { buildLexicon } from '../scripts/lib/build.mjs';
import { canonicalJson } from '../scripts/lib/text.mjs';

export default {
  id: 'build-determinism',
  description: 'building twice gives the same bytes, in canonical form',
  check({ build = () => buildLexicon().text }) {
    const first = build();
    const second = build();
    const issues = [];
    if (first !== second) {
      const at = [...first].findIndex((character, index) => character !== second[index]);
      issues.push({ where: 'dist/lexicon.json', message: `two builds differ (first at offset ${at === -1 ? Math.min(first.length, second.length) : at})` });
    }
    let canonical;
    try {
      canonical = canonicalJson(JSON.parse(first));
    } catch (error) {
      return [...issues, { where: 'dist/lexicon.json', message: `is not JSON: ${error.message}` }];
    }
    if (canonical !== first) issues.push({ where: 'dist/lexicon.json', message: 'is not in canonical form (sorted keys, 2-space indent, trailing newline)' });
    return issues;
  },
};
