// Rule: concepts are named as the text names them. A full form, short form or variant occurs verbatim in the cleaned
// text, or verbatim once the text's inline acronym definitions "(ABBR) " are left out (e.g. "UN Security Council
// Resolution (UNSCR) 1373" gives "UN Security Council Resolution 1373"). An acronym or abbreviation term occurs as a
// whole word.
import { findLongFormDefinitions } from './long-form-acronyms.mjs';
import { wholeWordOffsets } from '../scripts/lib/text.mjs';
import { ABBREVIATED_TYPES } from './records.mjs';

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
  description: 'terms are written as the text writes them: acronyms as whole words, other terms verbatim (inline definitions left out)',
  check({ lexicon, cleanedText }) {
    const issues = [];
    const reduced = withoutInlineDefinitions(cleanedText);
    const written = (form) => wholeWordOffsets(cleanedText, form).length > 0 || wholeWordOffsets(reduced, form).length > 0;
    for (const concept of lexicon.concepts ?? []) {
      for (const term of concept.terms ?? []) {
        const where = term.id ?? concept.id;
        if (ABBREVIATED_TYPES.has(term.type)) {
          if (wholeWordOffsets(cleanedText, term.text).length === 0) issues.push({ where, message: `form “${term.text}” does not occur as a whole word` });
        } else if (!written(term.text)) {
          issues.push({ where, message: `“${term.text}” is not written so in the text` });
        }
      }
    }
    return issues;
  },
};
