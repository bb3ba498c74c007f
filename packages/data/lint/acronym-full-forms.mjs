// Rule: every acronym or abbreviation term belongs to a concept that has a full form in the acronym's language, so
// that expand() and every hover can say what it stands for.
import { ABBREVIATED_TYPES, languageOf } from './records.mjs';

export default {
  id: 'acronym-full-forms',
  description: 'every acronym or abbreviation term belongs to a concept with a full form in its language',
  check({ lexicon }) {
    const issues = [];
    for (const concept of lexicon.concepts ?? []) {
      const terms = concept.terms ?? [];
      for (const term of terms.filter((candidate) => ABBREVIATED_TYPES.has(candidate.type))) {
        const language = languageOf(term, lexicon);
        if (!terms.some((other) => other.type === 'fullForm' && languageOf(other, lexicon) === language)) {
          issues.push({ where: term.id ?? concept.id, message: `${term.type} “${term.text}” is in ${concept.id}, which has no full form in ${language}` });
        }
      }
    }
    return issues;
  },
};
