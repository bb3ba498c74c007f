// "Insert Cited Passage…": pick a passage (typo-tolerant search) and a format, then insert the quotation and its
// citation with one WorkspaceEdit (one undo step). For Pandoc citations the same edit adds the source to the
// bibliography file named in the front matter (creating it if it does not exist yet).
// The format is the natolex.citation.format setting (the format picker only opens when natolex.citation.askFormat is
// on, or the command is run with { askFormat: true }); the style is natolex.citation.styleFile (a workspace .csl
// file) when set, else natolex.citation.style. Arguments skip the pickers: { snippetId, format?, style?, askFormat? }.
import { LineIndex } from '@natolex/language-service';
import * as vscode from 'vscode';
import { BibliographyError, addToBibtex, addToCslJson, type BibliographyUpdate } from '../core/bibliography.js';
import { CITATION_FORMATS, CITATION_STYLES, formatCitedInsertion, type CitationFormat, type CitationStyle, type CitationStyleName } from '@natolex/language-service';
import type { CslStyleText } from '@natolex/data';
import { bibliographyFiles } from '../core/front-matter.js';
import type { Translate } from '../core/translate.js';
import type { LexiconService } from './lexicon-service.js';
import { pickPassage } from './passages.js';
import { readSettings } from './settings.js';
import { addEdits } from './text.js';

export interface InsertCitedPassageArgs {
  snippetId?: string;
  format?: CitationFormat;
  style?: CitationStyleName;
  /** Ask for the format even when natolex.citation.askFormat is off. */
  askFormat?: boolean;
}

export interface InsertCitedPassageResult {
  inserted: boolean;
  /** The bibliography file updated or created, if any. */
  bibliography?: string;
}

interface FormatItem extends vscode.QuickPickItem {
  format: CitationFormat;
}

function formatItems(t: Translate, preferred: CitationFormat): FormatItem[] {
  const items: FormatItem[] = [
    { format: 'footnote', label: t('Blockquote with footnote'), detail: t('> passage[^n] and the footnote [^n]: citation at the end of the document') },
    { format: 'inline', label: t('Inline quotation'), detail: t('“passage” (citation) at the cursor') },
    { format: 'pandoc', label: t('Pandoc citation'), detail: t('> passage [@key], and the source added to the front matter’s bibliography file') },
  ];
  return [...items.filter((item) => item.format === preferred), ...items.filter((item) => item.format !== preferred)].map((item) =>
    item.format === preferred ? { ...item, description: t('default') } : item,
  );
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function currentText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  return open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** Adds the bibliography part of a Pandoc insertion to `edit`; returns the file's name, or a reason it was skipped. */
async function addBibliography(
  edit: vscode.WorkspaceEdit,
  document: vscode.TextDocument,
  service: LexiconService,
  citedId: string,
  key: string,
  t: Translate,
): Promise<{ file?: string; warning?: string; error?: string }> {
  const files = bibliographyFiles(document.getText());
  if (files.length === 0) return { warning: t('No bibliography file is named in the front matter (bibliography: refs.json), so only the citation key was inserted.') };
  const file = files.find((candidate) => candidate.kind !== undefined);
  if (!file) return { warning: t('The front matter names no CSL-JSON (.json) or BibTeX (.bib) bibliography, so only the citation key was inserted.') };
  const uri = /^\//.test(file.path) ? document.uri.with({ path: file.path }) : vscode.Uri.joinPath(document.uri, '..', file.path);
  const lexicon = service.lexiconFor(document.uri);
  const present = await exists(uri);
  const text = present ? await currentText(uri) : undefined;
  let update: BibliographyUpdate;
  try {
    update =
      file.kind === 'csl-json'
        ? addToCslJson(text, JSON.parse(lexicon.cite(citedId, { style: 'csl-json' })) as { id: string })
        : addToBibtex(text, key, lexicon.cite(citedId, { style: 'bibtex' }));
  } catch (error) {
    const reason = error instanceof BibliographyError ? error.message : String(error);
    return { error: t('The bibliography {0} {1}; nothing was inserted. Fix the file and try again.', file.path, reason) };
  }
  if (!update.edit) return { file: file.path };
  if (!present) {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), update.edit.text);
  } else {
    const { start, end } = new LineIndex(text ?? '').lspRange(update.edit.start, update.edit.end);
    edit.replace(uri, new vscode.Range(start.line, start.character, end.line, end.character), update.edit.text);
  }
  return { file: file.path };
}

/** Real CSL styles are tens of kilobytes; the data package reads at most 512 KiB of style text. */
const MAX_STYLE_FILE_BYTES = 512 * 1024;

/** The workspace CSL style named by natolex.citation.styleFile (relative to the document's workspace folder). */
async function workspaceStyle(document: vscode.TextDocument, setting: string, t: Translate): Promise<{ style?: CslStyleText; error?: string }> {
  if (setting === '') return {};
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  const uri = /^(\/|[A-Za-z]:[\\/])/.test(setting) || !folder ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_STYLE_FILE_BYTES) return { error: t('The citation style file {0} is {1} bytes; at most {2} are read.', setting, String(size), String(MAX_STYLE_FILE_BYTES)) };
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '').trimStart();
    if (!text.startsWith('<')) return { error: t('The citation style file {0} is not a CSL style.', setting) };
    return { style: text as CslStyleText };
  } catch {
    return { error: t('The citation style file {0} could not be read.', setting) };
  }
}

export async function insertCitedPassage(service: LexiconService, t: Translate, args: InsertCitedPassageArgs = {}): Promise<InsertCitedPassageResult> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showErrorMessage(t('Open a document to insert a cited passage into.'));
    return { inserted: false };
  }
  const document = editor.document;
  const settings = readSettings(document);
  await service.whenReady();
  const lexicon = service.lexiconFor(document.uri);

  const snippetId = typeof args.snippetId === 'string' ? args.snippetId : await pickPassage(lexicon, t, t('Insert cited passage'));
  if (snippetId === undefined) return { inserted: false };
  let format: CitationFormat | undefined = CITATION_FORMATS.includes(args.format as CitationFormat) ? args.format : undefined;
  const ask = args.askFormat === true || settings.citationAskFormat;
  if (format === undefined && !ask) format = settings.citationFormat;
  if (format === undefined) {
    const picked = await vscode.window.showQuickPick(formatItems(t, settings.citationFormat), { title: t('Insert cited passage: format'), placeHolder: t('How should the passage be cited?') });
    format = picked?.format;
  }
  if (format === undefined) return { inserted: false };
  let style: CitationStyle = settings.citationStyle;
  if (CITATION_STYLES.includes(args.style as CitationStyleName)) style = args.style as CitationStyleName;
  else {
    const fromFile = await workspaceStyle(document, settings.citationStyleFile, t);
    if (fromFile.error) {
      void vscode.window.showErrorMessage(`${fromFile.error} ${t('Nothing was inserted.')}`);
      return { inserted: false };
    }
    style = fromFile.style ?? style;
  }
  if (editor.document.isClosed || vscode.window.activeTextEditor?.document !== document) {
    void vscode.window.showWarningMessage(t('The document was closed before the passage could be inserted.'));
    return { inserted: false };
  }

  let insertion;
  try {
    insertion = formatCitedInsertion(lexicon, snippetId, format, style, document.getText(), {
      offset: document.offsetAt(editor.selection.active),
      markdown: document.languageId === 'markdown',
    });
  } catch (error) {
    void vscode.window.showErrorMessage(t('Could not insert the passage: {0}', error instanceof Error ? error.message : String(error)));
    return { inserted: false };
  }

  const edit = new vscode.WorkspaceEdit();
  addEdits(edit, document, insertion.edits);
  let bibliography: string | undefined;
  if (insertion.citationKey !== undefined) {
    const outcome = await addBibliography(edit, document, service, snippetId, insertion.citationKey, t);
    if (outcome.error) {
      void vscode.window.showErrorMessage(outcome.error);
      return { inserted: false };
    }
    if (outcome.warning) void vscode.window.showInformationMessage(outcome.warning);
    bibliography = outcome.file;
  }
  const inserted = await vscode.workspace.applyEdit(edit);
  return { inserted, bibliography };
}
