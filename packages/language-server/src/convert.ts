// Language-service results as LSP types, and nothing else: no decision is made here (what to report, fix or offer is
// the language service's), only the shapes and enums change.
import type { CodeActionResult, CompletionSuggestion, DisplaySeverity, DocumentFinding, GlossaryConflict, HoverResult, LspTextEdit, ValidationIssueLike } from './types.js';
import { CodeActionKind, CompletionItemKind, DiagnosticSeverity, MarkupKind, type CodeAction, type CompletionItem, type Diagnostic, type Hover } from 'vscode-languageserver';

export const SOURCE = 'natolex';

const SEVERITY: Readonly<Record<Exclude<DisplaySeverity, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: DocumentFinding, shown: DisplaySeverity): Diagnostic | undefined {
  if (shown === 'off') return undefined;
  return { range: finding.range, severity: SEVERITY[shown], code: finding.rule, source: SOURCE, message: finding.message };
}

/** A glossary problem (1-based line:column from the loader) as a diagnostic at that point. */
export function toGlossaryDiagnostic(issue: ValidationIssueLike | GlossaryConflict): Diagnostic {
  const line = Math.max(0, (issue.line ?? 1) - 1);
  const character = Math.max(0, (issue.column ?? 1) - 1);
  return { range: { start: { line, character }, end: { line, character: character + 1 } }, severity: DiagnosticSeverity.Error, code: 'glossary', source: SOURCE, message: issue.message };
}

/** Said on a glossary that cannot load while its last good version serves (the loader marks it stale). */
export function staleDiagnostic(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'glossary-stale',
    source: SOURCE,
    message: 'natolex serves the last good version of this glossary until it loads again',
  };
}

/** Said on a schema 1 glossary (it loads, upgraded): how to migrate it. */
export function schemaOneDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: DiagnosticSeverity.Information,
    code: 'glossary-schema-1',
    source: SOURCE,
    message,
  };
}

export function toHover(hover: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range };
}

const ITEM_KIND: Readonly<Record<CompletionSuggestion['kind'], CompletionItemKind>> = {
  acronym: CompletionItemKind.Constant,
  term: CompletionItemKind.Text,
  passage: CompletionItemKind.Reference,
};

export function toCompletionItem(suggestion: CompletionSuggestion, index: number): CompletionItem {
  return {
    label: suggestion.label,
    kind: ITEM_KIND[suggestion.kind],
    detail: suggestion.detail,
    filterText: suggestion.filterText,
    // The service's order (passages by search rank) is the list's order.
    sortText: String(index).padStart(4, '0'),
    textEdit: { range: suggestion.range, newText: suggestion.insertText },
    data: { id: suggestion.id },
    ...(suggestion.command ? { command: { title: suggestion.label, command: suggestion.command.command, arguments: suggestion.command.arguments } } : {}),
  };
}

export function toCodeAction(uri: string, action: CodeActionResult, diagnostics: (finding: DocumentFinding) => Diagnostic | undefined): CodeAction {
  const attached = action.findings.map(diagnostics).filter((diagnostic): diagnostic is Diagnostic => diagnostic !== undefined);
  return {
    title: action.title,
    kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.SourceFixAll,
    edit: { changes: { [uri]: action.lspEdits as LspTextEdit[] } },
    ...(attached.length > 0 ? { diagnostics: attached } : {}),
    ...(action.isPreferred ? { isPreferred: true } : {}),
  };
}
