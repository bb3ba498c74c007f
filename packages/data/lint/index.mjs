// The data lint rules, one per file. Each rule is { id, description, check(input) → issues }, where input holds the
// built lexicon document and the cleaned text (and, for some rules, an explicit replacement for a file they would
// otherwise read, so that tests can feed them bad input). An issue is { rule, where, message }.
import acronymFullForms from './acronym-full-forms.mjs';
import buildDeterminism from './build-determinism.mjs';
import crossReferences from './cross-references.mjs';
import curationLog from './curation-log.mjs';
import definitionNotTerm from './definition-not-term.mjs';
import longFormAcronyms from './long-form-acronyms.mjs';
import noMojibake from './no-mojibake.mjs';
import oneDefinitionPerLanguage from './one-definition-per-language.mjs';
import preferredTerms from './preferred-terms.mjs';
import rawSeed from './raw-seed.mjs';
import sourceTitles from './source-titles.mjs';
import stableCitationKeys from './stable-citation-keys.mjs';
import stableIds from './stable-ids.mjs';
import termForms from './term-forms.mjs';
import topicCoverage from './topic-coverage.mjs';
import uniqueIds from './unique-ids.mjs';
import verbatimSpans from './verbatim-spans.mjs';

export const RULES = [
  rawSeed,
  curationLog,
  noMojibake,
  verbatimSpans,
  topicCoverage,
  uniqueIds,
  stableIds,
  stableCitationKeys,
  sourceTitles,
  crossReferences,
  longFormAcronyms,
  termForms,
  preferredTerms,
  acronymFullForms,
  definitionNotTerm,
  oneDefinitionPerLanguage,
  buildDeterminism,
];

/** Runs every rule (except those in `skip`) and returns all issues, each tagged with its rule id. */
export function runLintRules({ skip = [], ...input }) {
  return RULES.filter((rule) => !skip.includes(rule.id)).flatMap((rule) =>
    rule.check(input).map((issue) => ({ rule: rule.id, ...issue })),
  );
}
