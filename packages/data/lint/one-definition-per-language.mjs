// Rule: a concept has at most one definition per language. A second sentence that describes it is a context: two
// definitions would leave the hover and lookup to pick one.
import { languageOf } from './records.mjs';

export default {
  id: 'one-definition-per-language',
  description: 'at most one definition per concept and language',
  check({ lexicon }) {
    const issues = [];
    (lexicon.concepts ?? []).forEach((concept, index) => {
      const seen = new Set();
      (concept.definitions ?? []).forEach((definition, definitionIndex) => {
        const language = languageOf(definition, lexicon);
        if (seen.has(language)) {
          issues.push({ where: `${concept.id} /concepts/${index}/definitions/${definitionIndex}`, message: `a second definition in ${language}: keep one and make the other a context` });
        }
        seen.add(language);
      });
    });
    return issues;
  },
};
