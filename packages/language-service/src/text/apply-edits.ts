// One way to apply edits to a text, for every adapter (the CLI's --fix, a server's code actions, tests).
import type { TextEdit } from '@natolex/data';

export type { TextEdit };

/**
 * Applies edits to a text in one pass. Edits may come in any order; two inserts at one offset are applied in the
 * order given, and an insert at the start of a replaced range goes before it. Overlapping edits, or edits outside
 * the text, are a bug in whoever made them: they throw rather than produce a garbled draft.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Array.prototype.sort is stable, so equal (start, end) keep their given order.
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.start > edit.end || edit.end > text.length) {
      throw new RangeError(`edit [${edit.start}, ${edit.end}) is not a range of a text of length ${text.length}`);
    }
    if (edit.start < cursor) throw new RangeError(`edit [${edit.start}, ${edit.end}) overlaps an edit ending at ${cursor}`);
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
