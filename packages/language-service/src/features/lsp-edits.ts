// Offset edits (what rules and features make) as LSP text edits (what editors apply): the one conversion every
// adapter needs, with UTF-16 positions from the document's own LineIndex.
import type { TextEdit } from '@natolex/data';
import { LineIndex, type LspRange } from '../text/line-index.js';

export interface LspTextEdit {
  range: LspRange;
  newText: string;
}

export function toLspEdits(textOrLines: string | LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  const lines = typeof textOrLines === 'string' ? new LineIndex(textOrLines) : textOrLines;
  return edits.map((edit) => ({ range: lines.lspRange(edit.start, edit.end), newText: edit.text }));
}
