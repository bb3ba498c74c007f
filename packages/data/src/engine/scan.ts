// The scanner: one left-to-right pass over the text, reading it as tokens (word runs, whitespace runs, single
// punctuation characters). At each token that can start a form it follows the trie as far as the text allows and
// keeps the deepest node with an entry, so the leftmost match wins and, among matches starting there, the longest;
// scanning resumes after it (sorted, non-overlapping results).
//
// Cost: every character is classified once (a table lookup for ASCII) and folded into the running token hash. A word
// costs one probe of the root bit filters (a few dozen KB even at 100k entries, so they stay in the CPU cache). A word
// that starts forms only through " " (the first word of multi-word terms) then costs one probe of the pair filter
// with the next word, and only pairs that pass are looked up in the root table (by hash and length; the text is
// compared in place only when there is a match to report; see trie.ts). The table probes are the cost that grows
// with the lexicon (they miss the CPU cache), so the filters keep them to the words that really start a form.
// Nothing is allocated except the matches themselves.
//
// Inside a walk, whitespace that holds one soft line break (see soft-break.ts) reads as one " " token, so a form
// matches across a wrapped line; a line break before a blank line ends every walk. The main loop never needs to
// look at breaks: no form starts with whitespace.
import type { Match } from '../api.js';
import { ASCII_CLASSES, ASCII_WORD, BREAK, OTHER, SPACE, WORD, canonicalUnit, classOfAstral, classOfUnit } from '../text/chars.js';
import { isLineBreak, softBreakEnd } from './soft-break.js';
import { LENGTH_MASK, NO_CHILDREN, ONLY_SPACE, ROOT_ANY, ROOT_SPACE_ONLY, SPACE_ONLY, ROOT_STRIDE, TWINS, canonicalText, childOf, mayFollow, rootMix, sameToken, twinKey, type MatchIndex } from './trie.js';

// The token readToken last read (module-level scratch, so reading a token allocates nothing).
let tokenClass = 0;
let tokenEnd = 0;
let tokenHash = 0;
// The first word a trie walk read after the word it started from. When the walk fails, the main loop reads that
// word next; remembering it saves reading it twice (most walks fail on exactly that word).
let rememberedStart = -1;
let rememberedEnd = 0;
let rememberedHash = 0;

/** Class of the code point at `index` in bits 0–2, its width in code units (1 or 2) in bits 3–4. */
function classAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_CLASSES[code]! | 8;
  if (code < 0xd800 || code > 0xdfff) return classOfUnit(code) | 8;
  if (code <= 0xdbff && index + 1 < end) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOfAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) | 16;
  }
  return OTHER | 8;
}

/** Reads the token starting at `start` into tokenClass / tokenEnd / tokenHash. */
function readToken(text: string, start: number, end: number): void {
  const info = classAt(text, start, end);
  const cls = info & 7;
  tokenClass = cls;
  if (cls === WORD) {
    let hash = 0;
    let position = start;
    while (position < end) {
      const unit = text.charCodeAt(position);
      if (unit < 0x80) {
        if (ASCII_WORD[unit] === 0) break;
        hash = (Math.imul(hash, 31) + unit) | 0;
        position++;
        continue;
      }
      const next = classAt(text, position, end);
      if ((next & 7) !== WORD) break;
      hash = (Math.imul(hash, 31) + unit) | 0;
      if (next >> 3 === 2) hash = (Math.imul(hash, 31) + text.charCodeAt(position + 1)) | 0;
      position += next >> 3;
    }
    tokenEnd = position;
    tokenHash = hash;
  } else if (cls === SPACE) {
    let position = start + 1;
    while (position < end && (classAt(text, position, end) & 7) === SPACE) position++;
    tokenEnd = position;
    tokenHash = 0x20; // the canonical " "
  } else if (cls === OTHER) {
    const width = info >> 3;
    const first = canonicalUnit(text.charCodeAt(start));
    tokenEnd = start + width;
    tokenHash = width === 1 ? first : (Math.imul(first, 31) + text.charCodeAt(start + 1)) | 0;
  } else {
    tokenEnd = start + 1;
    tokenHash = 0;
  }
}

/** Whether the character at `index` is whitespace or a line break (either would extend a " " token). */
function isBlankAt(text: string, index: number, end: number): boolean {
  const code = text.charCodeAt(index);
  const cls = code < 0x80 ? ASCII_CLASSES[code]! : classAt(text, index, end) & 7;
  return cls === SPACE || cls === BREAK;
}

/**
 * Turns the whitespace or line break token just read at `start` into one " " token that runs through a soft line
 * break and the next line's prefix, if it reaches one. Returns false when the token is a line break that ends the
 * paragraph (the walk stops there); a run of spaces before such a break stays a plain " " token.
 */
function readBlank(text: string, start: number, end: number): boolean {
  const breakAt = tokenClass === BREAK ? start : tokenEnd < end && isLineBreak(text.charCodeAt(tokenEnd)) ? tokenEnd : -1;
  if (breakAt === -1) return true;
  const after = softBreakEnd(text, breakAt, end);
  if (after === -1) return tokenClass === SPACE;
  tokenClass = SPACE;
  tokenEnd = after;
  tokenHash = 0x20;
  return true;
}


/** Follows the trie from `node` (whose token is [start, firstEnd)) and records the longest match, if any. */
function longestFrom(index: MatchIndex, node: number, text: string, start: number, firstEnd: number, end: number, out: Match[], verified: boolean): number {
  const { entryItem, fanout, spaceChild } = index;
  let best = entryItem[node] !== 0 ? node : 0;
  let bestEnd = firstEnd;
  let current = node;
  let position = firstEnd;
  while (fanout[current] !== NO_CHILDREN && position < end) {
    // A node that only goes on through " " stops at anything that is not blank (most walks end on punctuation).
    if (fanout[current] === ONLY_SPACE && !isBlankAt(text, position, end)) break;
    // Shortcut: one ASCII space followed by something that is neither whitespace nor a line break.
    const space = spaceChild[current]!;
    if (space !== 0 && text.charCodeAt(position) === 0x20 && position + 1 < end && !isBlankAt(text, position + 1, end)) {
      current = space;
      position++;
      continue;
    }
    readToken(text, position, end);
    if ((tokenClass === SPACE || tokenClass === BREAK) && !readBlank(text, position, end)) break; // the paragraph ends
    if (tokenClass === WORD && rememberedStart < firstEnd) {
      rememberedStart = position;
      rememberedEnd = tokenEnd;
      rememberedHash = tokenHash;
    }
    const child = childOf(index, current, tokenHash, tokenClass, text, position, tokenEnd);
    if (child === 0) break;
    current = child;
    position = tokenEnd;
    if (entryItem[child] !== 0) {
      best = child;
      bestEnd = position;
    }
  }
  if (best === 0) return -1;
  // The first token was matched by hash and length only (most walks fail, so comparing it first would be wasted).
  if (!verified && !sameToken(index, node, WORD, text, start, firstEnd)) return -1;
  const item = entryItem[best]!;
  out.push({ start, end: bestEnd, text: text.slice(start, bestEnd), id: index.itemIds[item]!, term: index.itemTerms[item]!, kind: index.itemKinds[item]! });
  return bestEnd;
}

/**
 * The common case of a failing walk, decided without starting one: the word hashed `rootHash` that ends at `wordEnd`
 * starts forms only as a SPACE_ONLY root (no entry, only a " " child), and the text has punctuation next, or the
 * paragraph ends, or an ASCII word follows after one space or a soft line break and the pair filter says that no form
 * goes on with it. The word read here is remembered for the main loop.
 */
function cannotContinue(index: MatchIndex, rootHash: number, text: string, wordEnd: number, end: number): boolean {
  if (wordEnd >= end) return true;
  const next = text.charCodeAt(wordEnd);
  let wordStart: number;
  if (next === 0x20) wordStart = wordEnd + 1;
  else if (next === 0x0a || next === 0x0d) {
    wordStart = softBreakEnd(text, wordEnd, end);
    if (wordStart === -1) return true; // the paragraph ends here
  } else return next < 0x80 && ASCII_CLASSES[next] === OTHER; // only " " could follow
  let position = wordStart;
  let hash = 0;
  while (position < end) {
    const unit = text.charCodeAt(position);
    if (unit >= 0x80) return false; // let the walk read non-ASCII words
    if (ASCII_WORD[unit] === 0) break;
    hash = (Math.imul(hash, 31) + unit) | 0;
    position++;
  }
  if (position === wordStart || mayFollow(index, rootHash, hash)) return false;
  rememberedStart = wordStart;
  rememberedEnd = position;
  rememberedHash = hash;
  return true;
}

/**
 * The match starting with the root token just read at text[start, end) (hash `hash`, root table slot `slot`), if any.
 * `pairChecked`: cannotContinue already answered false for this word (it would again: it depends on the hash only).
 */
function matchFromRoot(index: MatchIndex, slot: number, hash: number, cls: number, text: string, start: number, end: number, limit: number, out: Match[], pairChecked: boolean): number {
  const { rootTable, rootMask } = index;
  const length = end - start;
  for (; ; slot = (slot + 1) & rootMask) {
    const base = slot * ROOT_STRIDE;
    const node = rootTable[base + 1]!;
    if (node === 0) return -1;
    if (rootTable[base] !== hash) continue;
    if (node === TWINS) {
      // A long collision chain: one map look-up by the token itself.
      const twin = index.twins.get(twinKey(0, hash))?.get(canonicalText(cls, text, start, end));
      return twin === undefined ? -1 : longestFrom(index, twin, text, start, end, limit, out, true);
    }
    const lengthField = rootTable[base + 2]!;
    if ((lengthField & LENGTH_MASK) !== length) continue;
    if (cls === WORD) {
      // Candidates by hash and length; longestFrom compares the text only when it has a match to report.
      if (!pairChecked && (lengthField & SPACE_ONLY) !== 0 && cannotContinue(index, hash, text, end, limit)) continue;
      const matchEnd = longestFrom(index, node, text, start, end, limit, out, false);
      if (matchEnd !== -1) return matchEnd;
    } else if (sameToken(index, node, cls, text, start, end)) {
      return longestFrom(index, node, text, start, end, limit, out, true);
    }
  }
}

/**
 * Appends the matches that start in text[from, to) to `out`, reading no further than `limit` (a match may run past
 * `to` through soft line breaks, never past `limit`). `from` must be a place where a scan of the whole text could be:
 * the text's start, a line start no match crosses, or the end of a match.
 */
export function scanInto(index: MatchIndex, text: string, from: number, to: number, out: Match[], limit: number = to): void {
  const { rootMask, rootBits, rootBitsMask, seed, hasPunctuationRoots } = index;
  let position = from;
  rememberedStart = -1;
  while (position < to) {
    const code = text.charCodeAt(position);
    // Fast path: ASCII spaces and punctuation that cannot start a form.
    if (code < 0x80 && ASCII_WORD[code] === 0 && (!hasPunctuationRoots || ASCII_CLASSES[code] !== OTHER)) {
      position++;
      continue;
    }
    if (position === rememberedStart) {
      tokenClass = WORD;
      tokenEnd = rememberedEnd;
      tokenHash = rememberedHash;
    } else {
      readToken(text, position, limit);
    }
    const end = tokenEnd;
    const cls = tokenClass;
    let matchEnd = -1;
    if (cls === WORD || (cls === OTHER && hasPunctuationRoots)) {
      const hash = tokenHash; // (a walk overwrites the scratch token)
      const mixed = rootMix(hash, seed);
      const slot = mixed & rootBitsMask;
      const kinds = rootBits[slot >>> 4]! >>> ((slot & 15) << 1);
      // A word that only starts forms through " " is looked up only if the pair filter lets the next word through.
      if ((kinds & ROOT_ANY) !== 0) matchEnd = matchFromRoot(index, mixed & rootMask, hash, cls, text, position, end, limit, out, false);
      else if ((kinds & ROOT_SPACE_ONLY) !== 0 && (cls !== WORD || !cannotContinue(index, hash, text, end, limit))) {
        matchEnd = matchFromRoot(index, mixed & rootMask, hash, cls, text, position, end, limit, out, cls === WORD);
      }
    }
    position = matchEnd === -1 ? end : matchEnd;
  }
}

/** Start of the line containing `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line containing `offset` (the index of its '\n', or the text's length). */
export function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}
