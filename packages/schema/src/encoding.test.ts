import { describe, expect, it } from 'vitest';
import { decodeJsonBytes } from './encoding.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

describe('decodeJsonBytes', () => {
  it('decodes UTF-8, keeping a byte-order mark and every character as written', () => {
    expect(decodeJsonBytes(utf8('{"name": "NATO A–Z \uFFFD 😀"}'))).toEqual({ text: '{"name": "NATO A–Z \uFFFD 😀"}' });
    expect(decodeJsonBytes(join([0xef, 0xbb, 0xbf], '{}'))).toEqual({ text: '\uFEFF{}' });
    expect(decodeJsonBytes(new Uint8Array())).toEqual({ text: '' });
  });

  it.each([
    ['a lone 0xFF', join('{"a": "x', [0xff], '"}'), 0xff, 8, 1, 9],
    ['a Latin-1 é after multi-byte characters', join('{\n  "a": "–é', [0xe9], '"}'), 0xe9, 15, 2, 11],
    ['an overlong encoding of "/"', join('{"a": "', [0xc0, 0xaf], '"}'), 0xc0, 7, 1, 8],
    ['an encoded surrogate', join('[', [0xed, 0xa0, 0x80], ']'), 0xed, 1, 1, 2],
    ['a sequence cut off at the end', join('["', [0xe2, 0x80]), 0xe2, 2, 1, 3],
    ['a stray continuation byte after a genuine U+FFFD', join('["\uFFFD', [0x80], '"]'), 0x80, 5, 1, 4],
    ['a bad byte after a byte-order mark (not counted in columns)', join([0xef, 0xbb, 0xbf], '[', [0xfe], ']'), 0xfe, 4, 1, 2],
  ])('names the first invalid byte and its line:col: %s', (_, bytes, byte, offset, line, column) => {
    const { issue } = decodeJsonBytes(bytes, 'glossary', 'g.json');
    expect(issue).toMatchObject({ file: 'g.json', line, column, pointer: '', keyword: 'encoding' });
    expect(issue?.message).toBe(`glossary is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase()} at offset ${offset}); save it as UTF-8`);
  });

  it.each([
    ['UTF-16 (little-endian)', join([0xff, 0xfe], [0x7b, 0, 0x7d, 0])],
    ['UTF-16 (big-endian)', join([0xfe, 0xff], [0, 0x7b, 0, 0x7d])],
    ['UTF-32 (little-endian)', join([0xff, 0xfe, 0, 0], [0x7b, 0, 0, 0])],
    ['UTF-32 (big-endian)', join([0, 0, 0xfe, 0xff], [0, 0, 0, 0x7b])],
    ['UTF-16 (little-endian)', join([0x7b, 0, 0x0a, 0])],
    ['UTF-16 (big-endian)', join([0, 0x7b, 0, 0x0a])],
    ['UTF-32 (little-endian)', join([0x7b, 0, 0, 0])],
    ['UTF-32 (big-endian)', join([0, 0, 0, 0x7b])],
  ])('recognises %s, with or without a byte-order mark', (encoding, bytes) => {
    expect(decodeJsonBytes(bytes, 'file', 'x.json').issue).toEqual({
      file: 'x.json',
      line: 1,
      column: 1,
      offset: 0,
      length: 0,
      pointer: '',
      keyword: 'encoding',
      message: `file is ${encoding}; save it as UTF-8`,
    });
  });

  it('finds the bad byte of a large file in one pass', () => {
    const bytes = join('["', 'x\uFFFD\n'.repeat(1_000_000), [0xff], '"]');
    const { issue } = decodeJsonBytes(bytes);
    expect(issue).toMatchObject({ line: 1_000_001, column: 1 });
    expect(issue?.message).toContain(`at offset ${2 + 5 * 1_000_000}`);
  }, 30_000);
});
