// Lexicon documents are UTF-8 (RFC 8259 requires it of JSON exchanged between systems). Bytes are decoded strictly:
// a lenient decoder turns each bad byte into U+FFFD, and the document then validates with text nobody wrote. Uses only
// TextDecoder/TextEncoder, which browsers and web workers have too.
import { LineIndex } from './json-text.js';
import type { ValidationIssue } from './validate.js';

export type DecodedText = { text: string; issue?: undefined } | { text?: undefined; issue: ValidationIssue };

/** Byte-order marks of the encodings JSON files turn up in besides UTF-8 (UTF-32 first: FF FE starts both LE marks). */
const WIDE_ENCODINGS: readonly { mark: readonly number[]; name: string }[] = [
  { mark: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 (little-endian)' },
  { mark: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 (big-endian)' },
  { mark: [0xff, 0xfe], name: 'UTF-16 (little-endian)' },
  { mark: [0xfe, 0xff], name: 'UTF-16 (big-endian)' },
];

// Made on first use, so that importing the package needs no Web API.
let strict: InstanceType<typeof TextDecoder> | undefined;
let lenient: InstanceType<typeof TextDecoder> | undefined;
const REPLACEMENT = '\uFFFD';

/**
 * The encoding of text that is not UTF-8 but a wider one: from its byte-order mark, or else (RFC 4627, section 3)
 * from the zero bytes around its first character, which in a JSON text is ASCII.
 */
function wideEncodingOf(bytes: Uint8Array): string | undefined {
  const marked = WIDE_ENCODINGS.find(({ mark }) => mark.every((byte, i) => bytes[i] === byte));
  if (marked) return marked.name;
  if (bytes.length < 2) return undefined;
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return 'UTF-32 (little-endian)';
  if (bytes.length >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return 'UTF-32 (big-endian)';
  if (b0 !== 0 && b1 === 0) return 'UTF-16 (little-endian)';
  if (b0 === 0 && b1 !== 0) return 'UTF-16 (big-endian)';
  return undefined;
}

/**
 * The first byte that is not part of a valid UTF-8 sequence, with the text decoded before it. The lenient decoder's
 * first U+FFFD that the bytes do not spell (EF BF BD) marks it; the valid text before it, encoded again, gives the
 * exact number of bytes before it. Linear: each stretch of text is encoded once.
 */
function firstInvalidByte(bytes: Uint8Array): { offset: number; before: string } {
  lenient ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const decoded = lenient.decode(bytes);
  const encoder = new TextEncoder();
  let byteOffset = 0;
  let from = 0;
  for (let at = decoded.indexOf(REPLACEMENT); at !== -1; at = decoded.indexOf(REPLACEMENT, at + 1)) {
    byteOffset += encoder.encode(decoded.slice(from, at)).length;
    from = at;
    const spelled = bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd;
    if (!spelled) return { offset: byteOffset, before: decoded.slice(0, at) };
    byteOffset += 3;
    from = at + 1;
  }
  return { offset: bytes.length, before: decoded }; // not reached for bytes the strict decoder rejected
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes the bytes of a JSON file as UTF-8, or says why they are not: `what` names the file in the message
 * ("file", "glossary"), e.g. `glossary is not valid UTF-8 (byte 0xFF at offset 120)` at the line and column of that
 * byte, or `glossary is UTF-16 (little-endian); save it as UTF-8` at 1:1. A UTF-8 byte-order mark is kept in the text
 * (validateLexiconText skips it).
 */
export function decodeJsonBytes(bytes: Uint8Array, what = 'file', file?: string): DecodedText {
  const fileField = file === undefined ? {} : { file };
  const wide = wideEncodingOf(bytes);
  if (wide !== undefined) {
    return { issue: { ...fileField, line: 1, column: 1, offset: 0, length: 0, pointer: '', keyword: 'encoding', message: `${what} is ${wide}; save it as UTF-8` } };
  }
  try {
    strict ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return { text: strict.decode(bytes) };
  } catch {
    const { offset, before } = firstInvalidByte(bytes);
    const shown = before.startsWith('\uFEFF') ? before.slice(1) : before; // columns as editors show them
    const { line, column } = new LineIndex(shown).position(shown.length);
    const message = `${what} is not valid UTF-8 (byte ${hex(bytes[offset])} at offset ${offset}); save it as UTF-8`;
    return { issue: { ...fileField, line, column, offset: before.length, length: 1, pointer: '', keyword: 'encoding', message } };
  }
}
