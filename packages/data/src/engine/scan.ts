// The scanner: one left-to-right pass over the text, reading it as tokens (word runs, whitespace runs, single
// punctuation characters) without allocating for tokens that cannot start a form. At each token it follows the trie
// as far as the text allows and keeps the deepest node with an entry, so the leftmost match wins and, among matches
// starting there, the longest; scanning resumes after it (sorted, non-overlapping results).
//
// Cost: every character is classified once (a table lookup for ASCII) and hashed into the running word hash; a word
// costs one probe of a byte filter, and only words that start some form are sliced and looked up. No match contains a
// line break, which is what lets `rescan` redo single lines.
import type { Match } from '../api.js';
import { ASCII_CLASSES, OTHER, SPACE, WORD, canonicalSeparator, classOfAstral, classOfUnit } from '../text/chars.js';
import { filterSlot, type MatchIndex, type TrieNode } from './trie.js';

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

function runEnd(text: string, index: number, end: number, cls: number): number {
  let position = index;
  while (position < end) {
    const info = classAt(text, position, end);
    if ((info & 7) !== cls) break;
    position += info >> 3;
  }
  return position;
}

/** Follows the trie from `node` (the token [start, tokenEnd) matched) and records the longest match, if any. */
function longestFrom(node: TrieNode, text: string, start: number, tokenEnd: number, end: number, out: Match[]): number {
  let best = node.entry !== undefined ? node : undefined;
  let bestEnd = tokenEnd;
  let current = node;
  let position = tokenEnd;
  while (current.next !== undefined && position < end) {
    const info = classAt(text, position, end);
    const cls = info & 7;
    let stop: number;
    let key: string;
    if (cls === WORD) {
      stop = runEnd(text, position, end, WORD);
      key = text.slice(position, stop);
    } else if (cls === SPACE) {
      stop = runEnd(text, position, end, SPACE);
      key = ' ';
    } else if (cls === OTHER) {
      stop = position + (info >> 3);
      key = canonicalSeparator(text.slice(position, stop));
    } else {
      break; // a line break ends every match
    }
    const child = current.next.get(key);
    if (child === undefined) break;
    current = child;
    position = stop;
    if (child.entry !== undefined) {
      best = child;
      bestEnd = stop;
    }
  }
  if (best === undefined) return -1;
  out.push({ start, end: bestEnd, text: text.slice(start, bestEnd), id: best.entry!.id, kind: best.kind! });
  return bestEnd;
}

/** Appends the matches in text[from, to) to `out`; `from` and `to` must be line boundaries (or the text's ends). */
export function scanInto(index: MatchIndex, text: string, from: number, to: number, out: Match[]): void {
  const { root, rootFilter, rootFilterMask, hasPunctuationRoots } = index;
  let position = from;
  while (position < to) {
    const code = text.charCodeAt(position);
    let info = code < 0x80 ? ASCII_CLASSES[code]! | 8 : classAt(text, position, to);
    if ((info & 7) === WORD) {
      // Read the whole word, hashing it as we go.
      let hash = 0;
      let wordEnd = position;
      while (wordEnd < to) {
        const unit = text.charCodeAt(wordEnd);
        if (unit < 0x80) {
          if (ASCII_CLASSES[unit] !== WORD) break;
          hash = (Math.imul(hash, 31) + unit) | 0;
          wordEnd++;
          continue;
        }
        info = classAt(text, wordEnd, to);
        if ((info & 7) !== WORD) break;
        hash = (Math.imul(hash, 31) + unit) | 0;
        if (info >> 3 === 2) hash = (Math.imul(hash, 31) + text.charCodeAt(wordEnd + 1)) | 0;
        wordEnd += info >> 3;
      }
      if (rootFilter[filterSlot(hash, rootFilterMask)] === 1) {
        const node = root.get(text.slice(position, wordEnd));
        if (node !== undefined) {
          const matchEnd = longestFrom(node, text, position, wordEnd, to, out);
          if (matchEnd !== -1) {
            position = matchEnd;
            continue;
          }
        }
      }
      position = wordEnd;
      continue;
    }
    const width = info >> 3;
    if (hasPunctuationRoots && (info & 7) === OTHER) {
      const node = root.get(canonicalSeparator(text.slice(position, position + width)));
      if (node !== undefined) {
        const matchEnd = longestFrom(node, text, position, position + width, to, out);
        if (matchEnd !== -1) {
          position = matchEnd;
          continue;
        }
      }
    }
    position += width;
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
