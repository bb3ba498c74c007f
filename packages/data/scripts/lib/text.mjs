// Small text helpers shared by the build and the lint rules.

/** A letter or digit in any script: what a "whole word" must not touch on either side. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Offsets of every occurrence of `needle` in `text` that is a whole word (case-sensitive). */
export function wholeWordOffsets(text, needle) {
  const offsets = [];
  if (needle.length === 0) return offsets;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + needle.length] ?? '';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) offsets.push(at);
  }
  return offsets;
}

/** Offsets of every occurrence of `needle` in `text` (overlapping occurrences included). */
export function allOffsets(text, needle) {
  const offsets = [];
  if (needle.length === 0) return offsets;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) offsets.push(at);
  return offsets;
}

/** The marker of an elision inside a trimmed extract: the pieces around it are each verbatim. */
export const ELISION = ' … ';

/**
 * True when every piece of `extract` (split at ELISION) occurs in `text`, in order and without overlap. A plain
 * extract (no elision) is simply a verbatim span.
 */
export function piecesOccurInOrder(text, extract) {
  let from = 0;
  for (const piece of extract.split(ELISION)) {
    if (piece.length === 0) return false;
    const at = text.indexOf(piece, from);
    if (at === -1) return false;
    from = at + piece.length;
  }
  return true;
}

/** Deep copy of a JSON value with the keys of every object sorted (code-unit order), for byte-stable output. */
export function sortKeysDeep(value) {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
      if (value[key] !== undefined) sorted[key] = sortKeysDeep(value[key]);
    }
    return sorted;
  }
  return value;
}

/** The canonical JSON text of a document: sorted keys, two-space indent, trailing newline. */
export function canonicalJson(value) {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}
