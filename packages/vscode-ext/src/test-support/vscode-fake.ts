// A small in-memory stand-in for the `vscode` module, for unit tests of the adapters under vitest (vitest.config.ts
// aliases `vscode` to this file). It implements only what the adapters use, with the same semantics; the real API
// is exercised by the extension-host suite (test/suite).
type Listener<T> = (value: T) => unknown;

export class Disposable {
  constructor(private readonly onDispose: () => void = () => {}) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.onDispose();
  }
}

export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((other) => other !== listener)));
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', normalize(path));
  }
  static parse(text: string): Uri {
    const match = /^([a-z-]+):\/\/(.*)$/.exec(text);
    return match ? new Uri(match[1]!, match[2]!) : new Uri('file', text);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, normalize([base.path, ...parts].join('/')));
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number | Position, startCharacter: number | Position, endLine?: number, endCharacter?: number) {
    if (startLine instanceof Position && startCharacter instanceof Position) {
      this.start = startLine;
      this.end = startCharacter;
    } else {
      this.start = new Position(startLine as number, startCharacter as number);
      this.end = new Position(endLine ?? 0, endCharacter ?? 0);
    }
  }
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  source?: string;
  code?: string;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export class RelativePattern {
  constructor(
    readonly base: { uri: Uri } | Uri,
    readonly pattern: string,
  ) {}
}

export interface WorkspaceFolder {
  uri: Uri;
  name: string;
  index: number;
}

/** The fake's state, which tests set up and drive. */
export const fake = {
  files: new Map<string, string>(),
  folders: [] as WorkspaceFolder[],
  /** Settings by folder URI string ('' for the user level), as dotted keys under natolex. */
  settings: new Map<string, Record<string, unknown>>(),
  watchers: [] as Array<{ pattern: string | RelativePattern; create: EventEmitter<Uri>; change: EventEmitter<Uri>; delete: EventEmitter<Uri> }>,
  diagnostics: new Map<string, Map<string, Diagnostic[]>>(),
  reset(): void {
    this.files.clear();
    this.folders.length = 0;
    this.settings.clear();
    this.watchers.length = 0;
    this.diagnostics.clear();
  },
  addFolder(path: string): WorkspaceFolder {
    const folder = { uri: Uri.file(path), name: path.split('/').pop() ?? path, index: this.folders.length };
    this.folders.push(folder);
    return folder;
  },
  /** Writes a file and tells the watchers, as the file system would. */
  write(path: string, text: string): void {
    const existed = this.files.has(normalize(path));
    this.files.set(normalize(path), text);
    for (const watcher of this.watchers) (existed ? watcher.change : watcher.create).fire(Uri.file(path));
  },
};

function folderOf(uri: Uri): WorkspaceFolder | undefined {
  return [...fake.folders].sort((a, b) => b.uri.path.length - a.uri.path.length).find((folder) => uri.path === folder.uri.path || uri.path.startsWith(`${folder.uri.path}/`));
}

function noEvent() {
  return new Disposable();
}

export const workspace = {
  get workspaceFolders(): WorkspaceFolder[] | undefined {
    return fake.folders.length > 0 ? [...fake.folders] : undefined;
  },
  textDocuments: [] as unknown[],
  getWorkspaceFolder: (uri: Uri) => folderOf(uri),
  asRelativePath: (uri: Uri) => {
    const folder = folderOf(uri);
    return folder ? uri.path.slice(folder.uri.path.length + 1) : uri.path;
  },
  // A scope is a Uri, or anything with one (a document, a workspace folder), as in VS Code.
  getConfiguration: (section: string, scope?: Uri | { uri: Uri }) => ({
    get: (key: string) => {
      const uri = scope instanceof Uri ? scope : scope?.uri;
      const folder = uri && folderOf(uri);
      const values = { ...fake.settings.get(''), ...(folder ? fake.settings.get(folder.uri.toString()) : {}) };
      return values[`${section}.${key}`];
    },
  }),
  // A RelativePattern searches its folder, a glob string every folder (only `**/*<suffix>` globs are understood).
  findFiles: async (pattern: RelativePattern | string) => {
    const bases = typeof pattern === 'string' ? fake.folders.map((folder) => folder.uri) : [pattern.base instanceof Uri ? pattern.base : pattern.base.uri];
    const suffix = (typeof pattern === 'string' ? pattern : pattern.pattern).replace('**/*', '');
    return [...fake.files.keys()].filter((path) => bases.some((base) => path.startsWith(`${base.path}/`)) && path.endsWith(suffix) && !path.includes('/node_modules/')).map((path) => Uri.file(path));
  },
  fs: {
    stat: async (uri: Uri) => {
      const text = fake.files.get(uri.path);
      if (text === undefined) throw new Error(`ENOENT ${uri.path}`);
      return { size: new TextEncoder().encode(text).length };
    },
    readFile: async (uri: Uri) => {
      const text = fake.files.get(uri.path);
      if (text === undefined) throw new Error(`ENOENT ${uri.path}`);
      return new TextEncoder().encode(text);
    },
  },
  createFileSystemWatcher: (pattern: string | RelativePattern) => {
    const watcher = { pattern, create: new EventEmitter<Uri>(), change: new EventEmitter<Uri>(), delete: new EventEmitter<Uri>() };
    fake.watchers.push(watcher);
    return { onDidCreate: watcher.create.event, onDidChange: watcher.change.event, onDidDelete: watcher.delete.event, dispose: () => {} };
  },
  onDidSaveTextDocument: noEvent,
  onDidChangeConfiguration: noEvent,
  onDidChangeWorkspaceFolders: noEvent,
  onDidOpenTextDocument: noEvent,
  onDidChangeTextDocument: noEvent,
  onDidCloseTextDocument: noEvent,
  registerTextDocumentContentProvider: (scheme: string, provider: unknown) => record(shown.contentProviders, scheme, provider),
};

export const CodeActionKind = { QuickFix: 'quickfix', SourceFixAll: 'source.fixAll' };

/** Keeps a registration in `list` until it is disposed. */
function record<T>(list: Map<string, T[]>, key: string, item: T): Disposable {
  list.set(key, [...(list.get(key) ?? []), item]);
  return new Disposable(() => list.set(key, (list.get(key) ?? []).filter((other) => other !== item)));
}

export const languages = {
  createDiagnosticCollection: (name: string) => {
    const entries = new Map<string, Diagnostic[]>();
    fake.diagnostics.set(name, entries);
    return {
      set: (uri: Uri, diagnostics: Diagnostic[]) => entries.set(uri.toString(), diagnostics),
      delete: (uri: Uri) => entries.delete(uri.toString()),
      get: (uri: Uri) => entries.get(uri.toString()),
      dispose: () => entries.clear(),
    };
  },
  registerHoverProvider: (selector: unknown, provider: unknown) => record(shown.providers, 'hover', { selector, provider }),
  registerCodeActionsProvider: (selector: unknown, provider: unknown) => record(shown.providers, 'codeActions', { selector, provider }),
  registerCompletionItemProvider: (selector: unknown, provider: unknown) => record(shown.providers, 'completion', { selector, provider }),
};

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

/** What the adapters showed: output channel lines by channel name, status-bar items, registered commands. */
export const shown = {
  output: new Map<string, string[]>(),
  statusItems: [] as Array<{ id: string; text: string; tooltip?: string; command?: string; backgroundColor?: ThemeColor; visible: boolean }>,
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  /** Registered providers by kind ('hover', 'codeActions', 'completion'), with their document selectors. */
  providers: new Map<string, Array<{ selector: unknown; provider: unknown }>>(),
  contentProviders: new Map<string, unknown[]>(),
  treeViews: new Map<string, { treeDataProvider: unknown; message?: string }>(),
  reset(): void {
    this.output.clear();
    this.statusItems.length = 0;
    this.commands.clear();
    this.providers.clear();
    this.contentProviders.clear();
    this.treeViews.clear();
  },
};

export const window = {
  activeTextEditor: undefined as { document: { uri: Uri } } | undefined,
  onDidChangeActiveTextEditor: noEvent,
  createOutputChannel: (name: string) => {
    const lines: string[] = [];
    shown.output.set(name, lines);
    const append = (message: string) => lines.push(message);
    return { info: append, warn: append, error: append, appendLine: append, show: () => {}, dispose: () => {} };
  },
  createTreeView: (id: string, options: { treeDataProvider: unknown }) => {
    const view = { treeDataProvider: options.treeDataProvider, message: undefined as string | undefined, dispose: () => shown.treeViews.delete(id) };
    shown.treeViews.set(id, view);
    return view;
  },
  createStatusBarItem: (id: string) => {
    const item = { id, text: '', visible: false, show: () => (item.visible = true), hide: () => (item.visible = false), dispose: () => {} };
    shown.statusItems.push(item);
    return item;
  },
};

export const commands = {
  registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
    shown.commands.set(id, run);
    return new Disposable(() => shown.commands.delete(id));
  },
  executeCommand: async (id: string, ...args: unknown[]) => shown.commands.get(id)?.(...args),
};

export const l10n = { t: (message: string, ...args: Array<string | number | boolean>) => message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)])) };
export const env = { language: 'en' };

export class MarkdownString {
  supportHtml = false;
  isTrusted: unknown = false;
  constructor(
    readonly value = '',
    readonly supportThemeIcons = false,
  ) {}
}

export class Hover {
  readonly contents: MarkdownString[];
  constructor(
    contents: MarkdownString,
    readonly range?: Range,
  ) {
    this.contents = [contents];
  }
}
