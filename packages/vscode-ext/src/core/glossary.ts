// Workspace glossaries: each *.natolex.json file (or path from the natolex.glossaries setting) of a workspace folder
// is checked and merged with the bundled corpus. A glossary that is unreadable, too large, not JSON, not a lexicon,
// or that reuses an id is left out with problems located in the file (for diagnostics); the others, and always the
// bundled corpus, keep serving.
import { createLexicon, isLexiconError, type Lexicon, type LexiconDocument } from '@natolex/data';
import { validateLexiconText } from '@natolex/schema';
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
}

export interface LoadedGlossary {
  key: string;
  label: string;
  document: LexiconDocument;
}

export interface GlossaryLoad {
  lexicon: Lexicon;
  loaded: LoadedGlossary[];
  /** Problems by source key; every source left out has at least one. */
  problems: Map<string, GlossaryProblem[]>;
  /** The glossary label of each record id that comes from a glossary. */
  origins: Map<string, string>;
}

export interface GlossaryLoadOptions {
  /** Largest glossary loaded, in bytes. */
  maxSize: number;
  t?: Translate;
  /** The bundled corpus alone (shared between folders). */
  bundled?: Lexicon;
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

/** Checks one glossary: its document, or the problems that keep it out. */
export function checkGlossary(source: GlossarySource, options: GlossaryLoadOptions): { document?: LexiconDocument; problems: GlossaryProblem[] } {
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
    return { problems: [fileProblem(t('This glossary could not be read: {0}', source.readError ?? t('unknown error')), 'unreadable')] };
  }
  const text = source.text;
  const result = validateLexiconText(text, source.label);
  if (!result.valid) {
    const problems = result.errors.slice(0, MAX_PROBLEMS_PER_FILE).map((issue) => {
      const where = issue.pointer === '' ? '' : `${issue.pointer}: `;
      const message = t('Glossary not loaded: {0}{1}', where, issue.message);
      const code = issue.keyword === 'syntax' ? 'syntax' : 'schema';
      if (issue.offset !== undefined) return problemAt(text, issue.offset, issue.length ?? 0, message, code);
      const line = Math.max(0, issue.line - 1);
      const character = Math.max(0, issue.column - 1);
      return { line, character, endLine: line, endCharacter: character, message, code };
    });
    if (result.errors.length > MAX_PROBLEMS_PER_FILE) problems.push(fileProblem(t('{0} more problems are not shown.', result.errors.length - MAX_PROBLEMS_PER_FILE), 'schema'));
    return { problems };
  }
  return { document: JSON.parse(text.replace(/^\uFEFF/, '')) as LexiconDocument, problems: [] };
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

/** Loads the glossaries of one workspace folder on top of the bundled corpus. Never throws. */
export function loadGlossaries(sources: readonly GlossarySource[], options: GlossaryLoadOptions): GlossaryLoad {
  const t = options.t ?? english;
  const bundled = options.bundled ?? createLexicon();
  const problems = new Map<string, GlossaryProblem[]>();
  const report = (key: string, problem: GlossaryProblem) => problems.set(key, [...(problems.get(key) ?? []), problem]);
  const candidates: Array<LoadedGlossary & { text: string }> = [];
  for (const source of sources) {
    const checked = checkGlossary(source, options);
    for (const problem of checked.problems) report(source.key, problem);
    if (checked.document) candidates.push({ key: source.key, label: source.label, document: checked.document, text: source.text ?? '' });
  }

  // createLexicon reports one conflict at a time, naming the document: leave that one out and try again.
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
      const [offender] = candidates.splice(index, 1) as [LoadedGlossary & { text: string }];
      const pointer = isLexiconError(error) ? error.pointer : '';
      const [offset, length] = locatePointer(offender.text, pointer);
      let message: string;
      if (isLexiconError(error) && error.code === 'duplicate-id') {
        const id = String(valueAt(offender.document, pointer));
        const owner = bundled.get(id) !== undefined ? t('the bundled corpus') : (candidates.find((other) => idsOf(other.document).includes(id))?.label ?? t('another glossary'));
        message = t('Glossary not loaded: the id "{0}" is already used by {1}. Ids must be unique; rename this one.', id, owner);
      } else {
        message = t('Glossary not loaded: {0}', error instanceof Error ? error.message : String(error));
      }
      report(offender.key, problemAt(offender.text, offset, length, message, isLexiconError(error) && error.code === 'duplicate-id' ? 'duplicate-id' : 'lexicon'));
    }
  }

  const origins = new Map<string, string>();
  for (const candidate of candidates) for (const id of idsOf(candidate.document)) origins.set(id, candidate.label);
  return { lexicon, loaded: candidates.map(({ key, label, document }) => ({ key, label, document })), problems, origins };
}
