import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, readCsv, unguardCell } from './rfc4180.js';

const values = (text: string) => readCsv(text).map((row) => row.map((field) => field.value));

describe('RFC 4180 reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and LF records', () => {
    expect(values('a,b\r\n"x, y","say ""hi""",\n"two\r\nlines",z\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"', ''], ['two\r\nlines', 'z']]);
    expect(values('\uFEFFa\n\n')).toEqual([['a'], ['']]);
    expect(values('')).toEqual([]);
  });

  it('gives each field its line:col (a quoted line break moves to the next line)', () => {
    const rows = readCsv('a,"b\nc",d\ne');
    expect(rows.map((row) => row.map(({ line, column }) => `${line}:${column}`))).toEqual([['1:1', '1:3', '2:4'], ['3:1']]);
  });

  it('refuses malformed quotes at their line:col', () => {
    expect(() => readCsv('a,b\nc,"open')).toThrow(/^2:3: a quoted field is not closed/);
    expect(() => readCsv('a,"x"y')).toThrow(/^1:6: text after the closing quote/);
    expect(() => readCsv('a,b"c')).toThrow(/^1:4: a quote inside a field/);
  });

  it('writes what it reads (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '=', "'", 'é') }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => csvLine(row)).join('');
        // A row of one empty cell is written as a blank line: compared without those.
        const notBlank = (row: string[]) => !(row.length === 1 && row[0] === '');
        const back = values(text).map((row) => row.map(unguardCell)).filter(notBlank);
        expect(back).toEqual(rows.filter(notBlank));
      }),
      { seed: 4180, numRuns: 2000 },
    );
  });
});

describe('formula guard (OWASP CSV injection)', () => {
  it('prefixes cells starting with = + - @ tab or CR with an apostrophe, and reading takes it off', () => {
    for (const value of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR']) {
      expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
      expect(unguardCell(values(csvLine([value]))[0]?.[0] ?? '')).toBe(value);
    }
    expect(csvCell('KFOR')).toBe('KFOR');
    expect(csvCell("'quoted'")).toBe("'quoted'");
    expect(unguardCell("'quoted'")).toBe("'quoted'");
    // A value that looks guarded already is guarded once more, so it reads back as itself.
    expect(csvCell("'=x")).toBe("''=x");
    expect(unguardCell("''=x")).toBe("'=x");
  });
});
