import { describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from './apply-edits.js';

const edit = (start: number, end: number, text: string): TextEdit => ({ start, end, text });

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    expect(applyEdits('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A'), edit(2, 2, '+')])).toBe('Ab+cdEf');
  });

  it('applies two inserts at one offset in the order given', () => {
    expect(applyEdits('ab', [edit(1, 1, 'x'), edit(1, 1, 'y')])).toBe('axyb');
    expect(applyEdits('ab', [edit(1, 1, 'y'), edit(1, 1, 'x')])).toBe('ayxb');
  });

  it('puts an insert at the start of a replaced range before it, and one at its end after it', () => {
    expect(applyEdits('abc', [edit(1, 2, 'B'), edit(1, 1, '<'), edit(2, 2, '>')])).toBe('a<B>c');
  });

  it('throws on overlapping edits and on edits outside the text', () => {
    expect(() => applyEdits('abcdef', [edit(1, 4, 'x'), edit(3, 5, 'y')])).toThrow(/overlaps/);
    expect(() => applyEdits('abcdef', [edit(1, 3, 'x'), edit(1, 3, 'y')])).toThrow(/overlaps/);
    expect(() => applyEdits('abcdef', [edit(1, 4, 'x'), edit(2, 2, 'y')])).toThrow(/overlaps/);
    expect(() => applyEdits('abc', [edit(2, 4, 'x')])).toThrow(RangeError);
    expect(() => applyEdits('abc', [edit(2, 1, 'x')])).toThrow(RangeError);
    expect(() => applyEdits('abc', [edit(-1, 0, 'x')])).toThrow(RangeError);
    expect(() => applyEdits('abc', [edit(0.5, 1, 'x')])).toThrow(RangeError);
  });

  it('applies 200,000 edits', () => {
    const text = 'ab '.repeat(200_000);
    const edits = Array.from({ length: 200_000 }, (_, n) => edit(n * 3, n * 3 + 2, 'X'));
    expect(applyEdits(text, edits)).toBe('X '.repeat(200_000));
  });
});
