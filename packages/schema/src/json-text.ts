// Positions in JSON text: syntax errors with their offsets, and the offsets of the values (or property keys) that
// JSON pointers name. Pure functions over strings; no Node APIs (this runs in browsers and web workers too).
import { createScanner, parseTree, type ParseError, type ParseErrorCode as JsoncParseErrorCode, type SyntaxKind as JsoncSyntaxKind } from 'jsonc-parser';

// jsonc-parser declares these as `const enum`s, which isolated-module builds cannot read; json-text.test.ts checks
// these copies against the values jsonc-parser exports at runtime.
export const ParseErrorCode = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const satisfies Record<string, JsoncParseErrorCode>;

export const SyntaxKind = {
  OpenBraceToken: 1,
  CloseBraceToken: 2,
  OpenBracketToken: 3,
  CloseBracketToken: 4,
  CommaToken: 5,
  ColonToken: 6,
  NullKeyword: 7,
  TrueKeyword: 8,
  FalseKeyword: 9,
  StringLiteral: 10,
  NumericLiteral: 11,
  Unknown: 16,
  EOF: 17,
} as const satisfies Record<string, JsoncSyntaxKind>;

/** A 0-based UTF-16 offset range in the text. */
export interface Span {
  offset: number;
  length: number;
}

export interface SyntaxIssue extends Span {
  message: string;
}

export interface Located {
  /** The value itself: its first character (for objects and arrays the opening bracket). */
  value?: Span;
  /** The property key in its parent object, when the value is an object member. */
  key?: Span;
}

export interface DuplicateKey extends Span {
  /** JSON pointer of the duplicated member. */
  pointer: string;
  key: string;
}

const BYTE_ORDER_MARK = '\uFEFF';

/** A leading byte-order mark is not JSON but editors write one; it is skipped, so columns match what editors show. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** 1-based line and column (in UTF-16 code units) of offsets; line breaks are \n, \r\n and \r as in JSON. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1 };
  }
}

/**
 * The first syntax error of a text that JSON.parse rejected, with a readable message. Only the first is reported:
 * the ones after it are usually echoes of it. The second argument (JSON.parse's exception) is accepted for older
 * callers and not used: its message quotes the text around the error.
 */
export function findSyntaxError(text: string, _parseFailure?: unknown): SyntaxIssue {
  if (text.trim() === '') return { offset: text.length, length: 0, message: 'the document is empty (expected a JSON object)' };
  const errors: ParseError[] = [];
  let tooDeep = false;
  try {
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    tooDeep = true; // jsonc-parser recurses per nesting level; pathological nesting overflows the stack
  }
  const first = errors[0];
  if (first) return describeParseError(text, first);
  // JSON.parse's own message quotes the text around the error (a secret file read as a glossary would be echoed):
  // only its verdict is kept, and the place comes from the token scanner, which does not recurse.
  return { offset: firstBadToken(text), length: 0, message: tooDeep ? 'invalid JSON (nested too deeply to say more)' : 'invalid JSON' };
}

/** Offset of the first token the scanner cannot read as JSON, or the end of the text when all tokens are valid. */
function firstBadToken(text: string): number {
  const scanner = createScanner(text, true);
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.Unknown || scanner.getTokenError() !== 0) return scanner.getTokenOffset();
  }
  return text.length;
}

/** Longest excerpt of the text a syntax error quotes. */
const TOKEN_EXCERPT = 24;

function describeParseError(text: string, error: ParseError): SyntaxIssue {
  // Only a short excerpt of the offending token: the "JSON" may be any file (a secret one, even) read by mistake.
  const excerpt = (from: number, length: number) => quote(text.slice(from, from + Math.min(length, TOKEN_EXCERPT + 1)), TOKEN_EXCERPT);
  const atEnd = error.offset >= text.length;
  // jsonc-parser may count an unterminated comment past the end of the text.
  const span = { offset: Math.min(error.offset, text.length), length: Math.max(0, Math.min(error.length, text.length - error.offset)) };
  switch (error.error) {
    case ParseErrorCode.PropertyNameExpected:
    case ParseErrorCode.ValueExpected: {
      const comma = trailingCommaBefore(text, error.offset);
      if (comma !== undefined) return { offset: comma, length: 1, message: 'trailing comma is not allowed in JSON' };
      if (atEnd) return { ...span, message: 'unexpected end of the document (expected a value)' };
      return error.error === ParseErrorCode.PropertyNameExpected
        ? { ...span, message: `expected a property name in double quotes, found ${excerpt(error.offset, Math.max(error.length, 1))}` }
        : { ...span, message: `expected a value, found ${excerpt(error.offset, Math.max(error.length, 1))}` };
    }
    case ParseErrorCode.InvalidSymbol:
      return text[error.offset] === "'"
        ? { ...span, message: 'strings and property names must be in double quotes' }
        : {
            ...span,
            message: `unexpected ${excerpt(error.offset, error.length)} (JSON values are strings in double quotes, numbers, objects, arrays, true, false and null)`,
          };
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return { ...span, message: `invalid number ${excerpt(error.offset, error.length)}` };
    case ParseErrorCode.ColonExpected:
      return { ...span, message: "expected ':' after the property name" };
    case ParseErrorCode.CommaExpected:
      return { ...span, message: "expected ',' or a closing bracket (is a comma missing?)" };
    case ParseErrorCode.CloseBraceExpected:
      return { ...span, message: "expected '}' (an object is not closed)" };
    case ParseErrorCode.CloseBracketExpected:
      return { ...span, message: "expected ']' (an array is not closed)" };
    case ParseErrorCode.EndOfFileExpected:
      return { ...span, message: 'unexpected content after the end of the JSON value' };
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return { ...span, message: 'comments are not allowed in JSON' };
    case ParseErrorCode.UnexpectedEndOfString:
      return { ...span, message: 'unterminated string (a line break inside a string must be written \\n)' };
    case ParseErrorCode.InvalidUnicode:
      return { ...span, message: 'invalid unicode escape (expected \\u and 4 hex digits)' };
    case ParseErrorCode.InvalidEscapeCharacter:
      return { ...span, message: 'invalid escape in string (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)' };
    case ParseErrorCode.InvalidCharacter:
      return { ...span, message: 'control character in string (write it escaped, e.g. \\n or \\t)' };
    default:
      return { ...span, message: 'invalid JSON' };
  }
}

/** Offset of a comma directly (whitespace aside) before a closing bracket at `offset`, if that is the error. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  const closing = text[offset];
  if (closing !== '}' && closing !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : undefined;
}

interface Frame {
  isArray: boolean;
  /** Its JSON pointer, or null when no wanted pointer lies inside it (then nothing inside is tracked). */
  pointer: string | null;
  index: number;
  key: string;
  expectKey: boolean;
  /** Keys seen so far; a Set only once an object is large enough for linear search to cost more. */
  keys: string[] | Set<string>;
}

const SMALL_OBJECT = 16;

/** Whether `key` was seen in this object before; records it. */
function seenBefore(frame: Frame, key: string): boolean {
  if (frame.keys instanceof Set) {
    if (frame.keys.has(key)) return true;
    frame.keys.add(key);
    return false;
  }
  if (frame.keys.includes(key)) return true;
  frame.keys.push(key);
  if (frame.keys.length > SMALL_OBJECT) frame.keys = new Set(frame.keys);
  return false;
}

/** The pointers of `pointers` and of all their ancestors: the containers worth tracking. */
function withAncestors(pointers: ReadonlySet<string>): Set<string> {
  const result = new Set<string>();
  for (const pointer of pointers) {
    for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      const ancestor = pointer.slice(0, end);
      if (result.has(ancestor)) break; // and so are its own ancestors
      result.add(ancestor);
    }
    result.add('');
  }
  return result;
}

/**
 * One pass over a text that JSON.parse accepted: the positions of the values named by `pointers`, and every
 * duplicated property key (JSON.parse silently keeps the last one, which would lose data). Iterative, so nesting
 * depth cannot overflow the stack; pointers are only built inside containers that lead to a wanted one. With
 * `stopAfter`, values stop being located once that many of the wanted pointers were found (the first ones in the
 * text, which is all a capped report needs); duplicated keys are still looked for in the whole text.
 */
export function scanJsonText(
  text: string,
  pointers: ReadonlySet<string>,
  { stopAfter = Infinity }: { stopAfter?: number } = {},
): { located: Map<string, Located>; duplicates: DuplicateKey[] } {
  const located = new Map<string, Located>();
  const duplicates: DuplicateKey[] = [];
  const tracked = withAncestors(pointers);
  const scanner = createScanner(text, true);
  const stack: Frame[] = [];
  let pendingKey: Span | undefined;
  let locating = pointers.size > 0;

  const note = (pointer: string, part: keyof Located, span: Span) => {
    if (!pointers.has(pointer)) return;
    // Later occurrences win, as in JSON.parse: with a duplicated key the validated value is the last one.
    const entry = located.get(pointer) ?? {};
    entry[part] = span;
    located.set(pointer, entry);
  };
  const segmentIn = (parent: Frame) => (parent.isArray ? String(parent.index) : escapePointerToken(parent.key));
  /** Notes the value starting at the current token; returns its pointer if it is tracked. */
  const startValue = (): string | null => {
    const parent = stack[stack.length - 1];
    let pointer: string | null = locating ? '' : null;
    if (parent) pointer = parent.pointer === null || !locating ? null : `${parent.pointer}/${segmentIn(parent)}`;
    if (pointer !== null) {
      note(pointer, 'value', { offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
      if (pendingKey) note(pointer, 'key', pendingKey);
      if (located.size >= stopAfter) locating = false;
    }
    pendingKey = undefined;
    return pointer;
  };

  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const top = stack[stack.length - 1];
    switch (token) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken: {
        const pointer = startValue();
        const isArray = token === SyntaxKind.OpenBracketToken;
        stack.push({
          isArray,
          pointer: pointer !== null && tracked.has(pointer) ? pointer : null,
          index: 0,
          key: '',
          expectKey: !isArray,
          keys: [],
        });
        break;
      }
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        stack.pop();
        break;
      case SyntaxKind.CommaToken:
        if (top?.isArray) top.index++;
        else if (top) top.expectKey = true;
        break;
      case SyntaxKind.StringLiteral:
        if (top && !top.isArray && top.expectKey) {
          const key = scanner.getTokenValue();
          const span = { offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
          if (seenBefore(top, key)) {
            // Each container's current key or index is the next reference token of the pointer.
            const pointer = ['', ...stack.slice(0, -1).map(segmentIn), escapePointerToken(key)].join('/');
            duplicates.push({ ...span, key, pointer });
          }
          top.key = key;
          top.expectKey = false;
          pendingKey = span;
        } else {
          startValue();
        }
        break;
      case SyntaxKind.NumericLiteral:
      case SyntaxKind.TrueKeyword:
      case SyntaxKind.FalseKeyword:
      case SyntaxKind.NullKeyword:
        startValue();
        break;
      default:
        break; // colons; trivia is skipped by the scanner
    }
  }
  return { located, duplicates };
}

/**
 * Characters a terminal or CI log could act on or that reorder what is shown: C0 and C1 controls (ESC, CSI), line
 * and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unprintable character (see UNPRINTABLE) written as a \uXXXX escape. */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Untrusted text for a message: at most `max` characters (then '…'), without splitting a surrogate pair, escaped. */
export function shorten(value: string, max: number): string {
  if (value.length <= max) return escapeUnprintable(value);
  // Cut before a surrogate pair rather than through it.
  const cut = /[\ud800-\udbff]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return `${escapeUnprintable(value.slice(0, cut))}…`;
}

/** A short, single-line, quoted rendering of untrusted text for messages. */
export function quote(value: string, max = 60): string {
  return `'${shorten(value, max)}'`;
}
