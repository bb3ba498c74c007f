// Offsets of the language service's results <-> VS Code ranges and edits.
import * as vscode from 'vscode';
import type { TextEdit } from '@natolex/data';

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Adds the language service's edits (offsets in `document`) to a WorkspaceEdit. */
export function addEdits(workspaceEdit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[]): void {
  for (const edit of edits) workspaceEdit.replace(document.uri, rangeOf(document, edit.start, edit.end), edit.text);
}

/** A pause that lets the extension host handle other work (timers exist in Node and in web workers alike). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
