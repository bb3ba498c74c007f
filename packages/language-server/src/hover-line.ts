// The hover's document cut to the hovered line. doHover builds a line index of the text it is given and finds the
// term in the position's line only (matches never span a line break, see the language service's locate.ts), so a
// hover on a 1 MB draft spent milliseconds indexing all of it. The open document already keeps its line offsets
// (updated on each edit): the line is found through them (the language service's lineAt, which completion uses
// too), and the hover is the same, moved back to the line's place.
import { lineAt, type HoverResult, type LspPosition, type TextDocument as ServiceDocument } from '@natolex/language-service';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface HoverLine {
  /** The line's text (without its line break) as the document doHover reads. */
  document: ServiceDocument;
  /** The position in that one-line document. */
  position: LspPosition;
  /** A hover on the one-line document, placed in the whole document. */
  place(hover: HoverResult): HoverResult;
}

/** The line doHover reads for `position`, clamped as LineIndex.offsetAt clamps (see lineAt). */
export function hoverLine(document: TextDocument, position: LspPosition): HoverLine {
  const text = document.getText();
  const { line, start, end, offset } = lineAt(text, document, position);
  return {
    document: { uri: document.uri, languageId: document.languageId, text: text.slice(start, end), version: document.version },
    position: { line: 0, character: offset - start },
    place: (hover) => ({
      ...hover,
      start: hover.start + start,
      end: hover.end + start,
      range: { start: { line: hover.range.start.line + line, character: hover.range.start.character }, end: { line: hover.range.end.line + line, character: hover.range.end.character } },
    }),
  };
}
