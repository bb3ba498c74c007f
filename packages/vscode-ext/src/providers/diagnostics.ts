// Define-on-first-use diagnostics for open documents. Documents within natolex.maxFileSize are checked in one go;
// longer ones in chunks that yield to the event loop between them and stop when the document changes again.
// Binary-looking documents are skipped.
import * as vscode from 'vscode';
import { findFirstUses, findFirstUsesInSteps, firstUseMessage, looksBinary, type FirstUseIssue } from '../core/first-use.js';
import type { Translate } from '../core/translate.js';
import type { LexiconService } from './lexicon-service.js';
import { isEnabledFor, readSettings, toSeverity } from './settings.js';
import { rangeOf, yieldToEventLoop } from './text.js';

export const FIRST_USE_CODE = 'first-use';
const CHANGE_DELAY_MS = 250;

/** What a first-use diagnostic carries for its quick fix. */
export interface FirstUseDiagnostic extends vscode.Diagnostic {
  issue?: FirstUseIssue;
}

export class FirstUseDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('natolex');
  private readonly runs = new Map<string, vscode.CancellationTokenSource>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
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
    const severity = toSeverity(settings.severity);
    if (document.isClosed || severity === undefined || !isEnabledFor(document, settings)) {
      this.collection.delete(document.uri);
      return;
    }
    const text = document.getText();
    if (looksBinary(text)) {
      this.collection.delete(document.uri);
      return;
    }
    const version = document.version;
    const lexicon = this.service.lexiconFor(document.uri);
    const options = { markdown: document.languageId === 'markdown' };
    let issues: FirstUseIssue[] | undefined;
    try {
      if (text.length <= settings.maxFileSize) {
        issues = findFirstUses(lexicon, text, options);
      } else {
        const source = new vscode.CancellationTokenSource();
        this.runs.set(key, source);
        issues = await findFirstUsesInSteps(lexicon, text, options, source.token, yieldToEventLoop);
        if (this.runs.get(key) === source) this.runs.delete(key);
        source.dispose();
      }
    } catch (error) {
      console.error('natolex: the first-use check failed', error);
      return;
    }
    if (issues === undefined || document.isClosed || document.version !== version) return;
    this.collection.set(
      document.uri,
      issues.map((issue) => {
        const diagnostic: FirstUseDiagnostic = new vscode.Diagnostic(rangeOf(document, issue.start, issue.end), firstUseMessage(issue, this.t), severity);
        diagnostic.source = 'natolex';
        diagnostic.code = FIRST_USE_CODE;
        diagnostic.issue = issue;
        return diagnostic;
      }),
    );
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.runs.get(key)?.cancel();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const source of this.runs.values()) source.cancel();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
