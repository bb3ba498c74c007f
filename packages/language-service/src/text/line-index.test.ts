import { validateLexiconText } from '@natolex/schema';
import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

describe('LineIndex', () => {
  it('counts lines after \\n, \\r\\n and \\r alike', () => {
    for (const text of ['ab\ncd\nef', 'ab\r\ncd\r\nef', 'ab\rcd\ref']) {
      const lines = new LineIndex(text);
      const f = text.indexOf('f');
      expect(lines.position(f)).toEqual({ line: 3, column: 2 });
      expect(lines.lspPosition(f)).toEqual({ line: 2, character: 1 });
      expect(lines.offsetAt({ line: 2, character: 1 })).toBe(f);
      expect(lines.lineCount).toBe(3);
    }
  });

  it('counts columns in UTF-16 code units', () => {
    const text = '😀 NUC';
    expect(new LineIndex(text).position(text.indexOf('N'))).toEqual({ line: 1, column: 4 });
  });

  it('clamps offsets and positions outside the text', () => {
    const lines = new LineIndex('ab\r\ncd');
    expect(lines.position(-5)).toEqual({ line: 1, column: 1 });
    expect(lines.position(99)).toEqual({ line: 2, column: 3 });
    expect(lines.position(Number.NaN)).toEqual({ line: 1, column: 1 });
    expect(lines.offsetAt({ line: 0, character: 50 })).toBe(2); // end of line 0, before \r\n
    expect(lines.offsetAt({ line: 7, character: 0 })).toBe(6);
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
  });

  it('gives ranges for LSP', () => {
    expect(new LineIndex('a\nbc').lspRange(0, 4)).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 2 } });
  });

  it('agrees with the positions the schema validator reports', () => {
    const text = '{\r\n  "name": "x",\n\r  "acronyms": [{"id": 1}]\r}';
    const result = validateLexiconText(text);
    expect(result.errors.length).toBeGreaterThan(0);
    for (const issue of result.errors) {
      expect(new LineIndex(text).position(issue.offset ?? 0)).toEqual({ line: issue.line, column: issue.column });
    }
  });
});
