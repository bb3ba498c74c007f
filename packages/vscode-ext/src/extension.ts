// natolex for VS Code: wiring only. The features are the language service's (@natolex/language-service); src/providers
// translate them to VS Code, src/core holds what is VS Code's alone (settings defaults, wording, views).
// The same file is bundled for Node (dist/extension.cjs) and for web workers (dist/web/extension.cjs): nothing here
// or below uses Node APIs, and files are read through vscode.workspace.fs.
import * as vscode from 'vscode';
import type { Translate } from './core/translate.js';
import { insertCitedPassage, type InsertCitedPassageArgs } from './providers/citations.js';
import { RuleDiagnostics } from './providers/diagnostics.js';
import { registerGlossaryFixes } from './providers/glossary-fixes.js';
import { registerLanguageFeatures } from './providers/language-features.js';
import { LexiconService } from './providers/lexicon-service.js';
import { registerLexiconView } from './providers/lexicon-view.js';
import { extensionHostKind, registerLoadStatus } from './providers/load-status.js';
import { activePassagePicker, registerPassageDocuments } from './providers/passages.js';
import { expandFirstUses } from './providers/expand-command.js';

/** What activate() returns: the lexicon service for other extensions and tests, and hooks the tests drive. */
export interface NatolexApi {
  /** The extension host natolex runs in. */
  host: 'node' | 'web-worker';
  service: LexiconService;
  diagnostics: RuleDiagnostics;
  testing: { activePassagePicker: typeof activePassagePicker };
}

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

export function activate(context: vscode.ExtensionContext): NatolexApi {
  const service = new LexiconService(t);
  const diagnostics = new RuleDiagnostics(service, t);
  context.subscriptions.push(
    service,
    diagnostics,
    registerLanguageFeatures(service, diagnostics, t),
    registerPassageDocuments(service, t),
    registerLexiconView(service, t),
    registerGlossaryFixes(service),
    registerLoadStatus(service, t),
    vscode.commands.registerCommand('natolex.insertCitedPassage', (args?: InsertCitedPassageArgs) => insertCitedPassage(service, t, typeof args === 'object' && args !== null ? args : {})),
    vscode.commands.registerCommand('natolex.expandFirstUses', () => expandFirstUses(service, t)),
    vscode.commands.registerCommand('natolex.reloadGlossaries', () => service.reloadAll()),
  );
  return { host: extensionHostKind(), service, diagnostics, testing: { activePassagePicker } };
}

export function deactivate(): void {}
