// The natolex language server: LSP requests in, language-service calls, LSP results out. Every decision (what to
// report, which glossaries apply, what a hover says, which fixes exist) is the language service's; this file only
// wires the protocol to it. Shared by the Node (stdio) and browser (web worker) entries.
import {
  checkDocument,
  checkabilityOf,
  codeActions,
  doComplete,
  doHover,
  formatCitedInsertion,
  INSERT_CITED_PASSAGE_COMMAND,
  labelFor,
  languageFromLocale,
  languageTag,
  migrateHint,
  parseInsertCitedPassageArguments,
  schemaOneGlossaries,
  resolveInFolder,
  checkOptionsOf,
  toLspEdits,
  DIAGNOSTICS_DEBOUNCE_MS,
  GLOSSARY_GLOB,
  LineIndex,
  ProseDocuments,
  type CitationStyle,
  type DocumentFinding,
  type TextDocument as ServiceDocument,
  type WorkspaceHost,
} from '@natolex/language-service';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { schemaOneDiagnostic, staleDiagnostic, toCodeAction, toCompletionItem, toDiagnostic, toGlossaryDiagnostic, toHover } from './convert.js';
import { Folders, type FolderState } from './folders.js';
import { hoverLine } from './hover-line.js';

export const SERVER_NAME = 'natolex-language-server';
export const COMMANDS = [INSERT_CITED_PASSAGE_COMMAND] as const;

interface ClientSupport {
  configuration: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  documentChanges: boolean;
}

function supportOf(params: InitializeParams): ClientSupport {
  const { capabilities } = params;
  return {
    configuration: capabilities.workspace?.configuration === true,
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
  };
}

/** The folders a client opened: workspace folders, else the root URI. */
function foldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders?.length) return params.workspaceFolders.map((folder) => folder.uri);
  return params.rootUri ? [params.rootUri] : [];
}

/** The natolex section from settings a client pushes ({ natolex: {…} }) or passes at initialization. */
function natolexSection(settings: unknown): unknown {
  return typeof settings === 'object' && settings !== null && 'natolex' in settings ? (settings as { natolex: unknown }).natolex : undefined;
}

export function startServer(connection: Connection, baseHost: WorkspaceHost): void {
  const documents = new TextDocuments(TextDocument);
  let support: ClientSupport = supportOf({ capabilities: {} } as InitializeParams);
  // Settings of clients without workspace/configuration: from initializationOptions, then didChangeConfiguration.
  let pushedSettings: unknown;

  const openTexts = (): ReadonlyMap<string, string> => new Map(documents.all().map((document) => [document.uri, document.getText()]));
  // Open glossary buffers count as files of their folder even where the host cannot list files (the browser).
  const host: WorkspaceHost = {
    ...baseHost,
    listFiles: async (folder, glob) => {
      const listed = await baseHost.listFiles(folder, glob).catch(() => []);
      const base = folder.endsWith('/') ? folder : `${folder}/`;
      const open = glob === GLOSSARY_GLOB ? documents.keys().filter((uri) => uri.startsWith(base) && uri.endsWith('.natolex.json')) : [];
      return [...new Set([...listed, ...open])];
    },
  };
  const folders = new Folders({
    host,
    openTexts,
    configProblem: (folder, message) => connection.console.error(`natolex: ${folder}: ${message} (natolex.config.json is not used until it is fixed)`),
    settingsFor: async (scope) => {
      if (!support.configuration) return pushedSettings;
      const [section] = await connection.workspace.getConfiguration([{ ...(scope ? { scopeUri: scope } : {}), section: 'natolex' }]);
      return section ?? pushedSettings;
    },
  });

  const findingsCache = new Map<string, { version: number; findings: DocumentFinding[]; shown: FolderState['settings']['severities'] }>();
  const glossaryDiagnosticUris = new Set<string>();
  // Each open Markdown draft's prose model, re-read only where an edit changed it.
  const prose = new ProseDocuments();

  const asServiceDocument = (document: TextDocument): ServiceDocument => ({ uri: document.uri, languageId: document.languageId, text: document.getText(), version: document.version });

  /** The findings of a document as its folder's settings want them; [] when natolex does not check it. */
  async function findingsOf(document: TextDocument) {
    const cached = findingsCache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const { settings, state } = await folders.forDocument(document.uri);
    const service = asServiceDocument(document);
    const checkable = checkabilityOf(service, settings, settings.enabledLanguages).checkable;
    const findings = checkable ? checkDocument(state.lexicon, service, { ...checkOptionsOf(settings), documents: prose }) : [];
    const entry = { version: document.version, findings, shown: settings.severities };
    // Only the current version is kept: a slower check of an older version must not overwrite it.
    if (documents.get(document.uri)?.version === document.version) findingsCache.set(document.uri, entry);
    return entry;
  }

  async function diagnosticsOf(document: TextDocument): Promise<Diagnostic[]> {
    const { findings, shown } = await findingsOf(document);
    return findings.map((finding) => toDiagnostic(finding, shown[finding.rule])).filter((diagnostic): diagnostic is Diagnostic => diagnostic !== undefined);
  }

  async function publish(document: TextDocument): Promise<void> {
    if (support.pullDiagnostics) return;
    const version = document.version;
    const diagnostics = await diagnosticsOf(document);
    if (documents.get(document.uri)?.version !== version) return; // a newer version is on its way
    await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  }

  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let glossaryEdits: ReturnType<typeof setTimeout> | undefined;
  function schedule(document: TextDocument, delay = DIAGNOSTICS_DEBOUNCE_MS): void {
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) publish(current).catch((error: unknown) => connection.console.error(`natolex: ${String(error)}`));
      }, delay),
    );
  }

  /** After glossaries or settings changed: every open document again, and the glossaries' own problems. */
  async function refreshAll(): Promise<void> {
    findingsCache.clear();
    await publishGlossaryProblems();
    if (support.pullDiagnostics) {
      if (support.diagnosticRefresh) await connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) schedule(document, 0);
  }

  /** Each glossary's problems on the glossary itself (its syntax, schema and reference errors, at line:column). */
  async function publishGlossaryProblems(): Promise<void> {
    const byUri = new Map<string, Diagnostic[]>();
    for (const folder of folders.folderUris) {
      const { glossaries } = await folders.forFolder(folder);
      if (!glossaries) continue;
      for (const uri of glossaries.uris) byUri.set(uri, byUri.get(uri) ?? []);
      for (const report of glossaries.files) for (const issue of report.errors) byUri.get(report.key)?.push(toGlossaryDiagnostic(issue));
      for (const conflict of glossaries.conflicts) if (conflict.key !== undefined) byUri.get(conflict.key)?.push(toGlossaryDiagnostic(conflict));
      for (const glossary of glossaries.loaded) if (glossary.stale) byUri.get(glossary.key)?.push(staleDiagnostic());
      for (const glossary of schemaOneGlossaries(glossaries.loaded)) if (!glossary.stale) byUri.get(glossary.key)?.push(schemaOneDiagnostic(migrateHint(glossary.label)));
    }
    for (const uri of glossaryDiagnosticUris) if (!byUri.has(uri)) byUri.set(uri, []);
    glossaryDiagnosticUris.clear();
    for (const [uri, diagnostics] of byUri) {
      if (diagnostics.length > 0) glossaryDiagnosticUris.add(uri);
      await connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  async function glossaryChanged(uri: string): Promise<boolean> {
    const hit = await folders.foldersWithGlossary(uri);
    for (const folder of hit) folders.invalidate(folder);
    return hit.length > 0;
  }

  connection.onInitialize((params): InitializeResult => {
    support = supportOf(params);
    // The editor's locale: the writer's language when natolex.language is not set.
    folders.setLocale(languageTag(params.locale) ?? languageFromLocale(params.locale));
    // { natolex: {…} } or { settings: { natolex: {…} } }: what editors without workspace/configuration can pass.
    pushedSettings = natolexSection(params.initializationOptions) ?? natolexSection((params.initializationOptions as { settings?: unknown } | null | undefined)?.settings);
    folders.setFolders(foldersOf(params));
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
        executeCommandProvider: { commands: [...COMMANDS] },
        ...(support.pullDiagnostics ? { diagnosticProvider: { identifier: 'natolex', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  connection.onInitialized(() => {
    if (support.watchedFilesRegistration) {
      // Every JSON file: natolex.glossaries may name any; glossaryChanged keeps only the folders' glossaries.
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: GLOSSARY_GLOB }, { globPattern: '**/*.json' }] });
    }
    if (support.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'natolex' });
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      folders.setFolders([...folders.folderUris.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)]);
      void refreshAll();
    });
    void publishGlossaryProblems().catch(() => undefined);
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = natolexSection(change.settings);
    if (pushed !== undefined) pushedSettings = pushed;
    folders.invalidateAll();
    void refreshAll();
  });

  connection.onDidChangeWatchedFiles(async (change) => {
    let changed = false;
    for (const event of change.changes) {
      for (const folder of folders.foldersWithConfig(event.uri)) {
        folders.invalidate(folder);
        changed = true;
      }
      if (await glossaryChanged(event.uri)) changed = true;
    }
    if (changed) await refreshAll();
  });

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => {
    // An edited glossary buffer serves its unsaved text (openTexts) once its folder reloads: after a pause in typing,
    // not on every keystroke (a reload reads every glossary of the folder).
    if (document.uri.endsWith('.natolex.json')) {
      clearTimeout(glossaryEdits);
      glossaryEdits = setTimeout(() => void glossaryChanged(document.uri).then((hit) => (hit ? refreshAll() : undefined)), DIAGNOSTICS_DEBOUNCE_MS);
    }
    schedule(document);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    findingsCache.delete(document.uri);
    prose.forget(document.uri);
    if (!support.pullDiagnostics && !glossaryDiagnosticUris.has(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: document ? await diagnosticsOf(document) : [] };
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { state } = await folders.forDocument(document.uri);
    // Only the hovered line: the whole text would be indexed on every hover (see hover-line.ts).
    const line = hoverLine(document, params.position);
    const hover = doHover(state, line.document, line.position);
    return hover ? toHover(line.place(hover)) : null;
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { state } = await folders.forDocument(document.uri);
    // The document's own line offsets find the cursor's line: the whole text is not indexed per request.
    const list = doComplete(state, asServiceDocument(document), params.position, document);
    return { isIncomplete: list.isIncomplete, items: list.items.map(toCompletionItem) };
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { state, settings } = await folders.forDocument(document.uri);
    const { findings, shown } = await findingsOf(document);
    const only = params.context.only;
    const service = asServiceDocument(document);
    // "Define ABBR before the quotation" reads the draft's prose model: the session's, updated on change.
    const context = { ...checkOptionsOf(settings), lexicon: state.lexicon, prepared: prose.prepare(document.uri, service.text, state.lexicon) };
    return codeActions(state, service, params.range, findings, context)
      .filter((action) => !only || only.some((kind) => action.kind === kind || action.kind.startsWith(`${kind}.`)))
      .map((action) => toCodeAction(document.uri, action, (finding) => toDiagnostic(finding, shown[finding.rule])));
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== INSERT_CITED_PASSAGE_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
    const args = parseInsertCitedPassageArguments(params.arguments?.[0]);
    if (!args) throw new ResponseError(ErrorCodes.InvalidParams, `${INSERT_CITED_PASSAGE_COMMAND} takes one argument: { uri, snippetId, position?, format?, style? }`);
    const document = documents.get(args.uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${args.uri} is not open`);
    const { settings, state, folder } = await folders.forDocument(document.uri);
    const text = document.getText();
    const lines = new LineIndex(text);
    let insertion;
    try {
      const style = await citationStyle(host, folder, settings.citation.styleFile, args.style ?? settings.citation.style, settings.maxGlossarySize);
      insertion = formatCitedInsertion(state.lexicon, args.snippetId, args.format ?? settings.citation.format, style, text, {
        offset: args.position ? lines.offsetAt(args.position) : text.length,
        markdown: document.languageId !== 'plaintext',
      });
    } catch (error) {
      throw new ResponseError(ErrorCodes.InvalidParams, error instanceof Error ? error.message : String(error));
    }
    const edits = toLspEdits(lines, insertion.edits);
    // With a version where the client supports it: an edit computed for an older text is refused, not misplaced.
    const edit = support.documentChanges ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] } : { changes: { [document.uri]: edits } };
    const result = await connection.workspace.applyEdit({ label: 'Insert cited passage', edit });
    return { applied: result.applied, ...(insertion.footnote === undefined ? {} : { footnote: insertion.footnote }), ...(insertion.citationKey === undefined ? {} : { citationKey: insertion.citationKey }) };
  });

  documents.listen(connection);
  connection.listen();
}

/** The CSL style: natolex.citation.styleFile's text when set (read inside the folder only), else the named style. */
async function citationStyle(host: WorkspaceHost, folder: string, styleFile: string, named: CitationStyle, maxSize: number): Promise<CitationStyle> {
  if (styleFile === '' || folder === '') return named;
  const uri = resolveInFolder(folder, styleFile);
  if (uri === undefined) throw new Error(`natolex.citation.styleFile '${styleFile}' is not inside the folder`);
  const size = (await host.stat?.(uri))?.size ?? 0;
  const bytes = size > maxSize ? undefined : await host.readFile(uri);
  if (!bytes || bytes.length > maxSize) throw new Error(`${labelFor(folder, uri)} is larger than ${maxSize} bytes`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  if (!text.startsWith('<')) throw new Error(`${labelFor(folder, uri)} is not a CSL style (XML)`);
  return text as CitationStyle;
}
