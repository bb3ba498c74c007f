// The one line of a document a position falls on, found through line offsets the caller already keeps (an
// editor's document updates them on each edit) instead of indexing the whole text on every request: hovers and
// completion only read the cursor's line (and a few characters before it), so a request costs that line, not the
// document. Positions are clamped as LineIndex.offsetAt clamps them.
import type { LspPosition } from '../text/line-index.js';

/** Line offsets of a text: an LSP TextDocument, or a LineIndex (which builds them in one pass). */
export interface LineOffsets {
  readonly lineCount: number;
  /** The offset of a 0-based position; only called with character 0 (a line's start). */
  offsetAt(position: LspPosition): number;
}

export interface DocumentLine {
  /** 0-based line number. */
  line: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line's end, before its line break (\n, \r\n or \r). */
  end: number;
  /** The position's offset: a line before the first (or NaN) is the text's start, a line past the last the text's
   *  end, a character past its line's end the line's end. */
  offset: number;
}

export function lineAt(text: string, lines: LineOffsets, position: LspPosition): DocumentLine {
  const lastLine = lines.lineCount - 1;
  const before = !(position.line >= 0);
  const line = before ? 0 : Math.min(Math.trunc(position.line), lastLine);
  const start = lines.offsetAt({ line, character: 0 });
  const next = line < lastLine ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length;
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === 10) end -= end - 1 > start && text.charCodeAt(end - 2) === 13 ? 2 : 1;
  else if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
  const character = before ? 0 : position.line >= lines.lineCount ? end - start : Math.max(0, Math.trunc(position.character) || 0);
  return { line, start, end, offset: Math.min(start + character, end) };
}

/**
 * The LSP position of an offset at most a few lines before `here`'s line (or on it): walks back line by line through
 * the offsets, so it costs the lines crossed, never the text before them.
 */
export function positionNear(lines: LineOffsets, here: DocumentLine, offset: number): LspPosition {
  let line = here.line;
  let start = here.start;
  while (offset < start && line > 0) {
    line -= 1;
    start = lines.offsetAt({ line, character: 0 });
  }
  return { line, character: offset - start };
}
