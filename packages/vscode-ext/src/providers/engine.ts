// The heavy half of the extension: the lexicon service (glossaries over the bundled corpus), the diagnostics, the
// status bar and output channel, and the providers and commands src/extension.ts registered at activation. It pulls
// in the language service, the corpus and their libraries (the Markdown parser, the CSL processor, the TBX reader,
// the JSON Schema validator), so it is started on first use, not at activation: the Node build makes it a file of
// its own (dist/engine.cjs, required then); the web-worker build keeps one file in which it is evaluated only then.
import * as vscode from 'vscode';
import type { LexiconNode } from '../core/tree.js';
import type { Translate } from '../core/translate.js';
import { insertCitedPassage, type InsertCitedPassageArgs } from './citations.js';
import { RuleDiagnostics } from './diagnostics.js';
import { expandFirstUses } from './expand-command.js';
import { GlossaryFixProvider } from './glossary-fixes.js';
import { NatolexCodeActionProvider, NatolexCompletionProvider, NatolexHoverProvider } from './language-features.js';
import { LexiconService } from './lexicon-service.js';
import { lexiconView, type LexiconView } from './lexicon-view.js';
import { registerLoadStatus, type LoadStatus } from './load-status.js';
import { NatolexDocuments, activePassagePicker, openEntry, openPassage } from './passages.js';

/** What src/extension.ts made at activation and the engine works with. */
export interface EngineHandles {
  t: Translate;
  /** The Lexicon view, created at activation (VS Code asks for it before any first use). */
  view: Pick<vscode.TreeView<LexiconNode>, 'message'>;
  /** The view's change event, which the engine's tree fires. */
  treeChanged: vscode.EventEmitter<LexiconNode | undefined>;
}

export interface Engine extends vscode.Disposable {
  service: LexiconService;
  diagnostics: RuleDiagnostics;
  hover: NatolexHoverProvider;
  codeActions: NatolexCodeActionProvider;
  completion: NatolexCompletionProvider;
  documents: NatolexDocuments;
  glossaryFixes: GlossaryFixProvider;
  view: LexiconView;
  status: LoadStatus;
  commands: {
    insertCitedPassage(args?: unknown): Promise<unknown>;
    expandFirstUses(): Promise<boolean>;
    reloadGlossaries(): Promise<void>;
    openPassage(id?: unknown): Promise<unknown>;
    openEntry(id?: unknown): Promise<unknown>;
  };
  activePassagePicker: typeof activePassagePicker;
}

/** Loads the glossaries, checks the open drafts and answers the providers and commands from now on. */
export function startEngine({ t, view, treeChanged }: EngineHandles): Engine {
  const service = new LexiconService(t);
  const diagnostics = new RuleDiagnostics(service, t);
  const tree = lexiconView(service, t, view);
  const status = registerLoadStatus(service, t);
  const forwardTree = tree.provider.onDidChangeTreeData((node) => treeChanged.fire(node));
  return {
    service,
    diagnostics,
    hover: new NatolexHoverProvider(service, t),
    codeActions: new NatolexCodeActionProvider(diagnostics, t, service),
    completion: new NatolexCompletionProvider(service, t),
    documents: new NatolexDocuments(service, t),
    glossaryFixes: new GlossaryFixProvider(service),
    view: tree,
    status,
    commands: {
      insertCitedPassage: (args?: unknown) => insertCitedPassage(service, t, typeof args === 'object' && args !== null ? (args as InsertCitedPassageArgs) : {}),
      expandFirstUses: () => expandFirstUses(service, t),
      reloadGlossaries: () => service.reloadAll(),
      openPassage: (id?: unknown) => openPassage(service, t, id),
      openEntry: (id?: unknown) => openEntry(id),
    },
    activePassagePicker,
    dispose() {
      for (const disposable of [forwardTree, status, tree, diagnostics, service]) disposable.dispose();
    },
  };
}
