// The hover's document cut to the hovered line. doHover builds a line index of the text it is given and finds the
// term in the position's line only (matches never span a line break, see the language service's locate.ts), so a
// hover on a 1 MB draft spent milliseconds indexing all of it. The open document already keeps its line offsets
// (updated on each edit): the line is found through them, and the hover is the same, moved back to the line's place.
import type { HoverResult, LspPosition, TextDocument as ServiceDocument } from '@natolex/language-service';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface HoverLine {
  /** The line's text (without its line break) as the document doHover reads. */
  document: ServiceDocument;
  /** The position in that one-line document. */
  position: LspPosition;
  /** A hover on the one-line document, placed in the whole document. */
  place(hover: HoverResult): HoverResult;
}

/**
 * The line doHover reads for `position`, clamped as LineIndex.offsetAt clamps: a line before the first (or NaN) is
 * the text's start, a line past the last is the text's end, a character past its line's end is the line's end.
 */
export function hoverLine(document: TextDocument, position: LspPosition): HoverLine {
  const text = document.getText();
  const lastLine = document.lineCount - 1;
  const line = !(position.line >= 0) ? 0 : Math.min(Math.trunc(position.line), lastLine);
  const start = document.offsetAt({ line, character: 0 });
  const next = line < lastLine ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
  const raw = text.slice(start, next);
  const lineText = raw.endsWith('\r\n') ? raw.slice(0, -2) : raw.endsWith('\n') || raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const character = !(position.line >= 0) ? 0 : position.line >= document.lineCount ? lineText.length : position.character;
  return {
    document: { uri: document.uri, languageId: document.languageId, text: lineText, version: document.version },
    position: { line: 0, character },
    place: (hover) => ({
      ...hover,
      start: hover.start + start,
      end: hover.end + start,
      range: { start: { line: hover.range.start.line + line, character: hover.range.start.character }, end: { line: hover.range.end.line + line, character: hover.range.end.character } },
    }),
  };
}
