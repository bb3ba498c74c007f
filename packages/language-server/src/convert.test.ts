import { CodeActionKind, CompletionItemKind, DiagnosticSeverity } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { toCodeAction, toCompletionItem, toDiagnostic, toGlossaryDiagnostic, toHover } from './convert.js';
import type { CodeActionResult, CompletionSuggestion, DocumentFinding } from './types.js';

const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } };
const finding = { rule: 'first-use', severity: 'error', start: 10, end: 13, range, message: "'NUC' is used before it is defined", messageId: 'x', messageArgs: [] } as unknown as DocumentFinding;

describe('convert', () => {
  it('maps each display severity, and drops findings shown "off"', () => {
    expect(toDiagnostic(finding, 'error')).toEqual({ range, severity: DiagnosticSeverity.Error, code: 'first-use', source: 'natolex', message: finding.message });
    expect(toDiagnostic(finding, 'warning')?.severity).toBe(DiagnosticSeverity.Warning);
    expect(toDiagnostic(finding, 'information')?.severity).toBe(DiagnosticSeverity.Information);
    expect(toDiagnostic(finding, 'hint')?.severity).toBe(DiagnosticSeverity.Hint);
    expect(toDiagnostic(finding, 'off')).toBeUndefined();
  });

  it("places a glossary problem at its 1-based line:column, 0-based for LSP", () => {
    expect(toGlossaryDiagnostic({ line: 4, column: 30, message: 'expected a comma' }).range).toEqual({ start: { line: 3, character: 29 }, end: { line: 3, character: 30 } });
    expect(toGlossaryDiagnostic({ message: 'cannot read' }).range.start).toEqual({ line: 0, character: 0 });
  });

  it('keeps hover Markdown as Markdown with its range', () => {
    expect(toHover({ start: 0, end: 3, range, id: 'acronym.nuc', markdown: '**NUC**' })).toEqual({ contents: { kind: 'markdown', value: '**NUC**' }, range });
  });

  it('makes completion items with a text edit, the service order and the passage command', () => {
    const suggestion: CompletionSuggestion = { label: 'UN › Lead', detail: 'text', insertText: '', filterText: 'cite:un', start: 0, end: 7, range, kind: 'passage', id: 'snippet.un.p1', command: { command: 'natolex.insertCitedPassage', arguments: [{ uri: 'file:///a.md', snippetId: 'snippet.un.p1' }] } };
    expect(toCompletionItem(suggestion, 3)).toMatchObject({ kind: CompletionItemKind.Reference, sortText: '0003', textEdit: { range, newText: '' }, command: { command: 'natolex.insertCitedPassage', arguments: [{ snippetId: 'snippet.un.p1' }] } });
    expect(toCompletionItem({ ...suggestion, kind: 'acronym', command: undefined } as CompletionSuggestion, 0).command).toBeUndefined();
  });

  it('makes code actions with their edit, kind and the diagnostics they fix', () => {
    const action: CodeActionResult = { title: 'Expand all first uses', kind: 'source.fixAll', edits: [], lspEdits: [{ range, newText: 'X' }], findings: [finding] };
    expect(toCodeAction('file:///a.md', action, (f) => toDiagnostic(f, 'error'))).toEqual({
      title: 'Expand all first uses',
      kind: CodeActionKind.SourceFixAll,
      edit: { changes: { 'file:///a.md': [{ range, newText: 'X' }] } },
      diagnostics: [toDiagnostic(finding, 'error')],
    });
    expect(toCodeAction('file:///a.md', { ...action, kind: 'quickfix', isPreferred: true }, () => undefined)).toMatchObject({ kind: 'quickfix', isPreferred: true });
  });
});
