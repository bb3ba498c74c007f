// Rule: every acronym the text defines as "Long Form (ABBR)" is in the lexicon, with that long form as its
// expansion and that defining span among its provenance; and an acronym marked definedInSource is defined so
// somewhere. The detector is general: any parenthesis holding an acronym-like token (capitals, with lower-case
// letters, hyphens or spaces between capitals allowed: "NUC", "PfP", "NTM-I", "UN CTC"), not a list of known ones.
import { positionOf } from '../scripts/clean.mjs';
import { allOffsets } from '../scripts/lib/text.mjs';

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

/** Offsets in `cleanedText` covered by each provenance quote of `entry`, as [start, end) ranges. */
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
  description: 'every "Long Form (ABBR)" of the cleaned text is an acronym of the lexicon, with that span as provenance',
  check({ lexicon, cleanedText }) {
    const issues = [];
    const snippetText = new Map((lexicon.snippets ?? []).map((snippet) => [snippet.id, snippet.text]));
    const acronyms = lexicon.acronyms ?? [];
    const definedAt = new Map();

    for (const { abbreviation, offset } of findLongFormDefinitions(cleanedText)) {
      const { line, column } = positionOf(cleanedText, offset);
      const where = `cleaned text ${line}:${column}`;
      const candidates = acronyms.filter(
        (acronym) => acronym.form === abbreviation || (acronym.variants ?? []).some((variant) => variant.form === abbreviation),
      );
      if (candidates.length === 0) {
        issues.push({ where, message: `“${cleanedText.slice(Math.max(0, offset - 40), offset)}(${abbreviation})” defines ${abbreviation}, which is not an acronym of the lexicon` });
        continue;
      }
      const before = cleanedText.slice(0, offset);
      const matching = candidates.filter((acronym) => before.endsWith(`${acronym.expansion} `));
      if (matching.length === 0) {
        issues.push({ where, message: `(${abbreviation}) follows “…${before.slice(-50)}”, which does not end with the expansion ${candidates.map((a) => JSON.stringify(a.expansion)).join(' or ')}` });
        continue;
      }
      for (const acronym of matching) {
        definedAt.set(acronym.id, true);
        const covered = provenanceRanges(acronym, cleanedText, snippetText).some(([start, end]) => start <= offset && offset < end);
        if (!covered) issues.push({ where, message: `the definition “${acronym.expansion} (${abbreviation})” here is not among the provenance of ${acronym.id}` });
        if (acronym.definedInSource !== true) issues.push({ where: acronym.id, message: `is defined at ${line}:${column} but definedInSource is not true` });
      }
    }
    for (const acronym of acronyms) {
      if (acronym.definedInSource === true && !definedAt.has(acronym.id)) {
        issues.push({ where: acronym.id, message: `definedInSource is true, but the text never writes “${acronym.expansion} (${acronym.form})”` });
      }
    }
    return issues;
  },
};
