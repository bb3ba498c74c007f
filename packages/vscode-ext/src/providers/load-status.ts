// What was loaded, where users look for it: the "natolex" output channel (the corpus, each folder's glossaries with
// their entry counts, and every problem with file:line:col, after each load) and a status-bar item (entries of the
// active folder's lexicon, glossary errors; a click opens the Lexicon view).
import * as vscode from 'vscode';
import { corpusLine, lexiconEntries, loadReportLines, problemCount, statusOf } from '../core/load-report.js';
import type { Translate } from '../core/translate.js';
import { VIEW_ID, extensionHostKind } from './contributions.js';
import type { LexiconService } from './lexicon-service.js';

export const SHOW_OUTPUT_COMMAND = 'natolex.showOutput';

export { extensionHostKind };

export interface LoadStatus extends vscode.Disposable {
  /** natolex.showOutput: shows the output channel; returns the host and the report lines (for tests). */
  showOutput(): { host: 'node' | 'web-worker'; lines: string[] };
}

export function registerLoadStatus(service: LexiconService, t: Translate): LoadStatus {
  const output = vscode.window.createOutputChannel('natolex', { log: true });
  const status = vscode.window.createStatusBarItem('natolex.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'natolex';
  status.command = `${VIEW_ID}.focus`;
  status.text = '$(sync~spin) natolex';
  status.show();
  let reportedCorpus = false;

  const showStatus = () => {
    const entries = lexiconEntries(service.lexiconFor(vscode.window.activeTextEditor?.document.uri));
    const shown = statusOf(entries, problemCount(service.folderLoads()), t);
    status.text = shown.text;
    status.tooltip = shown.tooltip;
    status.backgroundColor = shown.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  };
  const report = (folder: vscode.WorkspaceFolder | undefined) => {
    if (!reportedCorpus) output.info(corpusLine(service.bundled, extensionHostKind(), t));
    reportedCorpus = true;
    const load = service.folderLoads().find((candidate) => candidate.key === folder?.uri.toString());
    if (load) {
      const [summary, ...details] = loadReportLines(load, service.bundled, t);
      output.info([summary, ...details].join('\n'));
    }
    showStatus();
  };

  void service.ready.then(() => reportedCorpus || report(undefined)); // a window without folders loads no glossary
  const subscriptions = vscode.Disposable.from(output, status, service.onDidChange(report), vscode.window.onDidChangeActiveTextEditor(showStatus));
  return {
    showOutput() {
      output.show(true);
      return { host: extensionHostKind(), lines: service.folderLoads().flatMap((load) => loadReportLines(load, service.bundled, t)) };
    },
    dispose: () => subscriptions.dispose(),
  };
}
