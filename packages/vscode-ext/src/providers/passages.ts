// Read-only documents for corpus passages and lexicon entries (natolex:/passage/<id>.txt, natolex:/entry/<id>.txt),
// and the pickers that choose a passage: a QuickPick that runs the lexicon's typo-tolerant search as you type.
import type { Lexicon } from '@natolex/data';
import * as vscode from 'vscode';
import { entryDocument, passageDocument } from '../core/documents.js';
import { passagePlace } from '@natolex/language-service';
import type { Translate } from '../core/translate.js';
import { SCHEME } from './contributions.js';
import type { LexiconService } from './lexicon-service.js';
import { readSettings, writerLanguage } from './settings.js';

export { SCHEME };
const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export function passageUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: `/passage/${id}.txt` });
}

export function entryUri(id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: `/entry/${id}.txt` });
}

export class NatolexDocuments implements vscode.TextDocumentContentProvider {
  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const match = /^\/(passage|entry)\/(.+)\.txt$/.exec(uri.path);
    const id = match?.[2] ?? '';
    const lexicon = this.service.lexiconContaining(id);
    const text =
      match?.[1] === 'passage'
        ? passageDocument(lexicon, id, readSettings().citationStyle, this.t)
        : entryDocument(lexicon, id, this.t, [...(vscode.workspace.workspaceFolders ?? [])].map((folder) => this.service.originOf(folder.uri, id)).find(Boolean), writerLanguage());
    return text ?? this.t('natolex has no record "{0}".', id);
  }
}

async function openReadOnly(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

export interface PassageItem extends vscode.QuickPickItem {
  id: string;
}

/** Quick pick items for every citable passage (empty query) or the search hits for `query`; "has moved" stubs are
 * not passages one can cite. */
export function passageItems(lexicon: Lexicon, query: string): PassageItem[] {
  const citable = (id: string) => (lexicon.get(id) as { role?: string } | undefined)?.role !== 'stub';
  if (query.trim() === '') {
    return lexicon.snippets.filter((snippet) => snippet.role !== 'stub').map((snippet) => ({ id: snippet.id, label: passagePlace(lexicon, snippet).label, detail: snippet.text.length > 160 ? `${snippet.text.slice(0, 159)}…` : snippet.text }));
  }
  // alwaysShow: the hits are already ranked by a typo-tolerant search, so the QuickPick's own filter must not hide them.
  return lexicon.search(query, { kinds: ['snippet'], limit: 50 }).filter((hit) => citable(hit.id)).map((hit) => ({ id: hit.id, label: hit.label, detail: hit.excerpt, alwaysShow: true }));
}

/** The QuickPick currently asking for a passage (tests type into it). */
let activePicker: vscode.QuickPick<PassageItem> | undefined;
export function activePassagePicker(): vscode.QuickPick<PassageItem> | undefined {
  return activePicker;
}

/** Asks for a passage; resolves to its id, or undefined when dismissed. */
export function pickPassage(lexicon: Lexicon, t: Translate, title: string): Promise<string | undefined> {
  const picker = vscode.window.createQuickPick<PassageItem>();
  picker.title = title;
  picker.placeholder = t('Search the passages (typos are fine), e.g. "counter terrorism"');
  picker.matchOnDetail = true;
  picker.items = passageItems(lexicon, '');
  activePicker = picker;
  return new Promise((resolve) => {
    let chosen: string | undefined;
    picker.onDidChangeValue((value) => {
      picker.items = passageItems(lexicon, value);
    });
    picker.onDidAccept(() => {
      chosen = picker.selectedItems[0]?.id ?? picker.activeItems[0]?.id;
      picker.hide();
    });
    picker.onDidHide(() => {
      if (activePicker === picker) activePicker = undefined;
      picker.dispose();
      resolve(chosen);
    });
    picker.show();
  });
}

/** natolex.openPassage: the passage with this id, or the one picked from the active document's lexicon. */
export async function openPassage(service: LexiconService, t: Translate, id?: unknown): Promise<vscode.TextEditor | undefined> {
  const lexicon = service.lexiconFor(vscode.window.activeTextEditor?.document.uri);
  const passage = typeof id === 'string' && ID.test(id) ? id : await pickPassage(lexicon, t, t('Open a corpus passage'));
  return passage === undefined ? undefined : openReadOnly(passageUri(passage));
}

/** natolex.openEntry: the entry document of this id (the Lexicon view's items pass it). */
export async function openEntry(id?: unknown): Promise<vscode.TextEditor | undefined> {
  return typeof id === 'string' && ID.test(id) ? openReadOnly(entryUri(id)) : undefined;
}
