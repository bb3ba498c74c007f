// The lexicon each document sees: the bundled corpus plus the glossaries of its workspace folder. Which glossaries
// (every *.natolex.json, plus the paths of the natolex.glossaries setting, confined to the folder), reading,
// checking and merging are the language service's (loadFolderGlossaries), over a host on vscode.workspace.fs (so
// virtual and browser workspaces work); core/glossary.ts words the problems, which become diagnostics on the
// glossary files. File watchers and saves trigger a reload of that folder only. Each load is given the documents the
// previous one served, so a file that breaks keeps its last good version.
import { createLexicon, type Lexicon } from '@natolex/data';
import { GLOSSARY_GLOB, isGlossaryUri, loadFolderGlossaries, type WorkspaceHost } from '@natolex/language-service';
import * as vscode from 'vscode';
import { describeGlossaries, type GlossaryLoad, type GlossaryProblem } from '../core/glossary.js';
import type { FolderLoad } from '../core/load-report.js';
import type { Translate } from '../core/translate.js';
import { readSettings } from './settings.js';

export { GLOSSARY_GLOB };
const RELOAD_DELAY_MS = 150;
/** Most *.natolex.json files a folder's search returns. */
const MAX_FOUND = 1000;

/**
 * The language service's host on vscode.workspace.fs. It keeps the text of every file it read, for the ranges and
 * fixes of that file's problems.
 */
function workspaceHost(texts: Map<string, string>): WorkspaceHost {
  return {
    async readFile(uri) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
      // Not fatal, BOM kept: only for positions; the service decodes the bytes strictly itself.
      texts.set(uri, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
      return bytes;
    },
    async listFiles(folder, glob) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), glob), '**/node_modules/**', MAX_FOUND);
      return found.map((uri) => uri.toString());
    },
    async stat(uri) {
      try {
        return { size: (await vscode.workspace.fs.stat(vscode.Uri.parse(uri))).size };
      } catch {
        return undefined; // a configured path that does not exist (yet): nothing to load, nothing to report
      }
    },
  };
}

interface FolderState {
  name: string;
  load: GlossaryLoad;
  /** Glossary files with diagnostics, to clear them when the file goes away or is fixed. */
  files: Set<string>;
}

export class LexiconService implements vscode.Disposable {
  private bundledLexicon: Lexicon | undefined;
  private readonly folders = new Map<string, FolderState>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly changed = new vscode.EventEmitter<vscode.WorkspaceFolder | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  private settingWatchers: vscode.Disposable[] = [];
  readonly diagnostics = vscode.languages.createDiagnosticCollection('natolex-glossaries');
  /** Fires after a folder's glossaries were (re)loaded. */
  readonly onDidChange = this.changed.event;
  /** Settles once every folder's glossaries have been loaded the first time. */
  readonly ready: Promise<void>;

  constructor(private readonly t: Translate) {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOSSARY_GLOB);
    const onFile = (uri: vscode.Uri) => this.scheduleReload(vscode.workspace.getWorkspaceFolder(uri));
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onFile),
      watcher.onDidChange(onFile),
      watcher.onDidDelete(onFile),
      this.changed,
      this.diagnostics,
      // Saves cover file systems whose watchers report nothing (some virtual workspaces).
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.isGlossary(document.uri)) onFile(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('natolex.glossaries') || event.affectsConfiguration('natolex.maxGlossarySize')) {
          this.watchSettingPaths();
          for (const folder of vscode.workspace.workspaceFolders ?? []) this.scheduleReload(folder);
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.forget(folder);
        for (const folder of event.added) this.scheduleReload(folder);
        this.watchSettingPaths();
      }),
    );
    this.watchSettingPaths();
    this.ready = Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.reload(folder))).then(() => undefined);
  }

  /**
   * Waits for the first load of the glossaries, but not for long: a slow file search must not hold up hovers, which
   * then use what is loaded so far (at worst the bundled corpus).
   */
  whenReady(timeoutMs = 1000): Promise<void> {
    return Promise.race([this.ready, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  /** The bundled corpus alone. */
  get bundled(): Lexicon {
    this.bundledLexicon ??= createLexicon();
    return this.bundledLexicon;
  }

  /** The lexicon for a document: its folder's glossaries over the bundled corpus. */
  lexiconFor(uri: vscode.Uri | undefined): Lexicon {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.folders.get(folder.uri.toString())?.load.lexicon) ?? this.bundled;
  }

  /** Which glossary an id comes from, for a document's lexicon (undefined for the bundled corpus). */
  originOf(uri: vscode.Uri | undefined, id: string): string | undefined {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folders.get(folder.uri.toString())?.load.origins.get(id) : undefined;
  }

  /** The first lexicon (folders first, then the bundled corpus) that has a record with this id. */
  lexiconContaining(id: string): Lexicon {
    for (const state of this.folders.values()) if (state.load.lexicon.get(id) !== undefined) return state.load.lexicon;
    return this.bundled;
  }

  /** Every folder's latest load, in workspace order (for the output channel and the status bar). */
  folderLoads(): FolderLoad[] {
    return [...this.folders].map(([key, state]) => ({ key, folder: state.name, load: state.load }));
  }

  /** The problems found in a glossary file by the latest load (its quick fixes come from these). */
  glossaryProblems(uri: vscode.Uri): GlossaryProblem[] {
    const key = uri.toString();
    for (const state of this.folders.values()) {
      for (const [file, problems] of state.load.problems) if (file === key || vscode.Uri.parse(file).toString() === key) return problems;
    }
    return [];
  }

  /** Reloads every folder now (the "Reload Workspace Glossaries" command). */
  async reloadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.reload(folder)));
  }

  private isGlossary(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder !== undefined && isGlossaryUri(uri.toString(), folder.uri.toString(), readSettings(folder.uri).glossaries);
  }

  /** Watchers for the setting's paths (the *.natolex.json watcher covers the rest). */
  private watchSettingPaths(): void {
    for (const watcher of this.settingWatchers) watcher.dispose();
    this.settingWatchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const path of readSettings(folder.uri).glossaries) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, path));
        const reload = () => this.scheduleReload(folder);
        this.settingWatchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
      }
    }
  }

  private scheduleReload(folder: vscode.WorkspaceFolder | undefined): void {
    if (!folder) return;
    const key = folder.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.reload(folder);
      }, RELOAD_DELAY_MS),
    );
  }

  /** Loads one folder's glossaries; reloads of one folder run one after the other. */
  reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const previous = this.running.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.load(folder)).catch((error: unknown) => {
      // Never let a glossary problem escape into the extension host; the bundled corpus keeps serving.
      console.error(`natolex: could not load the glossaries of ${folder.name}:`, error);
    });
    this.running.set(key, next);
    return next;
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const settings = readSettings(folder.uri);
    const key = folder.uri.toString();
    const previous = new Map((this.folders.get(key)?.load.loaded ?? []).map((glossary) => [glossary.key, glossary.document]));
    const texts = new Map<string, string>();
    const check = await loadFolderGlossaries(workspaceHost(texts), key, {
      configured: settings.glossaries,
      limits: { maxGlossarySize: settings.maxGlossarySize },
      previous,
      dropInvalidEntries: true,
    });
    if (!vscode.workspace.getWorkspaceFolder(folder.uri)) return; // removed while loading
    const load = describeGlossaries(check, texts, { maxGlossarySize: settings.maxGlossarySize, t: this.t, bundled: this.bundled });

    const files = new Set<string>();
    for (const old of this.folders.get(key)?.files ?? []) this.diagnostics.delete(vscode.Uri.parse(old));
    const shown = new Map(load.problems);
    for (const [file, hints] of load.hints) shown.set(file, [...(shown.get(file) ?? []), ...hints]);
    for (const [file, problems] of shown) {
      if (problems.length === 0) continue;
      files.add(file);
      this.diagnostics.set(
        vscode.Uri.parse(file),
        problems.map((problem) => {
          const range = new vscode.Range(problem.line, problem.character, problem.endLine, problem.endCharacter);
          const diagnostic = new vscode.Diagnostic(range, problem.message, problem.hint ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Error);
          diagnostic.source = 'natolex';
          diagnostic.code = problem.code;
          return diagnostic;
        }),
      );
    }
    this.folders.set(key, { name: folder.name, load, files });
    this.changed.fire(folder);
  }

  private forget(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    for (const file of this.folders.get(key)?.files ?? []) this.diagnostics.delete(vscode.Uri.parse(file));
    this.folders.delete(key);
    this.changed.fire(folder);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const disposable of [...this.settingWatchers, ...this.disposables]) disposable.dispose();
  }
}
