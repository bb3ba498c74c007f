// natolex for VS Code: wiring only. The features live in src/core (plain functions) and src/providers (adapters).
// The same file is bundled for Node (dist/extension.cjs) and for web workers (dist/web/extension.cjs): nothing here
// or below uses Node APIs, and files are read through vscode.workspace.fs.
import * as vscode from 'vscode';
import { firstUseEdits } from './core/expand.js';
import type { Translate } from './core/translate.js';
import { insertCitedPassage, type InsertCitedPassageArgs } from './providers/citations.js';
import { RuleDiagnostics } from './providers/diagnostics.js';
import { registerGlossaryFixes } from './providers/glossary-fixes.js';
import { registerLanguageFeatures } from './providers/language-features.js';
import { LexiconService } from './providers/lexicon-service.js';
import { registerLexiconView } from './providers/lexicon-view.js';
import { extensionHostKind, registerLoadStatus } from './providers/load-status.js';
import { activePassagePicker, registerPassageDocuments } from './providers/passages.js';
import { isEnabledFor } from './providers/settings.js';
import { addEdits } from './providers/text.js';

/** What activate() returns: the lexicon service for other extensions and tests, and hooks the tests drive. */
export interface NatolexApi {
  /** The extension host natolex runs in. */
  host: 'node' | 'web-worker';
  service: LexiconService;
  diagnostics: RuleDiagnostics;
  testing: { activePassagePicker: typeof activePassagePicker };
}

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

async function expandFirstUsesCommand(service: LexiconService): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isEnabledFor(editor.document)) {
    void vscode.window.showInformationMessage(t('Open a Markdown or plain-text draft to expand its acronyms.'));
    return false;
  }
  await service.whenReady();
  const document = editor.document;
  const edits = firstUseEdits(service.lexiconFor(document.uri), document.getText(), { markdown: document.languageId === 'markdown' });
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(t('Every acronym is defined at its first use.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit(); // one edit for all: one undo step
  addEdits(edit, document, edits);
  return vscode.workspace.applyEdit(edit);
}

export function activate(context: vscode.ExtensionContext): NatolexApi {
  const service = new LexiconService(t);
  const diagnostics = new RuleDiagnostics(service, t);
  context.subscriptions.push(
    service,
    diagnostics,
    registerLanguageFeatures(service, t),
    registerPassageDocuments(service, t),
    registerLexiconView(service, t),
    registerGlossaryFixes(service),
    registerLoadStatus(service, t),
    vscode.commands.registerCommand('natolex.insertCitedPassage', (args?: InsertCitedPassageArgs) => insertCitedPassage(service, t, typeof args === 'object' && args !== null ? args : {})),
    vscode.commands.registerCommand('natolex.expandFirstUses', () => expandFirstUsesCommand(service)),
    vscode.commands.registerCommand('natolex.reloadGlossaries', () => service.reloadAll()),
  );
  return { host: extensionHostKind(), service, diagnostics, testing: { activePassagePicker } };
}

export function deactivate(): void {}
