// Rule: every acronym the text defines as "Long Form (ABBR)" is an acronym term of the lexicon, in a concept that has
// that long form as one of its other terms, with that defining span among the acronym term's provenance; and an
// acronym term marked definedInSource is defined so somewhere. The detector is general: any parenthesis holding an acronym-like token (capitals, with lower-case
// letters, hyphens or spaces between capitals allowed: "NUC", "PfP", "NTM-I", "UN CTC"), not a list of known ones.
import { positionOf } from '../scripts/clean.mjs';
import { allOffsets } from '../scripts/lib/text.mjs';
import { ABBREVIATED_TYPES } from './records.mjs';

const PARENTHESISED_TOKEN = /\(([A-Z][A-Za-z]*(?:[- ][A-Z][A-Za-z]*)*)\)/g;

/** An acronym-like token: at least two capitals, and capitals make up at least half of its letters. */
export function looksLikeAcronym(token) {
  const letters = token.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '');
  return capitals.length >= 2 && capitals.length * 2 >= letters.length;
}

/** Every "(ABBR)" of the text: { abbreviation, offset } (offset of the opening parenthesis). */
export function findLongFormDefinitions(text) {
  return [...text.matchAll(PARENTHESISED_TOKEN)]
    .filter((match) => looksLikeAcronym(match[1]))
    .map((match) => ({ abbreviation: match[1], offset: match.index }));
}

/** Offsets in `cleanedText` covered by each provenance quote of `entry` (a term), as [start, end) ranges. */
function provenanceRanges(entry, cleanedText, snippetText) {
  const ranges = [];
  for (const provenance of entry.provenance ?? []) {
    const text = provenance.snippet === undefined ? undefined : snippetText.get(provenance.snippet);
    const bases = text === undefined ? [0] : allOffsets(cleanedText, text);
    const within = text ?? cleanedText;
    for (const base of bases) {
      for (const at of allOffsets(within, provenance.quote)) ranges.push([base + at, base + at + provenance.quote.length]);
    }
  }
  return ranges;
}

export default {
  id: 'long-form-acronyms',
  description: 'every "Long Form (ABBR)" of the cleaned text is an acronym term whose concept has that full form, with that span as provenance',
  check({ lexicon, cleanedText }) {
    const issues = [];
    const snippetText = new Map((lexicon.snippets ?? []).map((snippet) => [snippet.id, snippet.text]));
    // Each acronym term with its concept's long forms (every term that is not abbreviated) and a name for messages.
    const acronyms = (lexicon.concepts ?? []).flatMap((concept) =>
      (concept.terms ?? [])
        .filter((term) => ABBREVIATED_TYPES.has(term.type))
        .map((term) => ({
          term,
          name: term.id ?? `${concept.id} “${term.text}”`,
          longForms: (concept.terms ?? []).filter((other) => !ABBREVIATED_TYPES.has(other.type)).map((other) => other.text),
        })),
    );
    const definedAt = new Set();
    for (const { abbreviation, offset } of findLongFormDefinitions(cleanedText)) {
      const { line, column } = positionOf(cleanedText, offset);
      const where = `cleaned text ${line}:${column}`;
      const candidates = acronyms.filter(({ term }) => term.text === abbreviation);
      if (candidates.length === 0) {
        issues.push({ where, message: `“${cleanedText.slice(Math.max(0, offset - 40), offset)}(${abbreviation})” defines ${abbreviation}, which is not an acronym of the lexicon` });
        continue;
      }
      const before = cleanedText.slice(0, offset);
      const matching = candidates.filter(({ longForms }) => longForms.some((form) => before.endsWith(`${form} `)));
      if (matching.length === 0) {
        const forms = candidates.flatMap(({ longForms }) => longForms).map((form) => JSON.stringify(form));
        issues.push({ where, message: `(${abbreviation}) follows “…${before.slice(-50)}”, which does not end with a full form of its concept (${forms.join(' or ') || 'none'})` });
        continue;
      }
      for (const { term, name } of matching) {
        definedAt.add(term);
        const covered = provenanceRanges(term, cleanedText, snippetText).some(([start, end]) => start <= offset && offset < end);
        if (!covered) issues.push({ where, message: `the definition of ${abbreviation} here is not among the provenance of ${name}` });
        if (term.definedInSource !== true) issues.push({ where: name, message: `is defined at ${line}:${column} but definedInSource is not true` });
      }
    }
    for (const { term, name } of acronyms) {
      if (term.definedInSource === true && !definedAt.has(term)) {
        issues.push({ where: name, message: `definedInSource is true, but the text never writes “<full form> (${term.text})” with a full form of its concept` });
      }
    }
    return issues;
  },
};
