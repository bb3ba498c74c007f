// Hover, quick fix and completion providers: each translates VS Code positions to the line-based core functions.
// They are registered for the languages of natolex.enabledLanguages and re-registered when that setting changes.
import { looksBinary } from '@natolex/language-service';
import * as vscode from 'vscode';
import { completionsAt } from '../core/completions.js';
import { describeEntry, hoverAt, OPEN_PASSAGE_COMMAND } from '../core/hover.js';
import { expandActionsAt } from '../core/expand.js';
import type { Translate } from '../core/translate.js';
import type { LexiconService } from './lexicon-service.js';
import { isEnabledFor, readSettings } from './settings.js';
import { linesText } from './text.js';

/** The most lines a selection may span for quick fixes (beyond it, only the cursor's line counts). */
const MAX_ACTION_LINES = 200;
/** How much of the text before the cursor completions look at to see whether an acronym is defined already. */
const COMPLETION_CONTEXT = 200_000;

/** Hover Markdown: data escaped by the core; only the extension's own "open passage" command may run from it. */
export function hoverMarkdown(markdown: string, links: boolean): vscode.MarkdownString {
  const result = new vscode.MarkdownString(markdown, false);
  result.supportHtml = false;
  result.isTrusted = links ? { enabledCommands: [OPEN_PASSAGE_COMMAND] } : false;
  return result;
}

function lineFor(document: vscode.TextDocument, line: number): string | undefined {
  const text = document.lineAt(line).text;
  return looksBinary(text) ? undefined : text;
}

export class NatolexHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isEnabledFor(document) && document.uri.scheme !== 'natolex') return undefined;
    await this.service.ready;
    const line = lineFor(document, position.line);
    if (line === undefined) return undefined;
    const lexicon = this.service.lexiconFor(document.uri);
    const hover = hoverAt(lexicon, line, position.character, { t: this.t, originOf: (id) => this.service.originOf(document.uri, id) });
    if (!hover) return undefined;
    return new vscode.Hover(hoverMarkdown(hover.markdown, true), new vscode.Range(position.line, hover.start, position.line, hover.end));
  }
}

export class NatolexCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isEnabledFor(document)) return [];
    const first = range.end.line - range.start.line > MAX_ACTION_LINES ? range.end.line : range.start.line;
    const { text, base } = linesText(document, first, range.end.line);
    if (looksBinary(text)) return [];
    const start = Math.max(0, document.offsetAt(range.start) - base);
    const end = Math.max(start, document.offsetAt(range.end) - base);
    const lexicon = this.service.lexiconFor(document.uri);
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === 'natolex' && diagnostic.code === 'first-use');
    return expandActionsAt(lexicon, text, start, end, this.t).map((action) => {
      const target = new vscode.Range(document.positionAt(base + action.edit.start), document.positionAt(base + action.edit.end));
      const fix = new vscode.CodeAction(action.title, vscode.CodeActionKind.QuickFix);
      fix.edit = new vscode.WorkspaceEdit();
      fix.edit.replace(document.uri, target, action.edit.text);
      fix.diagnostics = ours.filter((diagnostic) => diagnostic.range.intersection(target) !== undefined);
      fix.isPreferred = fix.diagnostics.length > 0;
      return fix;
    });
  }
}

export class NatolexCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!isEnabledFor(document)) return [];
    const offset = document.offsetAt(position);
    const from = document.positionAt(Math.max(0, offset - COMPLETION_CONTEXT));
    const text = document.getText(new vscode.Range(from, position));
    if (looksBinary(text.slice(-8192))) return [];
    const base = offset - text.length;
    const lexicon = this.service.lexiconFor(document.uri);
    return completionsAt(lexicon, text, text.length).map((suggestion, index) => {
      const item = new vscode.CompletionItem({ label: suggestion.label, description: suggestion.detail }, suggestion.kind === 'acronym' ? vscode.CompletionItemKind.Constant : vscode.CompletionItemKind.Text);
      item.insertText = suggestion.insertText; // a plain string: nothing in it is read as snippet syntax
      item.range = new vscode.Range(document.positionAt(base + suggestion.replaceStart), position);
      item.filterText = suggestion.label;
      item.sortText = String(index).padStart(4, '0');
      item.detail = suggestion.insertText;
      const entry = lexicon.get(suggestion.id);
      if (entry && ('form' in entry || 'term' in entry)) {
        item.documentation = hoverMarkdown(describeEntry(lexicon, entry, { text: suggestion.label }, { t: this.t, noLinks: true, originOf: (id) => this.service.originOf(document.uri, id) }), false);
      }
      return item;
    });
  }
}

/** Registers the three providers for the enabled languages, again whenever natolex.enabledLanguages changes. */
export function registerLanguageFeatures(service: LexiconService, t: Translate): vscode.Disposable {
  let registrations: vscode.Disposable[] = [];
  const register = () => {
    for (const registration of registrations) registration.dispose();
    const languages = readSettings().enabledLanguages;
    const selector: vscode.DocumentSelector = languages.map((language) => ({ language }));
    void vscode.commands.executeCommand('setContext', 'natolex.enabledLanguages', languages);
    registrations = [
      vscode.languages.registerHoverProvider([...selector, { scheme: 'natolex' }], new NatolexHoverProvider(service, t)),
      vscode.languages.registerCodeActionsProvider(selector, new NatolexCodeActionProvider(service, t), { providedCodeActionKinds: NatolexCodeActionProvider.kinds }),
      vscode.languages.registerCompletionItemProvider(selector, new NatolexCompletionProvider(service, t)),
    ];
  };
  register();
  const watcher = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('natolex.enabledLanguages')) register();
  });
  return new vscode.Disposable(() => {
    watcher.dispose();
    for (const registration of registrations) registration.dispose();
  });
}
