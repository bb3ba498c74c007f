import { BREAK, OTHER, SPACE, WORD, canonicalSeparator, classOfAstral, classOfUnit, isHighSurrogate, isLowSurrogate } from './chars.js';

/** Class of the code point at `index` in bits 0–2, its width in code units (1 or 2) in bits 3–4. */
export function classAndWidthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (isHighSurrogate(code) && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (isLowSurrogate(low)) return classOfAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) | 16;
  }
  return (code >= 0xd800 && code <= 0xdfff ? OTHER : classOfUnit(code)) | 8;
}

/**
 * The canonical tokens of an entry form (or of a lookup query): maximal word runs as written, every run of
 * whitespace (line breaks included) as one " ", any other character as its canonical separator. Leading and trailing
 * whitespace is dropped, so the result is empty for a blank form.
 */
export function formTokens(form: string): string[] {
  const tokens: string[] = [];
  let index = 0;
  let pendingSpace = false;
  while (index < form.length) {
    const info = classAndWidthAt(form, index);
    const cls = info & 7;
    const width = info >> 3;
    if (cls === SPACE || cls === BREAK) {
      pendingSpace = tokens.length > 0;
      index += width;
      continue;
    }
    if (pendingSpace) {
      tokens.push(' ');
      pendingSpace = false;
    }
    if (cls === WORD) {
      let end = index + width;
      while (end < form.length) {
        const next = classAndWidthAt(form, end);
        if ((next & 7) !== WORD) break;
        end += next >> 3;
      }
      tokens.push(form.slice(index, end));
      index = end;
    } else {
      tokens.push(canonicalSeparator(form.slice(index, index + width)));
      index += width;
    }
  }
  return tokens;
}

/**
 * The number of canonical tokens of a form (as formTokens counts them), counting no further than `limit + 1`: a
 * 1 MB form costs no more than a form just over the limit.
 */
export function formTokenCount(form: string, limit: number): number {
  let count = 0;
  let index = 0;
  let pendingSpace = false;
  let inWord = false;
  while (index < form.length && count <= limit) {
    const info = classAndWidthAt(form, index);
    const cls = info & 7;
    index += info >> 3;
    if (cls === SPACE || cls === BREAK) {
      pendingSpace = count > 0;
      inWord = false;
      continue;
    }
    if (pendingSpace) {
      count++;
      pendingSpace = false;
    }
    if (cls === WORD) {
      if (!inWord) count++;
      inWord = true;
    } else {
      count++;
      inWord = false;
    }
  }
  return Math.min(count, limit + 1);
}
