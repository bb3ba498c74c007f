// Shared helpers of the extension-host suite.
import * as assert from './assert.js';
import * as vscode from 'vscode';
import type { NatolexApi } from '../../src/extension.js';

export const EXTENSION_ID = 'natolex.natolex';

/** Activates the extension (explicitly: the first request could otherwise come back empty) and waits for glossaries. */
export async function activate(): Promise<NatolexApi> {
  const extension = vscode.extensions.getExtension<NatolexApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  await api.service.ready;
  return api;
}

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export async function openFixture(...path: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...path));
  return vscode.window.showTextDocument(document);
}

let scratchCount = 0;

/**
 * Opens a new draft with `content`: a file in the workspace's scratch/ folder (files, unlike untitled documents,
 * revert without a save prompt, and each test gets its own URI). `.md` opens as Markdown, `.txt` as plain text.
 */
export async function openScratch(content: string, extension: 'md' | 'txt' = 'md'): Promise<vscode.TextEditor> {
  const uri = workspaceUri('scratch', `draft-${++scratchCount}-${Date.now()}.${extension}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** An untitled document (for content no file should hold, such as binary-looking text). */
export async function openUntitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language, content }));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await delay(100);
  }
}

/** Polls until `probe` returns a non-empty list. */
export function waitForSome<T>(what: string, probe: () => readonly T[] | Promise<readonly T[]>, timeoutMs?: number): Promise<readonly T[]> {
  return waitFor(what, async () => {
    const list = await probe();
    return list.length > 0 ? list : undefined;
  }, timeoutMs);
}

/** The position of the `occurrence`-th `word` in the document, plus `inside` characters. */
export function positionOf(document: vscode.TextDocument, word: string, occurrence = 1, inside = 1): vscode.Position {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = document.getText().indexOf(word, offset + 1);
    assert.notEqual(offset, -1, `"${word}" (occurrence ${occurrence}) is not in ${document.uri.toString()}`);
  }
  return document.positionAt(offset + inside);
}

/** The text of every hover at a position, joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const text = hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n---\n');
  return { text, hovers };
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Reverts every changed draft (workspace files, untitled documents) and closes every editor. */
export async function revertAndCloseAll(): Promise<void> {
  const drafts = vscode.workspace.textDocuments.filter((document) => document.isDirty && (document.isUntitled || vscode.workspace.getWorkspaceFolder(document.uri)));
  for (const document of drafts) {
    try {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand(document.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.files.revert');
    } catch (error) {
      console.warn(`could not revert ${document.uri.toString()}: ${String(error)}`);
    }
  }
  await closeAllEditors();
  // The Output panel's channel counts as a visible text editor, but it is a panel: closing editors leaves it.
  const open = () => vscode.window.visibleTextEditors.map((editor) => editor.document.uri).filter((uri) => uri.scheme !== 'output').map(String);
  await waitFor('every editor to close', () => open().length === 0, 5_000).catch((error: Error) => {
    throw new Error(`${error.message}; still open: ${open().join(', ')}`);
  });
}

export function natolexDiagnostics(uri: vscode.Uri, code = 'first-use'): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'natolex' && diagnostic.code === code);
}
