// Hover, quick fix and completion providers: each hands the document to the language service (doHover, doComplete,
// codeActions) and translates positions, ranges and edits to VS Code's types. They are registered for the languages
// of natolex.enabledLanguages (by src/extension.ts, which hands the calls on to these when they come).
import { LineIndex, checkOptionsOf, codeActions, commandUri, describeConceptMarkdown, doComplete, doHover, isConcept, looksBinary, type ServiceState, type TextDocument } from '@natolex/language-service';
import * as vscode from 'vscode';
import type { Translate } from '../core/translate.js';
import { DRAFT_CODE_ACTION_KINDS, OPEN_PASSAGE_COMMAND } from './contributions.js';
import type { RuleDiagnostics } from './diagnostics.js';
import type { LexiconService } from './lexicon-service.js';
import { isEnabledFor, readSettings, writerLanguage } from './settings.js';
import { addEdits } from './text.js';

export { OPEN_PASSAGE_COMMAND };
/** How much of the text before the cursor completions look at to see whether an acronym is defined already. */
const COMPLETION_CONTEXT = 200_000;

/** Hover Markdown: data escaped by the language service; only the extension's own "open passage" command may run from it. */
export function hoverMarkdown(markdown: string, links: boolean): vscode.MarkdownString {
  const result = new vscode.MarkdownString(markdown, false);
  result.supportHtml = false;
  result.isTrusted = links ? { enabledCommands: [OPEN_PASSAGE_COMMAND] } : false;
  return result;
}

/** What the language service's features know of a document's folder, and the writer's language there. */
export function stateFor(service: LexiconService, uri: vscode.Uri, t: Translate): ServiceState {
  const language = writerLanguage(uri);
  return { lexicon: service.lexiconFor(uri), originOf: (id) => service.originOf(uri, id), translate: t, ...(language ? { language } : {}) };
}

/** A piece of a VS Code document as the language service's TextDocument (the text from `base` on). */
function serviceDocument(document: vscode.TextDocument, text: string): TextDocument {
  return { uri: document.uri.toString(), languageId: document.languageId, text, version: document.version };
}

export class NatolexHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isEnabledFor(document) && document.uri.scheme !== 'natolex') return undefined;
    await this.service.ready;
    // The hovered line only: a hover must not cost the whole document (a 50 MB draft stays instant).
    const line = document.lineAt(position.line).text;
    if (looksBinary(line)) return undefined;
    const hover = doHover(stateFor(this.service, document.uri, this.t), serviceDocument(document, line), { line: 0, character: position.character }, {
      passageLink: (id) => commandUri(OPEN_PASSAGE_COMMAND, [id]),
    });
    if (!hover) return undefined;
    return new vscode.Hover(hoverMarkdown(hover.markdown, true), new vscode.Range(position.line, hover.start, position.line, hover.end));
  }
}

export class NatolexCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = DRAFT_CODE_ACTION_KINDS;

  constructor(
    private readonly diagnostics: RuleDiagnostics,
    private readonly t: Translate,
    private readonly service?: LexiconService,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isEnabledFor(document)) return [];
    // The findings of the latest check of this very version (none while a check is still running).
    const findings = this.diagnostics.findingsOf(document);
    const markdown = document.languageId === 'markdown' && this.service !== undefined;
    if (findings.length === 0 && !markdown) return [];
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === 'natolex');
    const text = document.getText();
    // "Define ABBR before the quotation" reads the draft's prose model: the one the diagnostics keep, updated on change.
    const lexicon = this.service?.lexiconFor(document.uri);
    const extra = markdown && lexicon ? { ...checkOptionsOf(readSettings(document)), lexicon, prepared: this.diagnostics.proseOf(document.uri.toString(), text, lexicon) } : undefined;
    const results = codeActions({ translate: this.t }, serviceDocument(document, text), { start: range.start, end: range.end }, findings, extra);
    return results.map((result) => {
      const action = new vscode.CodeAction(result.title, result.kind === 'quickfix' ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.SourceFixAll);
      action.edit = new vscode.WorkspaceEdit(); // one edit: one undo step
      addEdits(action.edit, document, result.edits);
      action.diagnostics = ours.filter((diagnostic) =>
        result.findings.some((finding) => finding.rule === diagnostic.code && diagnostic.range.isEqual(new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character))),
      );
      if (result.isPreferred) action.isPreferred = true;
      return action;
    });
  }
}

export class NatolexCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList {
    if (!isEnabledFor(document)) return new vscode.CompletionList([]);
    // The text before the cursor, up to COMPLETION_CONTEXT: enough to see a definition, bounded for huge drafts.
    const offset = document.offsetAt(position);
    const base = Math.max(0, offset - COMPLETION_CONTEXT);
    const text = document.getText(new vscode.Range(document.positionAt(base), position));
    if (looksBinary(text.slice(-8192))) return new vscode.CompletionList([]);
    const state = stateFor(this.service, document.uri, this.t);
    const list = doComplete(state, serviceDocument(document, text), new LineIndex(text).lspPosition(text.length));
    const items = list.items.map((suggestion, index) => {
      const item = new vscode.CompletionItem({ label: suggestion.label, description: suggestion.detail }, suggestion.kind === 'acronym' ? vscode.CompletionItemKind.Constant : vscode.CompletionItemKind.Text);
      item.insertText = suggestion.insertText; // a plain string: nothing in it is read as snippet syntax
      item.range = new vscode.Range(document.positionAt(base + suggestion.start), position);
      item.filterText = suggestion.filterText;
      item.sortText = String(index).padStart(4, '0');
      item.detail = suggestion.insertText;
      if (suggestion.command) {
        // The passage is inserted by the command (footnote and all), at the cursor the typed query leaves.
        const [argument] = suggestion.command.arguments;
        item.command = { title: suggestion.label, command: suggestion.command.command, arguments: [{ snippetId: argument.snippetId }] };
      }
      const concept = state.lexicon.get(suggestion.id);
      if (isConcept(concept)) {
        const term = concept.terms.find((candidate) => candidate.text === suggestion.label);
        item.documentation = hoverMarkdown(describeConceptMarkdown(state, concept, { text: suggestion.label, ...(term ? { term } : {}) }), false);
      }
      return item;
    });
    return new vscode.CompletionList(items, list.isIncomplete);
  }
}
