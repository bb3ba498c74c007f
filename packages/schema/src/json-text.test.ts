import * as jsonc from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import {
  LineIndex,
  ParseErrorCode,
  SyntaxKind,
  escapePointerToken,
  escapeUnprintable,
  findSyntaxError,
  quote,
  shorten,
  scanJsonText,
  stripByteOrderMark,
} from './json-text.js';

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and \\r as line breaks, 1-based', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect([0, 2, 3, 5, 6, 7, 8, 10, 11].map((offset) => index.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 2, column: 4 },
      { line: 3, column: 1 },
      { line: 3, column: 2 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });

  it('does not count U+2028 (allowed raw inside JSON strings) as a line break', () => {
    expect(new LineIndex('"a\u2028b" x').position(6)).toEqual({ line: 1, column: 7 });
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('a\nb');
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(99)).toEqual({ line: 2, column: 2 });
    expect(index.position(Number.NaN)).toEqual({ line: 1, column: 1 });
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
  });
});

describe('pointers and text helpers', () => {
  it('escapes ~ before / (RFC 6901)', () => {
    expect(escapePointerToken('a~/b')).toBe('a~0~1b');
    expect(escapePointerToken('~1')).toBe('~01');
  });

  it('strips one leading byte-order mark only', () => {
    expect(stripByteOrderMark('\uFEFF\uFEFF{}')).toBe('\uFEFF{}');
    expect(stripByteOrderMark('{}')).toBe('{}');
  });

  it('quotes untrusted text on one line, shortened without splitting a surrogate pair', () => {
    expect(quote('a\nb\u2028')).toBe("'a\\u000ab\\u2028'");
    expect(quote('x'.repeat(59) + '😀😀', 60)).toBe(`'${'x'.repeat(59)}…'`);
  });

  it('escapes C1 controls and bidirectional controls too', () => {
    expect(escapeUnprintable('a\u009b2J\u202eb\u2066c\u200fd\u001b')).toBe('a\\u009b2J\\u202eb\\u2066c\\u200fd\\u001b');
    expect(escapeUnprintable('NATO A–Z «é»\u00a0')).toBe('NATO A–Z «é»\u00a0');
    expect(shorten('abcdef', 3)).toBe('abc…');
    expect(shorten('abc', 3)).toBe('abc');
  });
});

describe('findSyntaxError', () => {
  const first = (text: string) => findSyntaxError(text);

  it.each([
    ['{"a": 1,}', 7, 'trailing comma is not allowed in JSON'],
    ['[1, 2,\n]', 5, 'trailing comma is not allowed in JSON'],
    ['{"a": 1 "b": 2}', 8, "expected ',' or a closing bracket (is a comma missing?)"],
    ["{'a': 1}", 1, 'strings and property names must be in double quotes'],
    ['{"a": tru}', 6, "unexpected 'tru'"],
    ['{"a" 1}', 5, "expected ':' after the property name"],
    ['{"a": "x\ny"}', 6, 'unterminated string'],
    ['{"a": "\\x"}', 6, 'invalid escape in string'],
    ['{"a": "\\u12"}', 6, 'invalid unicode escape'],
    ['{"a": 1.}', 6, "invalid number '1.'"],
    ['/* c */ {}', 0, 'comments are not allowed in JSON'],
    ['{"a": 1', 7, "expected '}' (an object is not closed)"],
    ['[1', 2, "expected ']' (an array is not closed)"],
    ['{"a": }', 6, "expected a value, found '}'"],
    ['{1: 2}', 1, "expected a property name in double quotes, found '1'"],
    ['{"a": ', 6, 'unexpected end of the document (expected a value)'],
    [' \n ', 3, 'the document is empty (expected a JSON object)'],
  ])('%j -> offset %d: %s', (text, offset, message) => {
    const issue = first(text);
    expect(issue.offset).toBe(offset);
    expect(issue.message).toContain(message);
  });

  it('falls back to the first unreadable token when the parser overflows on deep nesting', () => {
    expect(first('['.repeat(200_000))).toEqual({ offset: 200_000, length: 0, message: 'invalid JSON (nested too deeply to say more)' });
    expect(first(`${'['.repeat(200_000)}secret-value`)).toEqual({ offset: 200_000, length: 0, message: 'invalid JSON (nested too deeply to say more)' });
  });

  it('quotes at most 24 characters of an offending token', () => {
    expect(first(`{"a": ${'x'.repeat(100)}}`).message).toBe(`unexpected '${'x'.repeat(24)}…' (JSON values are strings in double quotes, numbers, objects, arrays, true, false and null)`);
  });
});

describe('scanJsonText', () => {
  const text = '{\n  "a": [10, {"b/c": true, "d": null}],\n  "e": "x",\n  "e": "y"\n}';

  it('locates values and keys by pointer', () => {
    const { located } = scanJsonText(text, new Set(['', '/a', '/a/0', '/a/1/b~1c', '/a/1/d', '/e', '/missing']));
    const at = (pointer: string) => located.get(pointer);
    expect(at('')).toEqual({ value: { offset: 0, length: 1 } });
    expect(at('/a')).toEqual({ key: { offset: 4, length: 3 }, value: { offset: 9, length: 1 } });
    expect(text.slice(at('/a/0')?.value?.offset, (at('/a/0')?.value?.offset ?? 0) + 2)).toBe('10');
    expect(text.substr(at('/a/1/b~1c')?.key?.offset ?? 0, 5)).toBe('"b/c"');
    expect(text.substr(at('/a/1/d')?.value?.offset ?? 0, 4)).toBe('null');
    // With a duplicated key the last occurrence is located: it is the one JSON.parse keeps and the schema checks.
    expect(text.substr(at('/e')?.value?.offset ?? 0, 3)).toBe('"y"');
    expect(at('/missing')).toBeUndefined();
  });

  it('reports duplicated keys at their second occurrence, per object', () => {
    const { duplicates } = scanJsonText(text, new Set());
    expect(duplicates).toEqual([{ key: 'e', pointer: '/e', offset: text.lastIndexOf('"e"'), length: 3 }]);
    expect(scanJsonText('[{"a": 1}, {"a": 2}]', new Set()).duplicates).toEqual([]);
    expect(scanJsonText('{"a": {"a": 1}}', new Set()).duplicates).toEqual([]);
    expect(scanJsonText('{"x/y": [0, {"b": 1, "b": 2}]}', new Set()).duplicates).toEqual([
      { key: 'b', pointer: '/x~1y/1/b', offset: 21, length: 3 },
    ]);
  });

  it('compares keys by their value, not their spelling', () => {
    expect(scanJsonText('{"a": 1, "\\u0061": 2}', new Set()).duplicates).toEqual([
      { key: 'a', pointer: '/a', offset: 9, length: 8 },
    ]);
  });
});

describe('jsonc-parser constants', () => {
  it('match the values jsonc-parser uses at runtime', () => {
    const runtime = jsonc as unknown as Record<string, Record<string, number>>;
    for (const [name, value] of Object.entries(ParseErrorCode)) expect(runtime.ParseErrorCode?.[name], name).toBe(value);
    for (const [name, value] of Object.entries(SyntaxKind)) expect(runtime.SyntaxKind?.[name], name).toBe(value);
  });
});
