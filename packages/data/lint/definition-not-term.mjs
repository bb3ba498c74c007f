// Rule: a definition says what the concept is, so it never just repeats one of the concept's own terms (compared
// case-insensitively, with runs of spaces as one): "Stabilisation Force" is no definition of the Stabilisation Force.

/** A text compared the way this rule compares it. */
export const comparable = (text) => String(text).trim().replace(/\s+/g, ' ').toLowerCase();

export default {
  id: 'definition-not-term',
  description: 'no definition is (case-insensitively) one of its own concept’s terms',
  check({ lexicon }) {
    const issues = [];
    (lexicon.concepts ?? []).forEach((concept, index) => {
      const terms = new Set((concept.terms ?? []).map((term) => comparable(term.text)));
      (concept.definitions ?? []).forEach((definition, definitionIndex) => {
        if (terms.has(comparable(definition.text))) {
          issues.push({ where: `${concept.id} /concepts/${index}/definitions/${definitionIndex}`, message: `definition “${definition.text}” only repeats a term of the concept` });
        }
      });
    });
    return issues;
  },
};
