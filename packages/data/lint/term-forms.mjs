// Rule: entries are named as the text names them. A term and each alias occur verbatim in the cleaned text, or
// verbatim once the text's inline acronym definitions "(ABBR) " are left out (e.g. "UN Security Council
// Resolution (UNSCR) 1373" gives "UN Security Council Resolution 1373"). An acronym's form occurs as a whole word
// and its expansion verbatim; so do acronym variants.
import { findLongFormDefinitions } from './long-form-acronyms.mjs';
import { wholeWordOffsets } from '../scripts/lib/text.mjs';

/** The cleaned text with each inline "(ABBR) " of a long-form definition removed. */
export function withoutInlineDefinitions(text) {
  let result = '';
  let cursor = 0;
  for (const { abbreviation, offset } of findLongFormDefinitions(text)) {
    const end = offset + abbreviation.length + 2;
    if (text[end] !== ' ') continue;
    result += text.slice(cursor, offset);
    cursor = end + 1;
  }
  return result + text.slice(cursor);
}

export default {
  id: 'term-forms',
  description: 'terms, aliases, acronym forms, variants and expansions are written as the text writes them',
  check({ lexicon, cleanedText }) {
    const issues = [];
    const reduced = withoutInlineDefinitions(cleanedText);
    const written = (form) => wholeWordOffsets(cleanedText, form).length > 0 || wholeWordOffsets(reduced, form).length > 0;
    for (const term of lexicon.terms ?? []) {
      for (const form of [term.term, ...(term.aliases ?? [])]) {
        if (!written(form)) issues.push({ where: term.id, message: `“${form}” is not written so in the text` });
      }
    }
    for (const acronym of lexicon.acronyms ?? []) {
      for (const form of [acronym.form, ...(acronym.variants ?? []).map((variant) => variant.form)]) {
        if (wholeWordOffsets(cleanedText, form).length === 0) issues.push({ where: acronym.id, message: `form “${form}” does not occur as a whole word` });
      }
      if (!cleanedText.includes(acronym.expansion)) issues.push({ where: acronym.id, message: `expansion “${acronym.expansion}” is not verbatim in the text` });
    }
    return issues;
  },
};
