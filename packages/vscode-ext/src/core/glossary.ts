// What a workspace folder's glossaries load into, in the editor's words. Finding, reading, decoding, validating,
// placing problems and merging are the language service's (loadFolderGlossaries / checkGlossaries in partial mode,
// dropping only the entries with schema errors and serving a file's last good version when it cannot load); this
// module turns its result into the problems shown on the glossary files (translated messages, 0-based ranges, the
// "did you mean" rename) and the labels hovers and the output channel name entries by.
import type { Lexicon, LexiconDocument } from '@natolex/data';
import { LineIndex, checkGlossaries, conceptDocument, migrateHint, recordIds, schemaOneGlossaries, type GlossaryCheck, type GlossaryInput, type LoadedGlossary } from '@natolex/language-service';
import type { ValidationIssue } from '@natolex/schema';
import { english, type Translate } from './translate.js';

/** A problem in a glossary file; positions are 0-based, characters in UTF-16 code units (as editors count). */
export interface GlossaryProblem {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  message: string;
  /** 'too-large' | 'unreadable' | 'syntax' | 'schema' | 'duplicate-id' | 'lexicon' | 'schema-1'. */
  code: string;
  /** A hint, not an error: the file loads (a schema 1 glossary, upgraded on load, that could be migrated). */
  hint?: boolean;
  /** A replacement for the problem's range that fixes it (the "did you mean" of a misspelt property name). */
  fix?: { title: string; text: string };
}

export type { LoadedGlossary };

export interface GlossaryLoad {
  lexicon: Lexicon;
  loaded: LoadedGlossary[];
  /** Problems by glossary key; every glossary left out has at least one. */
  problems: Map<string, GlossaryProblem[]>;
  /** Hints by glossary key: the file loads, but could be better (a schema 1 glossary: run `natolex migrate`). */
  hints: Map<string, GlossaryProblem[]>;
  /** The glossary label of each record id that comes from a glossary. */
  origins: Map<string, string>;
  /** The label of every glossary, by key (also of those left out). */
  labels: Map<string, string>;
}

export interface DescribeOptions {
  /** The natolex.maxGlossarySize setting, in bytes (for the too-large message). */
  maxGlossarySize: number;
  t?: Translate;
  /** The lexicon served when the check has none (the bundled corpus). */
  bundled: Lexicon;
}

/** Most problems shown per file: past this, a broken file gains nothing from more squiggles. */
const MAX_PROBLEMS_PER_FILE = 50;
const SYNTAX_KEYWORDS = new Set(['syntax', 'encoding', 'duplicateKey']);
const DUPLICATE_KEYWORDS = new Set(['uniqueId', 'duplicate-id']);
/** The name a "did you mean" message of the schema suggests for an unknown property. */
const SUGGESTION = /\(did you mean '([A-Za-z][\w$-]*)'\?\)$/;

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** Entries (concepts; a schema 1 document's as upgraded) in a document. */
export function entryCount(document: LexiconDocument): number {
  return conceptDocument(document).concepts?.length ?? 0;
}

/** The message of a problem that keeps a whole file out: with a last good version still served, it says so. */
function notLoaded(reason: string, lastGood: number | undefined, t: Translate, where = ''): string {
  return lastGood === undefined
    ? t('Glossary not loaded: {0}{1}', where, reason)
    : t('Glossary not reloaded: {0}{1}. natolex keeps serving the last good version of this file ({2} entries) until this is fixed.', where, reason.replace(/\.$/, ''), lastGood);
}

function codeOf(keyword: string): string {
  if (keyword === 'too-large') return 'too-large';
  if (keyword === 'read') return 'unreadable';
  if (SYNTAX_KEYWORDS.has(keyword)) return 'syntax';
  return 'schema';
}

/** The problem at an issue's place (its range from the file's text when there is one, else its line and column). */
function placed(issue: ValidationIssue, lines: LineIndex | undefined, message: string, code: string): GlossaryProblem {
  if (lines && issue.offset !== undefined) {
    const { start, end } = lines.lspRange(issue.offset, issue.offset + (issue.length ?? 0));
    return { line: start.line, character: start.character, endLine: end.line, endCharacter: end.character, message, code };
  }
  const line = Math.max(0, issue.line - 1);
  const character = Math.max(0, issue.column - 1);
  return { line, character, endLine: line, endCharacter: character, message, code };
}

/** The rename a misspelt property's issue suggests: its range is the key, quotes included. */
function renameFix(issue: ValidationIssue, text: string | undefined, t: Translate): GlossaryProblem['fix'] {
  const suggestion = issue.keyword === 'additionalProperties' || issue.keyword === 'unevaluatedProperties' ? SUGGESTION.exec(issue.message)?.[1] : undefined;
  if (suggestion === undefined || issue.offset === undefined || text?.[issue.offset] !== '"') return undefined;
  return { title: t("Rename to '{0}'", suggestion), text: JSON.stringify(suggestion) };
}

/**
 * The load of a folder as the editor shows it. `texts` are the files' texts as read (for ranges and fixes); files
 * not in it get their problems at line and column only.
 */
export function describeGlossaries(check: GlossaryCheck, texts: ReadonlyMap<string, string>, options: DescribeOptions): GlossaryLoad {
  const t = options.t ?? english;
  const problems = new Map<string, GlossaryProblem[]>();
  const report = (key: string, problem: GlossaryProblem) => problems.set(key, [...(problems.get(key) ?? []), problem]);
  const served = new Map(check.loaded.map((glossary) => [glossary.key, glossary]));
  const lastGoodCount = (key: string) => {
    const glossary = served.get(key);
    return glossary?.stale ? entryCount(glossary.document) : undefined;
  };
  const linesOf = new Map<string, LineIndex>();
  const lines = (key: string) => {
    const text = texts.get(key);
    if (text !== undefined && !linesOf.has(key)) linesOf.set(key, new LineIndex(text));
    return linesOf.get(key);
  };

  for (const file of check.files) {
    if (file.valid && file.errors.length === 0) continue;
    const dropped = served.get(file.key)?.dropped !== undefined;
    const listed = file.errors.slice(0, MAX_PROBLEMS_PER_FILE);
    for (const issue of listed) {
      const code = codeOf(issue.keyword);
      const where = issue.pointer === '' ? '' : `${issue.pointer}: `;
      let message: string;
      if (code === 'too-large') message = t('This glossary is larger than the {0} allowed by the natolex.maxGlossarySize setting, so it was not loaded. Split it or raise the setting.', formatBytes(options.maxGlossarySize));
      else if (dropped) message = t('Entry not loaded (the rest of this glossary is): {0}{1}', where, issue.message);
      else message = notLoaded(issue.message, lastGoodCount(file.key), t, where);
      const problem = placed(issue, lines(file.key), message, code);
      const fix = renameFix(issue, texts.get(file.key), t);
      if (fix) problem.fix = fix;
      report(file.key, problem);
    }
    const more = file.errors.length - listed.length + file.omitted;
    if (more > 0) report(file.key, { line: 0, character: 0, endLine: 0, endCharacter: 0, message: t('{0} more problems are not shown.', more), code: 'schema' });
  }

  for (const conflict of check.conflicts) {
    const code = DUPLICATE_KEYWORDS.has(conflict.keyword) ? 'duplicate-id' : 'lexicon';
    if (conflict.key === undefined) {
      // Not about one glossary: every one of them is left out.
      for (const file of check.files) report(file.key, placed(conflict, undefined, t('Glossary not loaded: {0}', conflict.message), 'lexicon'));
      continue;
    }
    const message = conflict.lastGood
      ? t('Its last good version no longer fits with the other glossaries either, so nothing of this file is served.')
      : notLoaded(conflict.message, lastGoodCount(conflict.key), t);
    report(conflict.key, placed(conflict, conflict.lastGood ? undefined : lines(conflict.key), message, code));
  }

  // A schema 1 glossary loads (upgraded); a hint on it says how to migrate it (not on a last good version: its file
  // has errors of its own to show).
  const hints = new Map<string, GlossaryProblem[]>();
  for (const glossary of schemaOneGlossaries(check.loaded)) {
    if (!glossary.stale) hints.set(glossary.key, [{ line: 0, character: 0, endLine: 0, endCharacter: 1, message: migrateHint(glossary.label, t), code: 'schema-1', hint: true }]);
  }

  const origins = new Map<string, string>();
  for (const glossary of check.loaded) {
    const label = glossary.stale ? t('{0} (its last good version: the file has errors)', glossary.label) : glossary.label;
    for (const id of recordIds(glossary.document)) origins.set(id, label);
  }
  const labels = new Map(check.files.map((file) => [file.key, file.file]));
  return { lexicon: check.lexicon ?? options.bundled, loaded: check.loaded, problems, hints, origins, labels };
}

/** A glossary as tests and callers with texts at hand give it. */
export interface GlossarySource {
  key: string;
  label: string;
  /** Size in bytes. */
  size: number;
  text?: string;
  readError?: string;
}

export interface GlossaryLoadOptions {
  maxSize: number;
  t?: Translate;
  bundled: Lexicon;
  /** The documents served by the previous load, by key: the last good version of each file. */
  previous?: ReadonlyMap<string, LexiconDocument>;
}

/** Loads glossaries given as texts, editor-style (the service's own path reads them through the host instead). */
export function loadGlossaries(sources: readonly GlossarySource[], options: GlossaryLoadOptions): GlossaryLoad {
  const inputs = sources.map((source): GlossaryInput => {
    if (source.size > options.maxSize) return { key: source.key, label: source.label, tooLarge: true, readError: `${source.size} bytes` };
    return source.text === undefined ? { key: source.key, label: source.label, readError: source.readError ?? 'unknown error' } : { key: source.key, label: source.label, text: source.text };
  });
  const check = checkGlossaries(inputs, { mode: 'partial', dropInvalidEntries: true, previous: options.previous });
  const texts = new Map(sources.filter((source) => source.text !== undefined && source.size <= options.maxSize).map((source) => [source.key, source.text as string]));
  return describeGlossaries(check, texts, { maxGlossarySize: options.maxSize, t: options.t, bundled: options.bundled });
}
