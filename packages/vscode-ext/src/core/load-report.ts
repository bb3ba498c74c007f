// What was loaded, in words: the lines of the natolex output channel and the status-bar text. Plain data in, strings
// out, so the adapter (providers/load-status.ts) only shows them.
import type { Lexicon } from '@natolex/data';
import { entryCount, type GlossaryLoad } from './glossary.js';
import type { Translate } from './translate.js';

export interface FolderLoad {
  /** Identifies the folder (the adapter uses its URI). */
  key: string;
  folder: string;
  load: GlossaryLoad;
}

/** Entries (concepts) of a lexicon. */
export function lexiconEntries(lexicon: Lexicon): number {
  return lexicon.concepts.length;
}

/** Glossary problems across folders (each diagnostic on a glossary file counts). */
export function problemCount(folders: readonly FolderLoad[]): number {
  let count = 0;
  for (const { load } of folders) for (const problems of load.problems.values()) count += problems.length;
  return count;
}

/** The lines that describe one load of a folder's glossaries, problems last with file:line:col. */
export function loadReportLines(folder: FolderLoad, bundled: Lexicon, t: Translate): string[] {
  const { load } = folder;
  const lines = [t('{0}: {1} entries ({2} from the bundled corpus, {3} from {4} glossaries)', folder.folder, lexiconEntries(load.lexicon), lexiconEntries(bundled), lexiconEntries(load.lexicon) - lexiconEntries(bundled), load.loaded.length)];
  for (const glossary of load.loaded) {
    let line = t('  {0}: {1} entries', glossary.label, entryCount(glossary.document));
    if (glossary.dropped) line += t(', {0} entries left out for their errors', glossary.dropped);
    if (glossary.stale) line += t(' (its last good version: the file has errors)');
    lines.push(line);
  }
  for (const [key, problems] of load.problems) {
    const label = load.labels.get(key) ?? key;
    for (const problem of problems) lines.push(`  ${label}:${problem.line + 1}:${problem.character + 1}: ${problem.message}`);
  }
  return lines;
}

/** The first line of every report: the corpus and the host natolex runs in. */
export function corpusLine(bundled: Lexicon, host: string, t: Translate): string {
  const corpus = bundled.documents[0];
  return t('natolex in the {0} extension host; bundled corpus "{1}" version {2}: {3} entries', host, corpus?.name ?? '?', corpus?.version ?? '?', lexiconEntries(bundled));
}

/** The status-bar item: entries of the active folder's lexicon, and glossary errors when there are any. */
export function statusOf(entries: number, problems: number, t: Translate): { text: string; tooltip: string; warning: boolean } {
  const tooltip = t('natolex: {0} entries loaded. Click to open the Lexicon view.', entries);
  if (problems === 0) return { text: `$(book) ${entries}`, tooltip, warning: false };
  return {
    text: `$(warning) ${entries} · ${t('{0} glossary errors', problems)}`,
    tooltip: `${tooltip}\n${t('{0} glossary errors: see the Problems view, or the natolex output for what was loaded.', problems)}`,
    warning: true,
  };
}
