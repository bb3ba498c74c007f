// Positions of offsets in a text, for every adapter: 1-based line:column for people and CI logs (the CLI, SARIF),
// 0-based line/character for editors and LSP. Columns count UTF-16 code units (what LSP's default encoding, SARIF's
// utf16CodeUnits and JavaScript strings count); line breaks are \n, \r\n and \r, so a CRLF file reports the same
// positions as its LF copy. Built in one pass; each lookup is a binary search.

/** 1-based line and column, as compilers print them. */
export interface Position {
  line: number;
  column: number;
}

/** 0-based line and UTF-16 character, as LSP and editors count them. */
export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offsets outside the text (and NaN) are clamped to it. */
  private clamp(offset: number): number {
    return Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, this.text.length));
  }

  /** 0-based index of the line that holds `offset`. */
  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** 1-based line:column of an offset. */
  position(offset: number): Position {
    const { line, character } = this.lspPosition(offset);
    return { line: line + 1, column: character + 1 };
  }

  /** 0-based line/character of an offset. */
  lspPosition(offset: number): LspPosition {
    const clamped = this.clamp(offset);
    const line = this.lineOf(clamped);
    return { line, character: clamped - (this.lineStarts[line] as number) };
  }

  lspRange(start: number, end: number): LspRange {
    return { start: this.lspPosition(start), end: this.lspPosition(end) };
  }

  /**
   * The offset of a 0-based position (an editor's cursor, an LSP request). A line past the end gives the text's end;
   * a character past its line's end gives the end of that line (before its line break), as LSP asks.
   */
  offsetAt(position: LspPosition): number {
    if (!(position.line >= 0)) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.trunc(position.line)] as number;
    const next = this.lineStarts[Math.trunc(position.line) + 1];
    let end = next ?? this.text.length;
    if (next !== undefined) end -= this.text.charCodeAt(end - 2) === 13 && this.text.charCodeAt(end - 1) === 10 ? 2 : 1;
    return Math.min(start + Math.max(0, Math.trunc(position.character) || 0), end);
  }
}
