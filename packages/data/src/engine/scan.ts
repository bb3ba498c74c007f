// The scanner: one left-to-right pass over the text, reading it as tokens (word runs, whitespace runs, single
// punctuation characters). At each token that can start a form it follows the trie as far as the text allows and
// keeps the deepest node with an entry, so the leftmost match wins and, among matches starting there, the longest;
// scanning resumes after it (sorted, non-overlapping results).
//
// Cost: every character is classified once (a table lookup for ASCII) and folded into the running token hash. A word
// costs one probe of a bit filter; only words that pass it are looked up in the root table (by hash and length; the
// text is compared in place only when there is a match to report), and a walk to the next word is cut short by the
// edge filter. Nothing is allocated except the matches themselves.
//
// Inside a walk, whitespace that holds one soft line break (see soft-break.ts) reads as one " " token, so a form
// matches across a wrapped line; a line break before a blank line ends every walk. The main loop never needs to
// look at breaks: no form starts with whitespace.
import type { Match } from '../api.js';
import { ASCII_CLASSES, ASCII_WORD, BREAK, OTHER, SPACE, WORD, canonicalSeparator, canonicalUnit, classOfAstral, classOfUnit } from '../text/chars.js';
import { isLineBreak, softBreakEnd } from './soft-break.js';
import { KEY_MASK, edgeSlot, filterSlot, type MatchIndex, type TrieNode } from './trie.js';

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

/** Whether the token just read at `start` is `node.token`. */
function isToken(node: TrieNode, text: string, start: number): boolean {
  if (node.hash !== tokenHash) return false;
  const token = node.token;
  const length = tokenEnd - start;
  if (tokenClass === SPACE) return token === ' ';
  if (token.length !== length) return false;
  if (tokenClass === OTHER) {
    return token.charCodeAt(0) === canonicalUnit(text.charCodeAt(start)) && (length === 1 || token.charCodeAt(1) === text.charCodeAt(start + 1));
  }
  for (let index = 0; index < length; index++) if (token.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
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

/** Whether `token` is written at `start` in `text`, for word tokens (which are compared as written). */
function sameText(token: string, text: string, start: number): boolean {
  for (let index = 0; index < token.length; index++) if (token.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}

/** The canonical token just read at `start`, as a string (only for long collision chains: it allocates). */
function tokenText(text: string, start: number): string {
  if (tokenClass === SPACE) return ' ';
  const written = text.slice(start, tokenEnd);
  return tokenClass === OTHER ? canonicalSeparator(written) : written;
}

/** The node for the token just read at `start` in the collision chain that starts with `head`. */
function inChain(head: TrieNode | undefined, text: string, start: number): TrieNode | undefined {
  if (head?.twins !== undefined) return head.twins.get(tokenText(text, start));
  let node = head;
  while (node !== undefined && !isToken(node, text, start)) node = node.sibling;
  return node;
}

/** The child of `parent` for the token just read at `start`. */
function childFor(parent: TrieNode, text: string, start: number): TrieNode | undefined {
  const only = parent.only;
  if (only !== undefined) return isToken(only, text, start) ? only : undefined;
  return inChain(parent.next!.get(tokenHash & KEY_MASK), text, start);
}

/** The root node of the rootTable slot chain whose key is `key` (the first of its collision chain), if any. */
function rootHead(rootTable: readonly (TrieNode | undefined)[], slot: number, key: number): TrieNode | undefined {
  let head = rootTable[slot];
  while (head !== undefined && (head.hash & KEY_MASK) !== key) head = head.slotNext;
  return head;
}

/** Follows the trie from `node` (whose token is [start, firstEnd)) and records the longest match, if any. */
function longestFrom(index: MatchIndex, node: TrieNode, text: string, start: number, firstEnd: number, end: number, out: Match[], verified: boolean): number {
  let best = node.entry !== undefined ? node : undefined;
  let bestEnd = firstEnd;
  let current = node;
  let position = firstEnd;
  while ((current.only !== undefined || current.next !== undefined) && position < end) {
    // Shortcut: one ASCII space followed by something that is neither whitespace nor a line break.
    if (current.space !== undefined && text.charCodeAt(position) === 0x20 && position + 1 < end && !isBlankAt(text, position + 1, end)) {
      current = current.space;
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
    const edge = edgeSlot(current.id, tokenHash, index.edgeMask);
    if ((index.edgeFilter[edge >>> 5]! & (1 << (edge & 31))) === 0) break;
    const child = childFor(current, text, position);
    if (child === undefined) break;
    current = child;
    position = tokenEnd;
    if (child.entry !== undefined) {
      best = child;
      bestEnd = position;
    }
  }
  if (best === undefined) return -1;
  // The first token was matched by hash and length only (most walks fail, so comparing it first would be wasted).
  if (!verified && !sameText(node.token, text, start)) return -1;
  out.push({ start, end: bestEnd, text: text.slice(start, bestEnd), id: best.entry!.id, term: best.entry!.term, kind: best.kind! });
  return bestEnd;
}

/**
 * The common case of a failing walk, decided without starting one: `node` (matched by the word ending at
 * `wordEnd`) has no entry and can only go on through " ", the text has a single space and an ASCII word next, and
 * the edge filter says that word does not follow. The word read here is remembered for the main loop.
 */
function cannotContinue(index: MatchIndex, node: TrieNode, text: string, wordEnd: number, end: number): boolean {
  const space = node.space;
  if (node.entry !== undefined || space === undefined || node.only !== space || text.charCodeAt(wordEnd) !== 0x20) return false;
  const wordStart = wordEnd + 1;
  let position = wordStart;
  let hash = 0;
  while (position < end) {
    const unit = text.charCodeAt(position);
    if (unit >= 0x80) return false; // let the walk read non-ASCII words
    if (ASCII_WORD[unit] === 0) break;
    hash = (Math.imul(hash, 31) + unit) | 0;
    position++;
  }
  if (position === wordStart) return false;
  const edge = edgeSlot(space.id, hash, index.edgeMask);
  if ((index.edgeFilter[edge >>> 5]! & (1 << (edge & 31))) !== 0) return false;
  rememberedStart = wordStart;
  rememberedEnd = position;
  rememberedHash = hash;
  return true;
}

/**
 * Appends the matches that start in text[from, to) to `out`, reading no further than `limit` (a match may run past
 * `to` through soft line breaks, never past `limit`). `from` must be a place where a scan of the whole text could be:
 * the text's start, a line start no match crosses, or the end of a match.
 */
export function scanInto(index: MatchIndex, text: string, from: number, to: number, out: Match[], limit: number = to): void {
  const { rootTable, rootMask, rootBits, hasPunctuationRoots } = index;
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
    const hash = tokenHash; // (a walk overwrites the scratch token)
    let matchEnd = -1;
    const key = hash & KEY_MASK;
    const slot = filterSlot(key, rootMask);
    if ((rootBits[slot >>> 5]! & (1 << (slot & 31))) === 0) {
      // No form starts with this token.
    } else if (tokenClass === WORD) {
      const head = rootHead(rootTable, slot, key);
      if (head?.twins !== undefined) {
        // A long collision chain: one map look-up by the word itself.
        const node = head.twins.get(text.slice(position, end));
        if (node !== undefined && !cannotContinue(index, node, text, end, limit)) matchEnd = longestFrom(index, node, text, position, end, limit, out, true);
      } else {
        // Candidates by hash and length; longestFrom compares the text only when it has a match to report.
        for (let node = head; node !== undefined && matchEnd === -1; node = node.sibling) {
          if (node.hash === hash && node.token.length === end - position && !cannotContinue(index, node, text, end, limit)) {
            matchEnd = longestFrom(index, node, text, position, end, limit, out, false);
          }
        }
      }
    } else if (tokenClass === OTHER && hasPunctuationRoots) {
      const node = inChain(rootHead(rootTable, slot, key), text, position);
      if (node !== undefined) matchEnd = longestFrom(index, node, text, position, end, limit, out, true);
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
