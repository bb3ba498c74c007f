// Character classes shared by the scanner, the form tokenizer and the search index.
//
// A "word" character is a letter, a combining mark or a number (\p{L}\p{M}\p{N}), so "mélange", "Ş" and decomposed
// "e\u0301" stay one word, and "NATO’s", "NATO-led", "_NATO_" and "**NATO**" all contain the word "NATO". Underscore
// is deliberately not a word character: in Markdown it is emphasis, not part of a name.

export const WORD = 1;
/** Horizontal whitespace: JavaScript's \s minus the line terminators. */
export const SPACE = 2;
/** Line terminators (\n, \r, U+2028, U+2029): no match ever contains one. */
export const BREAK = 3;
/** Everything else (punctuation, symbols, lone surrogates): one token per code point. */
export const OTHER = 4;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const WHITESPACE_CHAR = /^\s$/u;

function classify(char: string): number {
  if (WORD_CHAR.test(char)) return WORD;
  if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return BREAK;
  if (WHITESPACE_CHAR.test(char)) return SPACE;
  return OTHER;
}

/** Class of every BMP code unit, filled lazily (0 = not yet classified); ASCII is filled up front. */
const bmpClasses = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) bmpClasses[code] = classify(String.fromCharCode(code));
// Lone surrogates are never word characters.
bmpClasses.fill(OTHER, 0xd800, 0xe000);
const astralClasses = new Map<number, number>();

/** Class of a BMP code unit that is not a surrogate. */
export function classOfUnit(code: number): number {
  const known = bmpClasses[code]!;
  if (known !== 0) return known;
  const computed = classify(String.fromCharCode(code));
  bmpClasses[code] = computed;
  return computed;
}

/** Class of a code point above U+FFFF. */
export function classOfAstral(codePoint: number): number {
  let known = astralClasses.get(codePoint);
  if (known === undefined) {
    known = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, known);
  }
  return known;
}

/** The ASCII part of the table, for the scanner's inlined fast path. */
export const ASCII_CLASSES = bmpClasses.slice(0, 0x80);

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Separators that writers type in several ways: apostrophes (' ’ ‘) and hyphens (- U+2010 U+2011). A form written
 * with one matches text written with another, so "NATO’s" in a glossary matches "NATO's" in a draft.
 */
export function canonicalUnit(code: number): number {
  if (code === 0x2019 || code === 0x2018) return 0x27;
  if (code === 0x2010 || code === 0x2011) return 0x2d;
  return code;
}

export function canonicalSeparator(char: string): string {
  return char.length === 1 ? String.fromCharCode(canonicalUnit(char.charCodeAt(0))) : char;
}

/** Whether an ASCII code unit is a word character (the scanner's fast path). */
export const ASCII_WORD = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) ASCII_WORD[code] = bmpClasses[code] === WORD ? 1 : 0;
