// Soft line breaks: a writer who wraps a paragraph at 80 columns has not ended the sentence. Inside a paragraph, a
// line break followed by the next line's indentation and blockquote markers (">") is whitespace for matching, so
// "the Status of⏎Forces Agreement" and "> NATO-Ukraine⏎> Commission" match like their unwrapped text. A line that is
// blank (nothing but spaces and ">") ends the paragraph: no match ever crosses it.
import { ASCII_CLASSES, BREAK, SPACE, classOfUnit } from '../text/chars.js';

const GREATER_THAN = 0x3e;

/** Whether the code unit is horizontal whitespace (surrogates never are). */
function isHorizontalSpace(code: number): boolean {
  if (code < 0x80) return ASCII_CLASSES[code] === SPACE;
  return !(code >= 0xd800 && code <= 0xdfff) && classOfUnit(code) === SPACE;
}

/** Whether the code unit is a line terminator (\n, \r, U+2028, U+2029). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * For the line break at `index` (a CRLF counts as one): the offset just past the next line's indentation and
 * blockquote markers when that line has content before `end`, i.e. the break is soft; -1 when the next line is
 * blank or missing (the break ends the paragraph). Reads only up to the next line's first character of content.
 */
export function softBreakEnd(text: string, index: number, end: number): number {
  let position = index + (text.charCodeAt(index) === 0x0d && text.charCodeAt(index + 1) === 0x0a ? 2 : 1);
  while (position < end) {
    const code = text.charCodeAt(position);
    if (code === GREATER_THAN || isHorizontalSpace(code)) position++;
    else return isLineBreak(code) ? -1 : position;
  }
  return -1;
}

/** Whether the class of a token is one that can hold a soft break (whitespace or a line break). */
export function isBlankClass(cls: number): boolean {
  return cls === SPACE || cls === BREAK;
}
