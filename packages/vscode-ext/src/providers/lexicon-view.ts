// The "Lexicon" view: topics › sections › passages, concepts, acronyms and events of the active document's lexicon,
// named in the writer's language, with a search that narrows the tree, a click that shows an item (a concept's entry
// document, whichever of its terms was clicked) and an inline action that inserts it.
import * as vscode from 'vscode';
import { childrenOf, eventPassage, insertionTextFor, searchFilter, type LexiconNode, type TreeFilter } from '../core/tree.js';
import type { Translate } from '../core/translate.js';
import { insertCitedPassage } from './citations.js';
import { VIEW_ID } from './contributions.js';
import type { LexiconService } from './lexicon-service.js';
import { readSettings, writerLanguage } from './settings.js';

export { VIEW_ID };

export class LexiconTreeProvider implements vscode.TreeDataProvider<LexiconNode> {
  private readonly changed = new vscode.EventEmitter<LexiconNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: TreeFilter;
  query: string | undefined;
  /** The document whose folder's lexicon is shown: the active editor, unless it is one of our read-only documents. */
  private documentUri: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri;

  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {}

  private get lexicon() {
    return this.service.lexiconFor(this.documentUri ?? vscode.workspace.workspaceFolders?.[0]?.uri);
  }

  /** Follows the active editor; a passage or entry opened from the view keeps the view on its draft's lexicon. */
  followEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.uri.scheme === 'natolex') return;
    const before = this.service.lexiconFor(this.documentUri);
    this.documentUri = editor.document.uri;
    if (this.service.lexiconFor(this.documentUri) !== before) this.refresh();
  }

  setQuery(query: string | undefined): number {
    this.query = query === undefined || query.trim() === '' ? undefined : query;
    this.filter = this.query === undefined ? undefined : searchFilter(this.lexicon, this.query);
    this.refresh();
    return this.filter?.size ?? 0;
  }

  refresh(): void {
    if (this.query !== undefined) this.filter = searchFilter(this.lexicon, this.query);
    this.changed.fire(undefined);
  }

  getChildren(node?: LexiconNode): LexiconNode[] {
    return childrenOf(this.lexicon, node, this.filter, this.t, writerLanguage(this.documentUri));
  }

  getTreeItem(node: LexiconNode): vscode.TreeItem {
    const expandable = node.kind === 'group' || node.kind === 'topic' || node.kind === 'section';
    const state = expandable ? (this.filter !== undefined || node.kind === 'group' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, node.kind === 'group' && node.group !== 'topics' ? vscode.TreeItemCollapsibleState.Collapsed : state);
    // An acronym node is its concept's id and the acronym (a concept may have two acronyms).
    item.id = node.kind === 'group' ? `group:${node.group}` : node.kind === 'acronym' ? `acronym:${node.id}:${node.label}` : `${node.kind}:${node.id}`;
    switch (node.kind) {
      case 'group':
        item.description = String(node.count);
        break;
      case 'passage':
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.contextValue = 'natolex.insertable.passage';
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = { command: 'natolex.openPassage', title: this.t('Open the passage'), arguments: [node.id] };
        break;
      case 'acronym':
      case 'concept':
        item.description = node.description;
        item.contextValue = `natolex.insertable.${node.kind}`;
        item.iconPath = new vscode.ThemeIcon(node.kind === 'acronym' ? 'symbol-constant' : 'symbol-key');
        item.command = { command: 'natolex.openEntry', title: this.t('Show the entry'), arguments: [node.id] };
        break;
      case 'event': {
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon('calendar');
        const passage = eventPassage(this.lexicon, node.id);
        if (passage) {
          item.contextValue = 'natolex.insertable.event';
          item.command = { command: 'natolex.openPassage', title: this.t('Open the passage'), arguments: [passage] };
        }
        break;
      }
      case 'topic':
        item.iconPath = new vscode.ThemeIcon('book');
        break;
      default:
        break;
    }
    return item;
  }
}

async function insertNode(service: LexiconService, t: Translate, node: LexiconNode | undefined): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!node || !editor) {
    if (!editor) void vscode.window.showErrorMessage(t('Open a document to insert into.'));
    return false;
  }
  const lexicon = service.lexiconFor(editor.document.uri);
  const format = readSettings(editor.document).citationFormat;
  if (node.kind === 'passage') return (await insertCitedPassage(service, t, { snippetId: node.id, format })).inserted;
  if (node.kind === 'event') {
    const passage = eventPassage(lexicon, node.id);
    return passage ? (await insertCitedPassage(service, t, { snippetId: passage, format })).inserted : false;
  }
  const text = node.kind === 'acronym' || node.kind === 'concept' ? insertionTextFor(lexicon, node.id, node.label, writerLanguage(editor.document.uri)) : undefined;
  if (text === undefined) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const selection of editor.selections) edit.replace(editor.document.uri, selection, text);
  return vscode.workspace.applyEdit(edit);
}

/** The view's commands, on the tree view src/extension.ts created (it shows `provider`'s tree). */
export interface LexiconView extends vscode.Disposable {
  provider: LexiconTreeProvider;
  /** natolex.filterLexicon: narrows the tree to a search (asked for when not given); returns the query shown. */
  filter(query?: unknown): Promise<string | undefined>;
  /** natolex.clearLexiconFilter */
  clearFilter(): void;
  /** natolex.insertFromLexicon: inserts a passage, event, acronym or concept of the tree into the active editor. */
  insert(node?: LexiconNode): Promise<boolean>;
}

export function lexiconView(service: LexiconService, t: Translate, view: Pick<vscode.TreeView<LexiconNode>, 'message'>): LexiconView {
  const provider = new LexiconTreeProvider(service, t);
  const showQuery = (hits: number) => {
    view.message = provider.query === undefined ? undefined : t('Search "{0}": {1} matches', provider.query, hits);
    void vscode.commands.executeCommand('setContext', 'natolex.lexiconFiltered', provider.query !== undefined);
  };
  const subscriptions = vscode.Disposable.from(
    service.onDidChange(() => provider.refresh()),
    vscode.window.onDidChangeActiveTextEditor((editor) => provider.followEditor(editor)),
  );
  return {
    provider,
    async filter(query?: unknown) {
      const value = typeof query === 'string' ? query : await vscode.window.showInputBox({ title: t('Search the lexicon'), prompt: t('Words to look for (typos are fine); empty shows everything'), value: provider.query ?? '' });
      if (value === undefined) return undefined;
      showQuery(provider.setQuery(value));
      return provider.query;
    },
    clearFilter: () => showQuery(provider.setQuery(undefined)),
    insert: (node?: LexiconNode) => insertNode(service, t, node),
    dispose: () => subscriptions.dispose(),
  };
}
