// Quick fixes on glossary files: the "did you mean" rename of a misspelt property name. The fixes come from the
// glossary service's latest load of the file (the diagnostics VS Code hands back carry no data of ours).
import * as vscode from 'vscode';
import { GLOSSARY_CODE_ACTION_KINDS } from './contributions.js';
import type { LexiconService } from './lexicon-service.js';

export class GlossaryFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = GLOSSARY_CODE_ACTION_KINDS;

  constructor(private readonly service: LexiconService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const problem of this.service.glossaryProblems(document.uri)) {
      if (!problem.fix) continue;
      const target = new vscode.Range(problem.line, problem.character, problem.endLine, problem.endCharacter);
      if (range.intersection(target) === undefined) continue;
      // A fix for a text that changed since the load would replace the wrong characters.
      if (document.getText(target) === problem.fix.text || !/^"[^"]*"$/.test(document.getText(target))) continue;
      const action = new vscode.CodeAction(problem.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, target, problem.fix.text);
      action.diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === 'natolex' && diagnostic.range.isEqual(target));
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}
