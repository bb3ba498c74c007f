// Workspace glossaries: each *.natolex.json file (or path from the natolex.glossaries setting) of a workspace folder
// is checked and merged with the bundled corpus. Problems are located in the file (for diagnostics), and a typo
// costs as little as it can:
// - schema errors inside entries leave out those entries only; the rest of the file loads;
// - a file that cannot load at all (not JSON, invalid outside its entries, unreadable, an id clash) keeps serving its
//   last good version, when there is one from an earlier load, and its diagnostics say so;
// - a file over the size limit is not loaded (the setting says not to); the others and the bundled corpus serve.
import { createLexicon, isLexiconError, type Lexicon, type LexiconDocument } from '@natolex/data';
import { validateLexicon, validateLexiconText, type ValidationIssue } from '@natolex/schema';
import { findNodeAtLocation, parseTree, type Segment } from 'jsonc-parser';
import { english, type Translate } from './translate.js';

export interface GlossarySource {
  /** Identifies the file (the adapter uses its URI). */
  key: string;
  /** How the file is named to the user, e.g. "glossary/team.natolex.json". */
  label: string;
  /** Size in bytes. */
  size: number;
  /** The text, unless the file was too large to read or could not be read. */
  text?: string;
  readError?: string;
}

/** A problem in a glossary file; positions are 0-based, characters in UTF-16 code units (as editors count). */
export interface GlossaryProblem {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  message: string;
  /** 'too-large' | 'unreadable' | 'syntax' | 'schema' | 'duplicate-id' | 'lexicon'. */
  code: string;
  /** A replacement for the problem's range that fixes it (the "did you mean" of a misspelt property name). */
  fix?: { title: string; text: string };
}

export interface LoadedGlossary {
  key: string;
  label: string;
  document: LexiconDocument;
  /** The last good version, served because the file as it is now could not be loaded. */
  stale?: boolean;
  /** Entries of the file left out for their schema errors. */
  dropped?: number;
}

export interface GlossaryLoad {
  lexicon: Lexicon;
  loaded: LoadedGlossary[];
  /** Problems by source key; every source left out has at least one. */
  problems: Map<string, GlossaryProblem[]>;
  /** The glossary label of each record id that comes from a glossary. */
  origins: Map<string, string>;
  /** The label of every source, by key (also of those left out). */
  labels: Map<string, string>;
}

export interface GlossaryLoadOptions {
  /** Largest glossary loaded, in bytes. */
  maxSize: number;
  t?: Translate;
  /** The bundled corpus alone (shared between folders). */
  bundled?: Lexicon;
  /** The documents served by the previous load, by source key: the last good version of each file. */
  previous?: ReadonlyMap<string, LexiconDocument>;
}

/** Most problems reported per file: past this, a broken file gains nothing from more squiggles. */
const MAX_PROBLEMS_PER_FILE = 50;
const RECORD_ARRAYS = ['sources', 'topics', 'snippets', 'acronyms', 'terms', 'events'] as const;

/** 0-based line and character of a UTF-16 offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const at = Math.max(0, Math.min(text.length, offset));
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: at - lineStart };
}

function problemAt(text: string, offset: number, length: number, message: string, code: string): GlossaryProblem {
  const start = positionAt(text, offset);
  const end = positionAt(text, offset + Math.max(length, 0));
  return { line: start.line, character: start.character, endLine: end.line, endCharacter: end.character, message, code };
}

function fileProblem(message: string, code: string): GlossaryProblem {
  return { line: 0, character: 0, endLine: 0, endCharacter: 0, message, code };
}

function decodePointer(pointer: string): Segment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/** The [offset, length] of the value a JSON pointer names in a JSON text (the whole text when not found). */
export function locatePointer(text: string, pointer: string): [number, number] {
  const root = parseTree(text);
  const node = root === undefined ? undefined : findNodeAtLocation(root, decodePointer(pointer));
  return node === undefined ? [0, 0] : [node.offset, node.length];
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** The array and index of the record a JSON pointer lies in (e.g. "/acronyms/3/expansion"), if it does. */
function recordOf(pointer: string): { array: (typeof RECORD_ARRAYS)[number]; index: number } | undefined {
  const match = /^\/([a-z]+)\/(0|[1-9]\d*)(?:\/|$)/.exec(pointer);
  const array = RECORD_ARRAYS.find((name) => name === match?.[1]);
  return array && { array, index: Number(match![2]) };
}

/** The name a "did you mean" message of the schema suggests for an unknown property. */
const SUGGESTION = /\(did you mean '([A-Za-z][\w$-]*)'\?\)$/;

function issueProblem(text: string, issue: ValidationIssue, message: string, t: Translate): GlossaryProblem {
  const code = issue.keyword === 'syntax' ? 'syntax' : 'schema';
  let problem: GlossaryProblem;
  if (issue.offset !== undefined) {
    problem = problemAt(text, issue.offset, issue.length ?? 0, message, code);
  } else {
    const line = Math.max(0, issue.line - 1);
    const character = Math.max(0, issue.column - 1);
    problem = { line, character, endLine: line, endCharacter: character, message, code };
  }
  const suggestion = issue.keyword === 'additionalProperties' || issue.keyword === 'unevaluatedProperties' ? SUGGESTION.exec(issue.message)?.[1] : undefined;
  // The range is the property's key, quotes included, so the fix is the suggested name as a JSON string.
  if (suggestion && issue.offset !== undefined && text[issue.offset] === '"') problem.fix = { title: t("Rename to '{0}'", suggestion), text: JSON.stringify(suggestion) };
  return problem;
}

/**
 * The document without the records that have schema errors, when every error lies inside a record and the rest is
 * then valid; undefined when the file as a whole is invalid.
 */
function withoutBrokenRecords(text: string, issues: readonly ValidationIssue[]): { document: LexiconDocument; dropped: number } | undefined {
  const broken = new Map<string, Set<number>>();
  for (const issue of issues) {
    const record = issue.keyword === 'syntax' ? undefined : recordOf(issue.pointer);
    if (!record) return undefined;
    broken.set(record.array, (broken.get(record.array) ?? new Set()).add(record.index));
  }
  const document = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  let dropped = 0;
  for (const [array, indices] of broken) {
    const records = document[array];
    if (!Array.isArray(records)) return undefined;
    document[array] = records.filter((_, index) => !indices.has(index));
    dropped += records.length - (document[array] as unknown[]).length;
  }
  return validateLexicon(document).valid ? { document: document as unknown as LexiconDocument, dropped } : undefined;
}

/** Entries (acronyms and terms, as the Lexicon calls them) in a document. */
export function entryCount(document: LexiconDocument): number {
  return (document.acronyms?.length ?? 0) + (document.terms?.length ?? 0);
}

/**
 * Checks one glossary: its document (without the entries that have schema errors), or the problems that keep it
 * out. `lastGood` is the number of entries of the version still served when this one cannot load, for the messages.
 */
export function checkGlossary(source: GlossarySource, options: GlossaryLoadOptions, lastGood?: number): { document?: LexiconDocument; problems: GlossaryProblem[]; dropped?: number } {
  const t = options.t ?? english;
  if (source.size > options.maxSize) {
    return {
      problems: [
        fileProblem(
          t('This glossary is {0}, larger than the {1} allowed by the natolex.maxGlossarySize setting, so it was not loaded. Split it or raise the setting.', formatBytes(source.size), formatBytes(options.maxSize)),
          'too-large',
        ),
      ],
    };
  }
  if (source.text === undefined) {
    return { problems: [fileProblem(notLoaded(t('This glossary could not be read: {0}', source.readError ?? t('unknown error')), lastGood, t, ''), 'unreadable')] };
  }
  const text = source.text;
  const result = validateLexiconText(text, source.label);
  if (result.valid) return { document: JSON.parse(text.replace(/^\uFEFF/, '')) as LexiconDocument, problems: [] };
  const where = (issue: ValidationIssue) => (issue.pointer === '' ? '' : `${issue.pointer}: `);
  const partial = result.omitted === 0 ? withoutBrokenRecords(text, result.errors) : undefined;
  const listed = result.errors.slice(0, MAX_PROBLEMS_PER_FILE);
  const problems = listed.map((issue) =>
    issueProblem(text, issue, partial ? t('Entry not loaded (the rest of this glossary is): {0}{1}', where(issue), issue.message) : notLoaded(issue.message, lastGood, t, where(issue)), t),
  );
  const more = result.errors.length - listed.length + result.omitted;
  if (more > 0) problems.push(fileProblem(t('{0} more problems are not shown.', more), 'schema'));
  return partial ? { document: partial.document, problems, dropped: partial.dropped } : { problems };
}

/** The message of a problem that keeps a whole file out: with a last good version still served, it says so. */
function notLoaded(reason: string, lastGood: number | undefined, t: Translate, where = ''): string {
  return lastGood === undefined
    ? t('Glossary not loaded: {0}{1}', where, reason)
    : t('Glossary not reloaded: {0}{1}. natolex keeps serving the last good version of this file ({2} entries) until this is fixed.', where, reason.replace(/\.$/, ''), lastGood);
}

function valueAt(document: unknown, pointer: string): unknown {
  let value: unknown = document;
  for (const segment of decodePointer(pointer)) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value;
}

function idsOf(document: LexiconDocument): string[] {
  const ids: string[] = [];
  for (const key of RECORD_ARRAYS) for (const record of document[key] ?? []) ids.push(record.id);
  return ids;
}

type Candidate = LoadedGlossary & { text: string };

/** Loads the glossaries of one workspace folder on top of the bundled corpus. Never throws. */
export function loadGlossaries(sources: readonly GlossarySource[], options: GlossaryLoadOptions): GlossaryLoad {
  const t = options.t ?? english;
  const bundled = options.bundled ?? createLexicon();
  const problems = new Map<string, GlossaryProblem[]>();
  const report = (key: string, problem: GlossaryProblem) => problems.set(key, [...(problems.get(key) ?? []), problem]);
  /** The last good version of a source, as a candidate, when there is one to fall back on. */
  const lastGoodOf = (source: { key: string; label: string }): Candidate | undefined => {
    const document = options.previous?.get(source.key);
    return document && { key: source.key, label: source.label, document, stale: true, text: '' };
  };
  const candidates: Candidate[] = [];
  for (const source of sources) {
    const fallback = source.size > options.maxSize ? undefined : lastGoodOf(source);
    const checked = checkGlossary(source, options, fallback && entryCount(fallback.document));
    for (const problem of checked.problems) report(source.key, problem);
    if (checked.document) candidates.push({ key: source.key, label: source.label, document: checked.document, text: source.text ?? '', dropped: checked.dropped });
    else if (fallback) candidates.push(fallback);
  }

  // createLexicon reports one conflict at a time, naming the document: leave that one out (falling back on its last
  // good version, once) and try again.
  let lexicon = bundled;
  while (candidates.length > 0) {
    try {
      lexicon = createLexicon(candidates.map((candidate) => candidate.document));
      break;
    } catch (error) {
      const index = isLexiconError(error) ? error.documentIndex : undefined;
      if (index === undefined || candidates[index] === undefined) {
        const reason = error instanceof Error ? error.message : String(error);
        for (const candidate of candidates) report(candidate.key, fileProblem(t('Glossary not loaded: {0}', reason), 'lexicon'));
        candidates.length = 0;
        break;
      }
      const [offender] = candidates.splice(index, 1) as [Candidate];
      const fallback = offender.stale ? undefined : lastGoodOf(offender);
      if (fallback) candidates.splice(index, 0, fallback);
      if (offender.stale) {
        report(offender.key, fileProblem(t('Its last good version no longer fits with the other glossaries either, so nothing of this file is served.'), 'lexicon'));
        continue;
      }
      const pointer = isLexiconError(error) ? error.pointer : '';
      const [offset, length] = locatePointer(offender.text, pointer);
      const lastGood = fallback && entryCount(fallback.document);
      let reason: string;
      if (isLexiconError(error) && error.code === 'duplicate-id') {
        const id = String(valueAt(offender.document, pointer));
        const owner = bundled.get(id) !== undefined ? t('the bundled corpus') : (candidates.find((other) => other !== fallback && idsOf(other.document).includes(id))?.label ?? t('another glossary'));
        reason = t('the id "{0}" is already used by {1}. Ids must be unique; rename this one.', id, owner);
      } else {
        reason = error instanceof Error ? error.message : String(error);
      }
      report(offender.key, problemAt(offender.text, offset, length, notLoaded(reason, lastGood, t), isLexiconError(error) && error.code === 'duplicate-id' ? 'duplicate-id' : 'lexicon'));
    }
  }

  const origins = new Map<string, string>();
  for (const candidate of candidates) {
    const label = candidate.stale ? t('{0} (its last good version: the file has errors)', candidate.label) : candidate.label;
    for (const id of idsOf(candidate.document)) origins.set(id, label);
  }
  const labels = new Map(sources.map((source) => [source.key, source.label]));
  return { lexicon, loaded: candidates.map(({ key, label, document, stale, dropped }) => ({ key, label, document, stale, dropped })), problems, origins, labels };
}
