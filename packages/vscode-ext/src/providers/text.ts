// Offsets <-> VS Code ranges, and the part of a document the line-based core functions need.
import * as vscode from 'vscode';
import type { TextEdit } from '@natolex/data';

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** The text of lines [first, last] and the offset where it starts in the document. */
export function linesText(document: vscode.TextDocument, first: number, last: number): { text: string; base: number } {
  const start = new vscode.Position(first, 0);
  const end = document.lineAt(Math.min(last, document.lineCount - 1)).range.end;
  return { text: document.getText(new vscode.Range(start, end)), base: document.offsetAt(start) };
}

/** Adds core edits (offsets in `document`) to a WorkspaceEdit. */
export function addEdits(workspaceEdit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[]): void {
  for (const edit of edits) workspaceEdit.replace(document.uri, rangeOf(document, edit.start, edit.end), edit.text);
}

/** A pause that lets the extension host handle other work (timers exist in Node and in web workers alike). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
