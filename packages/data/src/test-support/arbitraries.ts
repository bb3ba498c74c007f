// fast-check generators shared by the property tests: small random lexicons whose forms collide a lot (shared
// prefixes, case pairs, separators written several ways) and texts built from the same pieces.
import fc from 'fast-check';
import type { Concept, ConceptTerm, LexiconDocument } from '../api.js';

/** Letters in both cases (incl. ß and Σ/σ), a digit, a combining mark and an astral letter. */
const CHARS = ['a', 'A', 'b', 'B', 'é', 'É', 'ß', 'Σ', 'σ', '1', '\u0301', '\u{1D400}'];
const FORM_SEPARATORS = [' ', '  ', '\u00a0', '-', '\u2010', "'", '\u2019', '.', '/', '&', ' - '];
const TEXT_ONLY = ['\n', '\r\n', '\t', '\u2028', ',', '(', ')', '_', '*', '\u{1F600}', '\uD800', '\u0000'];

export const wordArbitrary = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));

export const formArbitrary = fc
  .tuple(
    fc.constantFrom('', '', '', '', '.', '#', ' '),
    wordArbitrary,
    fc.array(fc.tuple(fc.constantFrom(...FORM_SEPARATORS), wordArbitrary), { maxLength: 2 }),
    fc.constantFrom('', '', '', '', '+', '.', ' '),
  )
  .map(([prefix, first, rest, suffix]) => prefix + first + rest.map(([separator, word]) => separator + word).join('') + suffix);

interface EntrySpec {
  kind: 'acronym' | 'term';
  forms: string[];
}

const entryArbitrary: fc.Arbitrary<EntrySpec> = fc.record({
  kind: fc.constantFrom('acronym' as const, 'term' as const),
  forms: fc.array(formArbitrary, { minLength: 1, maxLength: 3 }),
});

/**
 * One to three schema 2 documents with unique ids across all of them. Each entry is a concept "cN" whose terms are
 * all acronyms or all full form and variants ("eN" is the id of its first term; the first term is preferred).
 */
export const documentsArbitrary: fc.Arbitrary<LexiconDocument[]> = fc
  .array(fc.array(entryArbitrary, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 })
  .map((documents) => {
    let next = 0;
    return documents.map((entries, documentIndex) => {
      const concepts: Concept[] = [];
      for (const { kind, forms } of entries) {
        const n = next++;
        const [first, ...others] = (kind === 'acronym' ? forms : [...new Set(forms)]) as [string, ...string[]];
        const type = kind === 'acronym' ? 'acronym' : 'fullForm';
        const terms: ConceptTerm[] = [
          { id: `e${n}`, text: first, type, status: 'preferred' },
          ...others.map((text): ConceptTerm => ({ text, type: kind === 'acronym' ? 'acronym' : 'variant', status: 'admitted' })),
        ];
        concepts.push({ id: `c${n}`, subjectField: 'concept', terms });
      }
      return { name: `random ${documentIndex}`, concepts };
    });
  });

export function formsOf(documents: readonly LexiconDocument[]): string[] {
  return documents.flatMap((document) => (document.concepts ?? []).flatMap((concept) => concept.terms.map((term) => term.text)));
}

const RESPELLINGS: Record<string, string[]> = {
  '-': ['\u2010', '\u2011'],
  '\u2010': ['-', '\u2011'],
  "'": ['\u2019', '\u2018'],
  '\u2019': ["'", '\u2018'],
  ' ': ['  ', '\u00a0', '\t', '\u2003'],
  '\u00a0': [' ', '\t '],
};

/** The form with its separators written another way (hyphens, apostrophes, spaces). */
function respell(form: string, choice: number): string {
  return Array.from(form, (char, index) => RESPELLINGS[char]?.[(choice + index) % RESPELLINGS[char]!.length] ?? char).join('');
}

/** A text made of the lexicon's forms (sometimes re-cased), words, separators and line breaks. */
export function textArbitrary(forms: readonly string[], maxPieces = 40): fc.Arbitrary<string> {
  const pieces: fc.WeightedArbitrary<string>[] = [
    { arbitrary: wordArbitrary, weight: 2 },
    { arbitrary: fc.constantFrom(...FORM_SEPARATORS, ...TEXT_ONLY), weight: 2 },
  ];
  if (forms.length > 0) {
    pieces.push({ arbitrary: fc.constantFrom(...forms), weight: 4 });
    pieces.push({ arbitrary: fc.constantFrom(...forms).map((form) => form.toLowerCase()), weight: 1 });
    pieces.push({ arbitrary: fc.constantFrom(...forms).map((form) => form.toUpperCase()), weight: 1 });
    pieces.push({ arbitrary: fc.tuple(fc.constantFrom(...forms), fc.nat()).map(([form, choice]) => respell(form, choice)), weight: 2 });
  }
  const gap = fc.constantFrom(' ', ' ', ' ', '');
  return fc
    .array(fc.tuple(fc.oneof(...pieces), gap), { maxLength: maxPieces, size: 'medium' })
    .map((parts) => parts.map(([piece, space]) => piece + space).join(''));
}

/** Any UTF-16 string: lone surrogates, astral characters, combining marks, RTL, NUL, CRLF. */
export const hostileTextArbitrary = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('\u0000', '\r\n', '\r', '\n', '\u202e', '\u200f', '\u0627\u0644', '\u0301', '\u200d', '\uFEFF', '\uDBFF', '\uDC00', 'NATO', 'UN CTC', ' '),
  ),
  maxLength: 200,
});
