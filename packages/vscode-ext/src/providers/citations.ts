// "Insert Cited Passage…": pick a passage (typo-tolerant search) and a format, then insert the quotation and its
// citation with one WorkspaceEdit (one undo step). For Pandoc citations the same edit adds the source to the
// bibliography file named in the front matter (creating it if it does not exist yet).
// Arguments skip the pickers: { snippetId, format?, style? }.
import * as vscode from 'vscode';
import { BibliographyError, addToBibtex, addToCslJson, type BibliographyUpdate } from '../core/bibliography.js';
import { CITATION_FORMATS, CITATION_STYLES, formatCitedInsertion, type CitationFormat, type CitationStyleName } from '../core/citation.js';
import { bibliographyFiles } from '../core/front-matter.js';
import { positionAt } from '../core/glossary.js';
import type { Translate } from '../core/translate.js';
import type { LexiconService } from './lexicon-service.js';
import { pickPassage } from './passages.js';
import { readSettings } from './settings.js';
import { addEdits } from './text.js';

export interface InsertCitedPassageArgs {
  snippetId?: string;
  format?: CitationFormat;
  style?: CitationStyleName;
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
        ? addToCslJson(text, JSON.parse(lexicon.cite(key, { style: 'csl-json' })) as { id: string })
        : addToBibtex(text, key, lexicon.cite(key, { style: 'bibtex' }));
  } catch (error) {
    const reason = error instanceof BibliographyError ? error.message : String(error);
    return { error: t('The bibliography {0} {1}; nothing was inserted. Fix the file and try again.', file.path, reason) };
  }
  if (!update.edit) return { file: file.path };
  if (!present) {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), update.edit.text);
  } else {
    const start = positionAt(text ?? '', update.edit.start);
    const end = positionAt(text ?? '', update.edit.end);
    edit.replace(uri, new vscode.Range(start.line, start.character, end.line, end.character), update.edit.text);
  }
  return { file: file.path };
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
  if (format === undefined) {
    const picked = await vscode.window.showQuickPick(formatItems(t, settings.citationFormat), { title: t('Insert cited passage: format'), placeHolder: t('How should the passage be cited?') });
    format = picked?.format;
  }
  if (format === undefined) return { inserted: false };
  const style = CITATION_STYLES.includes(args.style as CitationStyleName) ? (args.style as CitationStyleName) : settings.citationStyle;
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
    const outcome = await addBibliography(edit, document, service, insertion.citationKey, t);
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
