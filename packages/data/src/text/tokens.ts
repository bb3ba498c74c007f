import { BREAK, OTHER, SPACE, WORD, canonicalSeparator, classOfAstral, classOfUnit, isHighSurrogate, isLowSurrogate } from './chars.js';

/** Class and width (1 or 2 code units) of the code point at `index`. */
export function codePointClassAt(text: string, index: number): { cls: number; width: number } {
  const code = text.charCodeAt(index);
  if (isHighSurrogate(code) && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (isLowSurrogate(low)) {
      return { cls: classOfAstral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000), width: 2 };
    }
  }
  return { cls: code >= 0xd800 && code <= 0xdfff ? OTHER : classOfUnit(code), width: 1 };
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
    const { cls, width } = codePointClassAt(form, index);
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
        const next = codePointClassAt(form, end);
        if (next.cls !== WORD) break;
        end += next.width;
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
