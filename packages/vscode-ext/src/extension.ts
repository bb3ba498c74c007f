// natolex for VS Code: wiring only. activate() registers the commands, providers, the Lexicon view and the content
// provider, each handing its calls on to the engine (src/providers/engine.ts: the language service's features over the
// corpus and the workspace's glossaries), which is loaded on first use: the first such call, or, right after
// activation, an open draft or glossary to check or a glossary in the workspace. Activation itself loads neither the
// language service nor the corpus (bench/run.mjs measures it).
// The same file is bundled for Node (dist/extension.cjs, which requires dist/engine.cjs) and for web workers
// (dist/web/extension.cjs, one file): nothing here or below uses Node APIs, and files are read through vscode.workspace.fs.
import * as vscode from 'vscode';
import type { LexiconNode } from './core/tree.js';
import type { Translate } from './core/translate.js';
import loadEngine from './lazy/engine.cjs';
import { DRAFT_CODE_ACTION_KINDS, GLOSSARY_CODE_ACTION_KINDS, GLOSSARY_FILES, GLOSSARY_SELECTOR, SCHEME, SKIPPED_SCHEMES, VIEW_ID, enabledLanguages, extensionHostKind } from './providers/contributions.js';
import type { Engine } from './providers/engine.js';
import type { LexiconService } from './providers/lexicon-service.js';
import type { RuleDiagnostics } from './providers/diagnostics.js';
import type { activePassagePicker } from './providers/passages.js';

/** What activate() returns: the lexicon service for other extensions and tests, and hooks the tests drive. */
export interface NatolexApi {
  /** The extension host natolex runs in. */
  host: 'node' | 'web-worker';
  /** Reading it starts the engine if it has not started. */
  readonly service: LexiconService;
  readonly diagnostics: RuleDiagnostics;
  testing: {
    activePassagePicker: typeof activePassagePicker;
    /** Whether the engine has been loaded (activation must not load it). */
    engineStarted(): boolean;
  };
}

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** Whether a document is one the engine would check now: a draft of an enabled language, or a glossary. */
function needsEngine(document: vscode.TextDocument): boolean {
  if (SKIPPED_SCHEMES.has(document.uri.scheme)) return false;
  if (enabledLanguages(document).includes(document.languageId) || document.uri.path.endsWith('.natolex.json')) return true;
  // natolex.glossaries may name JSON files of any name.
  const configured = vscode.workspace.getConfiguration('natolex', document).get('glossaries');
  return (document.languageId === 'json' || document.languageId === 'jsonc') && Array.isArray(configured) && configured.length > 0;
}

export function activate(context: vscode.ExtensionContext): NatolexApi {
  const treeChanged = new vscode.EventEmitter<LexiconNode | undefined>();
  const view = vscode.window.createTreeView<LexiconNode>(VIEW_ID, {
    treeDataProvider: {
      onDidChangeTreeData: treeChanged.event,
      getChildren: (node) => engine().view.provider.getChildren(node),
      getTreeItem: (node) => engine().view.provider.getTreeItem(node),
    },
    showCollapseAll: true,
  });

  let started: Engine | undefined;
  let soon: ReturnType<typeof setTimeout> | undefined;
  let deactivated = false;
  const engine = (): Engine => {
    if (started) return started;
    clearTimeout(soon);
    started = loadEngine().startEngine({ t, view, treeChanged });
    context.subscriptions.push(started);
    return started;
  };
  /** Starts the engine once activation is over (an open draft needs its diagnostics, a glossary its check). */
  const startSoon = () => {
    if (!started && !deactivated && soon === undefined) soon = setTimeout(engine, 0);
  };
  const startIfNeeded = () => {
    if (!started && vscode.workspace.textDocuments.some(needsEngine)) startSoon();
  };

  let registrations: vscode.Disposable[] = [];
  /** The draft providers, for the languages of natolex.enabledLanguages (again whenever it changes). */
  const registerDraftProviders = () => {
    for (const registration of registrations) registration.dispose();
    const languages = enabledLanguages();
    const selector: vscode.DocumentSelector = languages.map((language) => ({ language }));
    void vscode.commands.executeCommand('setContext', 'natolex.enabledLanguages', languages);
    registrations = [
      vscode.languages.registerHoverProvider([...selector, { scheme: SCHEME }], { provideHover: (document, position) => engine().hover.provideHover(document, position) }),
      vscode.languages.registerCodeActionsProvider(selector, { provideCodeActions: (document, range, codeContext) => engine().codeActions.provideCodeActions(document, range, codeContext) }, { providedCodeActionKinds: DRAFT_CODE_ACTION_KINDS }),
      vscode.languages.registerCompletionItemProvider(selector, { provideCompletionItems: (document, position) => engine().completion.provideCompletionItems(document, position) }),
    ];
  };
  registerDraftProviders();

  context.subscriptions.push(
    treeChanged,
    view,
    { dispose: () => ((deactivated = true), clearTimeout(soon)) },
    { dispose: () => registrations.forEach((registration) => registration.dispose()) },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('natolex.enabledLanguages')) registerDraftProviders();
      if (event.affectsConfiguration('natolex')) startIfNeeded();
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (!started && needsEngine(document)) startSoon();
    }),
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, { provideTextDocumentContent: (uri) => engine().documents.provideTextDocumentContent(uri) }),
    // Glossary problems (and so their fixes) exist only once the engine has loaded the glossaries.
    vscode.languages.registerCodeActionsProvider(GLOSSARY_SELECTOR, { provideCodeActions: (document, range, codeContext) => started?.glossaryFixes.provideCodeActions(document, range, codeContext) ?? [] }, { providedCodeActionKinds: GLOSSARY_CODE_ACTION_KINDS }),
    vscode.commands.registerCommand('natolex.insertCitedPassage', (args?: unknown) => engine().commands.insertCitedPassage(args)),
    vscode.commands.registerCommand('natolex.expandFirstUses', () => engine().commands.expandFirstUses()),
    vscode.commands.registerCommand('natolex.reloadGlossaries', () => engine().commands.reloadGlossaries()),
    vscode.commands.registerCommand('natolex.openPassage', (id?: unknown) => engine().commands.openPassage(id)),
    vscode.commands.registerCommand('natolex.openEntry', (id?: unknown) => engine().commands.openEntry(id)),
    vscode.commands.registerCommand('natolex.filterLexicon', (query?: unknown) => engine().view.filter(query)),
    vscode.commands.registerCommand('natolex.clearLexiconFilter', () => engine().view.clearFilter()),
    vscode.commands.registerCommand('natolex.insertFromLexicon', (node?: LexiconNode) => engine().view.insert(node)),
    vscode.commands.registerCommand('natolex.showOutput', () => engine().status.showOutput()),
  );

  startIfNeeded();
  // A workspace with glossaries gets them checked (their problems listed) without waiting for a draft.
  const configuredGlossaries = (vscode.workspace.workspaceFolders ?? []).some((folder) => {
    const paths = vscode.workspace.getConfiguration('natolex', folder.uri).get('glossaries');
    return Array.isArray(paths) && paths.length > 0;
  });
  if (configuredGlossaries) startSoon();
  else if (vscode.workspace.workspaceFolders?.length) {
    void Promise.resolve(vscode.workspace.findFiles(GLOSSARY_FILES, '**/node_modules/**', 1)).then(
      (found) => found.length > 0 && startSoon(),
      () => undefined,
    );
  }

  return {
    host: extensionHostKind(),
    get service() {
      return engine().service;
    },
    get diagnostics() {
      return engine().diagnostics;
    },
    testing: {
      activePassagePicker: () => started?.activePassagePicker(),
      engineStarted: () => started !== undefined,
    },
  };
}

export function deactivate(): void {}
