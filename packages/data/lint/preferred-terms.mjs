// Rule: every concept has exactly one preferred term per language and term type, and a preferred term in every
// language it has terms in. A preferred full form and a preferred acronym may stand side by side (that is what a
// schema 1 acronym joined with its term becomes); two preferred full forms in one language would leave lookups,
// hovers and replacements without one answer.
import { languageOf } from './records.mjs';

export default {
  id: 'preferred-terms',
  description: 'each concept has one preferred term per language (at most one per language and term type)',
  check({ lexicon }) {
    const issues = [];
    (lexicon.concepts ?? []).forEach((concept, index) => {
      const languages = new Set();
      const preferred = new Map();
      (concept.terms ?? []).forEach((term, termIndex) => {
        const language = languageOf(term, lexicon);
        languages.add(language);
        if (term.status !== 'preferred') return;
        const key = `${language} ${term.type}`;
        if (preferred.has(key)) {
          issues.push({
            where: `${concept.id} /concepts/${index}/terms/${termIndex}`,
            message: `“${term.text}” is a second preferred ${term.type} in ${language} (the first is “${preferred.get(key).text}”); make one admitted`,
          });
        } else preferred.set(key, term);
      });
      for (const language of languages) {
        if (![...preferred.keys()].some((key) => key.startsWith(`${language} `))) {
          issues.push({ where: `${concept.id} /concepts/${index}/terms`, message: `has no preferred term in ${language}` });
        }
      }
    });
    return issues;
  },
};
