// Each workspace folder's settings and lexicon (the corpus plus the folder's glossaries), loaded through the
// language service's policy (loadFolderGlossaries: which files, limits, partial loading) and kept until a glossary or
// a setting changes. Documents outside every folder get the corpus and the settings for their own URI.
import { createLexicon, type Lexicon, type LexiconDocument } from '@natolex/data';
import {
  DEFAULT_EDITOR_SETTINGS,
  folderFor,
  isGlossaryUri,
  loadFolderGlossaries,
  readEditorSettings,
  readWorkspaceConfig,
  settingsOfConfig,
  stateOf,
  type EditorSettings,
  type FolderGlossaries,
  type ServiceState,
  type WorkspaceHost,
} from '@natolex/language-service';

export interface FolderState {
  folder: string;
  settings: EditorSettings;
  glossaries: FolderGlossaries | undefined;
  state: ServiceState;
}

export interface FolderSource {
  host: WorkspaceHost;
  /** The natolex section for a scope (a folder or document URI); undefined when the client has none. */
  settingsFor(scope: string | undefined): Promise<unknown>;
  /** Open, possibly unsaved, texts by URI (an editor's glossary buffer wins over the file). */
  openTexts(): ReadonlyMap<string, string>;
  /** A folder's natolex.config.json could not be used (the message names file:line:col); its defaults apply. */
  configProblem?(folder: string, message: string): void;
}

let corpus: Lexicon | undefined;
/** The bundled corpus, built once (every folder without glossaries shares it). */
export function bundledLexicon(): Lexicon {
  return (corpus ??= createLexicon());
}

export class Folders {
  private readonly folders = new Map<string, Promise<FolderState>>();
  private uris: string[] = [];
  /** The client's locale (InitializeParams.locale), as a language tag. */
  private locale: string | undefined;
  /** Per folder, the glossary documents the last load served: a file that breaks keeps serving its last good version. */
  private readonly lastGood = new Map<string, ReadonlyMap<string, LexiconDocument>>();

  constructor(private readonly source: FolderSource) {}

  setFolders(uris: readonly string[]): void {
    for (const uri of this.folders.keys()) if (!uris.includes(uri)) this.folders.delete(uri);
    for (const uri of this.lastGood.keys()) if (!uris.includes(uri)) this.lastGood.delete(uri);
    this.uris = [...uris];
  }

  setLocale(locale: string | undefined): void {
    this.locale = locale;
    this.invalidateAll();
  }

  /** The writer's language: natolex.language, else the client's locale; undefined leaves it to the lexicon. */
  private languageFor(settings: EditorSettings): string | undefined {
    return settings.language || this.locale;
  }

  get folderUris(): readonly string[] {
    return this.uris;
  }

  /** The folder a document belongs to, if any. */
  folderOf(uri: string): string | undefined {
    return folderFor(uri, this.uris);
  }

  /** The state for a document: its folder's, or corpus-only with the document's own settings. */
  async forDocument(uri: string): Promise<FolderState> {
    const folder = this.folderOf(uri);
    if (folder !== undefined) return this.forFolder(folder);
    const settings = readEditorSettings(await this.source.settingsFor(uri));
    const language = this.languageFor(settings);
    return { folder: '', settings, glossaries: undefined, state: { lexicon: bundledLexicon(), ...(language ? { language } : {}) } };
  }

  forFolder(folder: string): Promise<FolderState> {
    let state = this.folders.get(folder);
    if (!state) {
      state = this.load(folder);
      this.folders.set(folder, state);
    }
    return state;
  }

  /** Forgets a folder's state (a glossary or setting changed); the next request loads it again. */
  invalidate(folder: string): void {
    this.folders.delete(folder);
  }

  invalidateAll(): void {
    this.folders.clear();
  }

  /** The folders whose glossaries include `uri` (found by the glob or named by natolex.glossaries). */
  async foldersWithGlossary(uri: string): Promise<string[]> {
    const hits: string[] = [];
    for (const folder of this.uris) {
      const loaded = this.folders.get(folder);
      const configured = loaded ? (await loaded).settings.glossaries : [];
      if (isGlossaryUri(uri, folder, configured)) hits.push(folder);
    }
    return hits;
  }

  /** Whether `uri` is a file a folder's configuration is read from (natolex.config.json, package.json at its root). */
  foldersWithConfig(uri: string): string[] {
    return this.uris.filter((folder) => {
      const base = folder.endsWith('/') ? folder : `${folder}/`;
      return uri === `${base}natolex.config.json` || uri === `${base}package.json`;
    });
  }

  private async load(folder: string): Promise<FolderState> {
    // The folder's natolex.config.json (the CLI's file, read by the same reader) is the base; the client's settings win.
    const config = await readWorkspaceConfig(this.source.host, folder).catch(() => undefined);
    if (config?.error !== undefined) this.source.configProblem?.(folder, config.error);
    const base = config?.config ? settingsOfConfig(config.config) : DEFAULT_EDITOR_SETTINGS;
    const settings = readEditorSettings(await this.source.settingsFor(folder), base);
    const glossaries = await loadFolderGlossaries(this.source.host, folder, {
      configured: settings.glossaries,
      limits: { maxGlossarySize: settings.maxGlossarySize },
      openTexts: this.source.openTexts(),
      // The loader's partial policy, as in the VS Code extension: a typo drops only the broken entry, and a file
      // that cannot load at all keeps serving its last good version (marked stale).
      previous: this.lastGood.get(folder),
      dropInvalidEntries: true,
    });
    this.lastGood.set(folder, new Map(glossaries.loaded.map((glossary) => [glossary.key, glossary.document])));
    return { folder, settings, glossaries, state: stateOf(glossaries, bundledLexicon(), undefined, this.languageFor(settings)) };
  }
}
