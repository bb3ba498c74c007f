// "Expand All First Uses": the first-use rule's fixes for the whole document, applied as one WorkspaceEdit.
import { RULE_IDS, checkDocument, fixAllEdits, type RuleSeverities } from '@natolex/language-service';
import * as vscode from 'vscode';
import type { Translate } from '../core/translate.js';
import type { LexiconService } from './lexicon-service.js';
import { isEnabledFor } from './settings.js';
import { addEdits } from './text.js';

/** natolex.expandFirstUses: defines every acronym at its first use, as one edit (one undo step). */
export async function expandFirstUses(service: LexiconService, t: Translate): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isEnabledFor(editor.document)) {
    void vscode.window.showInformationMessage(t('Open a Markdown or plain-text draft to expand its acronyms.'));
    return false;
  }
  await service.whenReady();
  const document = editor.document;
  const firstUseOnly = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'first-use' ? 'error' : 'off'])) as RuleSeverities;
  const findings = checkDocument(service.lexiconFor(document.uri), { uri: document.uri.toString(), languageId: document.languageId, text: document.getText(), version: document.version }, { severities: firstUseOnly });
  const { edits } = fixAllEdits(findings);
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(t('Every acronym is defined at its first use.'));
    return false;
  }
  const edit = new vscode.WorkspaceEdit(); // one edit for all: one undo step
  addEdits(edit, document, edits);
  return vscode.workspace.applyEdit(edit);
}
