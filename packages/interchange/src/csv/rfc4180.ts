// A small RFC 4180 reader and writer (no CSV library is in the dependency tree, and the format is small enough to
// get exactly right here). Records end in CRLF or LF; fields are separated by commas; a field in double quotes may
// hold commas, quotes (doubled) and line breaks. One pass over the text, every field with its line:col.
import { ImportError } from '../report.js';

export interface CsvField {
  value: string;
  line: number;
  column: number;
}

export type CsvRow = CsvField[];

/** The rows of a CSV text (a blank last line is not a row). Throws ImportError with line:col on a malformed quote. */
export function readCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: CsvRow = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const n = text.length;
  while (i <= n) {
    const fieldLine = line;
    const fieldColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i++;
      let closed = false;
      const parts: string[] = [];
      let from = i;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            parts.push(text.slice(from, i + 1));
            i += 2;
            from = i;
            continue;
          }
          parts.push(text.slice(from, i));
          i++;
          closed = true;
          break;
        }
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      if (!closed) throw new ImportError('a quoted field is not closed (a " is missing)', fieldLine, fieldColumn);
      value = parts.join('');
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') throw new ImportError('text after the closing quote of a field (quotes inside a field are written "")', line, i - lineStart + 1);
    } else {
      const from = i;
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') throw new ImportError('a quote inside a field that does not start with one (quote the whole field and double the quote)', line, i - lineStart + 1);
        i++;
      }
      value = text.slice(from, i);
    }
    row.push({ value, line: fieldLine, column: fieldColumn });
    if (i >= n) {
      if (!(row.length === 1 && row[0]?.value === '')) rows.push(row);
      break;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    // End of record: CRLF, LF or a lone CR.
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
    lineStart = i;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): they get a leading apostrophe. A value that
 * already starts with apostrophes before such a character gets one more, so reading takes exactly one off.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as written: the formula guard, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The value a guarded cell stood for: a leading apostrophe before a formula character is the guard, not data. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
