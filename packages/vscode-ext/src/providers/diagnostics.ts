// Diagnostics for open drafts: every rule of the language service's registry (first-use, deprecated,
// unknown-acronym, the Markdown rules, …), each at its severity (natolex.rules over the registry's defaults) and
// shown as natolex.diagnostics.severity says. Documents within natolex.maxFileSize are checked in one go; longer
// ones in the language service's chunks, yielding to the event loop between them and stopping when the document
// changes again. Binary-looking documents are skipped. This file only translates types.
import { LineIndex, MESSAGES, ProseDocuments, checkOptionsOf, checkText, checkTextInPauses, looksBinary, translateMessage, type DocumentFinding, type Finding, type PreparedProse } from '@natolex/language-service';
import type { Lexicon } from '@natolex/data';
import * as vscode from 'vscode';
import type { Translate } from '../core/translate.js';
import type { LexiconService } from './lexicon-service.js';
import { diagnosticSeverity, isEnabledFor, readSettings } from './settings.js';
import { yieldToEventLoop } from './text.js';

const CHANGE_DELAY_MS = 250;

/** A diagnostic with the finding it shows (its fixes are the quick fixes). */
export interface NatolexDiagnostic extends vscode.Diagnostic {
  finding?: Finding;
}

/** The diagnostic of a finding, with its message translated. */
export function toDiagnostic(finding: Finding, lines: LineIndex, severity: vscode.DiagnosticSeverity, t: Translate): NatolexDiagnostic {
  const { start, end } = lines.lspRange(finding.start, finding.end);
  const text = translateMessage(MESSAGES, { id: finding.messageId, args: finding.messageArgs, text: finding.message }, t);
  const diagnostic: NatolexDiagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), text, severity);
  diagnostic.source = 'natolex';
  diagnostic.code = finding.rule;
  diagnostic.finding = finding;
  return diagnostic;
}

export class RuleDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('natolex');
  private readonly runs = new Map<string, vscode.CancellationTokenSource>();
  /** The findings behind each document's diagnostics, with the version they are of (for code actions). */
  private readonly latest = new Map<string, { version: number; findings: DocumentFinding[] }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Each open Markdown draft's prose model, re-read only where an edit changed it. */
  private readonly prose = new ProseDocuments();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly service: LexiconService,
    private readonly t: Translate,
  ) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => void this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('natolex')) this.refreshAll();
      }),
      service.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.refresh(document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.runs.get(key)?.cancel(); // the running check is about a text that no longer exists
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.refresh(document);
      }, CHANGE_DELAY_MS),
    );
  }

  /** Checks a document now; resolves when its diagnostics are set (or the check was superseded). */
  async refresh(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    this.runs.get(key)?.cancel();
    const settings = readSettings(document);
    const text = document.getText();
    if (document.isClosed || Object.values(settings.severities).every((shown) => shown === 'off') || !isEnabledFor(document, settings) || looksBinary(text)) {
      this.collection.delete(document.uri);
      this.latest.delete(key);
      return;
    }
    const version = document.version;
    const lexicon = this.service.lexiconFor(document.uri);
    const options = { ...checkOptionsOf(settings), markdown: document.languageId === 'markdown' };
    let findings: Finding[] | undefined;
    try {
      if (text.length <= settings.maxFileSize) {
        findings = checkText(lexicon, text, options.markdown ? { ...options, prepared: this.prose.prepare(key, text, lexicon) } : options);
      } else {
        const source = new vscode.CancellationTokenSource();
        this.runs.set(key, source);
        findings = await checkTextInPauses(lexicon, text, options, source.token, yieldToEventLoop);
        if (this.runs.get(key) === source) this.runs.delete(key);
        source.dispose();
      }
    } catch (error) {
      console.error('natolex: the check failed', error);
      return;
    }
    if (findings === undefined || document.isClosed || document.version !== version) return;
    const lines = new LineIndex(text);
    const diagnostics: vscode.Diagnostic[] = [];
    const shown: DocumentFinding[] = [];
    for (const finding of findings) {
      const severity = diagnosticSeverity(settings, finding.rule);
      if (severity === undefined) continue;
      diagnostics.push(toDiagnostic(finding, lines, severity, this.t));
      shown.push({ ...finding, range: lines.lspRange(finding.start, finding.end) });
    }
    this.latest.set(key, { version, findings: shown });
    this.collection.set(document.uri, diagnostics);
  }

  /** The document's prose model and matches from the session's per-document Markdown state (code actions read it). */
  proseOf(key: string, text: string, lexicon: Lexicon): PreparedProse {
    return this.prose.prepare(key, text, lexicon);
  }

  /** The findings of the latest check of the document as it is now; none when that check is of an older text. */
  findingsOf(document: vscode.TextDocument): DocumentFinding[] {
    const latest = this.latest.get(document.uri.toString());
    return latest !== undefined && latest.version === document.version ? latest.findings : [];
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.runs.get(key)?.cancel();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.latest.delete(key);
    this.prose.forget(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const source of this.runs.values()) source.cancel();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
