// Glossaries, from bytes or text to a lexicon: decoded strictly as UTF-8, parsed with positions (syntax errors and
// duplicated keys), validated once (createLexicon does it; positions are looked up in the text only for the
// problems it reports), then merged with the bundled corpus (ids unique, references resolve). Never throws for a
// problem of the files. No file access: adapters read the bytes (see workspace/glossaries.ts for the host-driven
// version) and choose the policy: `strict` (the CLI: one bad glossary and nothing is loaded, so CI never checks
// against half a glossary) or `partial` (editors: the bad glossary is left out, the others and the corpus serve).
// A glossary may also be a termbase export (*.tbx, TBX v2 or v3): read through the interchange package's import,
// its parse errors placed at line:col like a JSON glossary's.
import { createLexicon, isLexiconError, type Lexicon, type LexiconDocument, type LexiconError } from '@natolex/data';
import { importTbx, isImportError } from '@natolex/interchange';
import { ISSUE_LIMIT, decodeJsonBytes, isSchemaKeyword, parseLexiconText, placeIssues, type ValidationIssue } from '@natolex/schema';
// A schema 1 glossary is validated as schema 1 (createLexicon upgrades it).
import { validateGlossaryDocument as validateLexicon, withoutBrokenRecords } from './keep.js';

export interface GlossaryInput {
  /** Identifies the file (a URI or an absolute path). */
  key: string;
  /** How messages name it, e.g. "glossary/team.natolex.json". */
  label: string;
  /** The file's bytes, decoded here strictly as UTF-8 ... */
  bytes?: Uint8Array;
  /** ... or its text, when the adapter has it decoded already (an editor's buffer). */
  text?: string;
  /** Why the adapter could not read it (neither bytes nor text given), e.g. "ENOENT". */
  readError?: string;
  /** Not read because it is larger than the adapter's limit (readError says how large): keyword 'too-large'. */
  tooLarge?: boolean;
}

/** What was found in one glossary on its own: encoding, syntax and schema problems (at most ISSUE_LIMIT listed). */
export interface GlossaryReport {
  key: string;
  /** The label, as in the issues. */
  file: string;
  valid: boolean;
  errors: ValidationIssue[];
  /** How many more problems there are than listed. */
  omitted: number;
}

/** A problem between glossaries and the corpus (a reused id, a reference nobody has), placed in its glossary. */
export interface GlossaryConflict extends ValidationIssue {
  /** The glossary it is in; undefined when the problem cannot be placed in one (its message says why). */
  key?: string;
  /** Found in the glossary's last good version (placed at 1:1: that text is gone), which is then not served either. */
  lastGood?: boolean;
}

export interface LoadedGlossary {
  key: string;
  label: string;
  document: LexiconDocument;
  /** The text it was parsed from (for positions of later problems); '' for a last good version. */
  text: string;
  /** Partial mode: the file's last good version (options.previous), served because the file as it is cannot load. */
  stale?: boolean;
  /** Partial mode with dropInvalidEntries: entries of the file left out for their schema errors. */
  dropped?: number;
}

export interface GlossaryCheck {
  /**
   * The lexicon: strict mode, only when every glossary is valid on its own and together with the others and the
   * corpus; partial mode, always (the glossaries that could be loaded, over the corpus).
   */
  lexicon?: Lexicon;
  files: GlossaryReport[];
  conflicts: GlossaryConflict[];
  /** The glossaries in the lexicon (partial mode: the ones kept; strict mode: all of them, or none). */
  loaded: LoadedGlossary[];
}

export interface GlossaryCheckOptions {
  /** 'strict' (default): nothing loads unless everything does. 'partial': leave bad glossaries out. */
  mode?: 'strict' | 'partial';
  /** Include the bundled corpus first (default true). */
  bundled?: boolean;
  /**
   * Partial mode: the last good document of each glossary, by key (what the previous load served). A glossary that
   * cannot load now (unreadable, not JSON, invalid, a conflict) is served as that instead, marked stale; not one the
   * adapter found too large.
   */
  previous?: ReadonlyMap<string, LexiconDocument>;
  /** Partial mode: when every schema error of a glossary lies inside entries, leave out only those entries. */
  dropInvalidEntries?: boolean;
}

function readIssue(input: GlossaryInput): ValidationIssue {
  return { file: input.label, line: 1, column: 1, pointer: '', keyword: input.tooLarge ? 'too-large' : 'read', message: `cannot read the glossary (${input.readError ?? 'no content'})` };
}

/** Whether a glossary is a termbase export (TBX), by its file name. */
export function isTbxGlossary(input: Pick<GlossaryInput, 'key' | 'label'>): boolean {
  return /\.tbx$/i.test(input.key) || /\.tbx$/i.test(input.label);
}

/** A TBX glossary as a document; positions of later problems are at 1:1 (its text is XML, not the document's JSON). */
function parseTbxGlossary(input: GlossaryInput, text: string, failed: (errors: ValidationIssue[]) => { report: GlossaryReport }): { report: GlossaryReport; parsed?: LoadedGlossary } {
  try {
    const name = input.label.replace(/^.*[\\/]/, '').replace(/\.tbx$/i, '');
    const { document } = importTbx(text, { fallbackName: name });
    return { report: { key: input.key, file: input.label, valid: true, errors: [], omitted: 0 }, parsed: { key: input.key, label: input.label, text: '', document: document as LexiconDocument } };
  } catch (error) {
    if (!isImportError(error)) throw error;
    return failed([{ file: input.label, line: error.line, column: error.column, pointer: '', keyword: 'tbx', message: error.reason }]);
  }
}

/** One glossary decoded and parsed (no schema yet): its document, or the report of why not. */
export function parseGlossary(input: GlossaryInput): { report: GlossaryReport; parsed?: LoadedGlossary } {
  const file = input.label;
  const failed = (errors: ValidationIssue[], omitted = 0) => ({ report: { key: input.key, file, valid: false, errors, omitted } });
  let text = input.text;
  if (text === undefined) {
    if (input.bytes === undefined) return failed([readIssue(input)]);
    // Strictly: a lenient decoder would turn bytes that are not UTF-8 into U+FFFD, which then validates.
    const decoded = decodeJsonBytes(input.bytes, 'glossary', file);
    if (decoded.issue) return failed([decoded.issue]);
    text = decoded.text;
  }
  if (isTbxGlossary(input)) return parseTbxGlossary(input, text, failed);
  const parsed = parseLexiconText(text, file);
  if (!parsed.valid) return failed(parsed.errors, parsed.omitted);
  return { report: { key: input.key, file, valid: true, errors: [], omitted: 0 }, parsed: { key: input.key, label: file, text, document: parsed.value as LexiconDocument } };
}

/** The schema problems of one parsed glossary, at their places in its text (each document validated once). */
function schemaReport(parsed: LoadedGlossary, issues: readonly { pointer: string; message: string; keyword?: string }[], omitted: number): GlossaryReport {
  return { key: parsed.key, file: parsed.label, valid: false, errors: placeIssues(parsed.text, issues, parsed.label), omitted };
}

/** The problems of a document createLexicon found invalid; recounted only when the list may have been cut. */
function reportFromError(parsed: LoadedGlossary, error: LexiconError): GlossaryReport {
  const issues = error.issues.length > 0 ? error.issues : [{ pointer: error.pointer, message: error.message }];
  if (issues.length < ISSUE_LIMIT) return schemaReport(parsed, issues, 0);
  // LexiconError lists at most ISSUE_LIMIT issues and does not say how many more: only such a document is
  // validated a second time, to count them.
  const recount = validateLexicon(parsed.document);
  return schemaReport(parsed, recount.errors, recount.omitted);
}

/** A problem createLexicon found between documents (or in one beyond the schema), placed in its glossary. */
function conflictsOf(culprit: LoadedGlossary | undefined, error: LexiconError): GlossaryConflict[] {
  if (!culprit) return [{ line: 1, column: 1, pointer: '', keyword: error.code, message: error.message }];
  // One problem: the error's own message, which also says where the other use of a reused id is, without the
  // "document 0 ("Team") at /pointer: " it starts with (the position and the pointer say that already).
  // (A schema 1 document's pointer is followed by "(schema 1; upgraded on load)": the hint says that already.)
  const marker = new RegExp(` at ${error.pointer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(schema 1; upgraded on load\\))?: `);
  const found = error.pointer === '' ? null : marker.exec(error.message);
  const text = found === null ? error.message : error.message.slice(found.index + found[0].length);
  const issues = error.issues.length > 1 ? error.issues : [{ pointer: error.pointer, message: text, keyword: error.issues[0]?.keyword ?? error.code }];
  return placeIssues(culprit.text, issues, culprit.label).map((issue) => ({ ...issue, key: culprit.key }));
}

/**
 * Whether createLexicon rejected a document for its schema, rather than in one of its own checks, which run only
 * once every document is valid (a reused id, an unknown reference). Schema issues carry JSON Schema keywords.
 */
function isSchemaError(error: LexiconError): boolean {
  return error.code === 'invalid-document' && error.issues.every((issue) => issue.keyword === undefined || isSchemaKeyword(issue.keyword));
}

/** Checks glossaries on their own and together with the corpus; see GlossaryCheckOptions for what loads. */
export function checkGlossaries(inputs: readonly GlossaryInput[], options: GlossaryCheckOptions = {}): GlossaryCheck {
  const partial = options.mode === 'partial';
  const create = (documents: readonly LexiconDocument[]) => createLexicon(documents, { bundled: options.bundled ?? true });
  const files: GlossaryReport[] = [];
  const candidates: LoadedGlossary[] = [];
  const reportIndex = new Map<LoadedGlossary, number>();
  const lastGoodOf = (glossary: { key: string; label: string }): LoadedGlossary | undefined => {
    const document = partial ? options.previous?.get(glossary.key) : undefined;
    return document && { key: glossary.key, label: glossary.label, document, text: '', stale: true };
  };
  for (const input of inputs) {
    const result = parseGlossary(input);
    const kept = result.parsed ?? (input.tooLarge ? undefined : lastGoodOf(input));
    if (kept) candidates.push(kept);
    if (result.parsed) reportIndex.set(result.parsed, files.length);
    files.push(result.report);
  }
  /** What serves instead of a glossary that cannot load (partial mode): its valid entries, else its last good version. */
  const replacementOf = (glossary: LoadedGlossary, issues: readonly { pointer: string }[], omitted: number): LoadedGlossary | undefined => {
    if (glossary.stale) return undefined;
    const rest = options.dropInvalidEntries && omitted === 0 ? withoutBrokenRecords(glossary.document, issues) : undefined;
    // Its text no longer fits the document's pointers (entries left out): later conflicts are placed at 1:1.
    return rest ? { ...glossary, document: rest.document, text: '', dropped: rest.dropped } : lastGoodOf(glossary);
  };
  if (!partial && reportIndex.size < inputs.length) {
    // Nothing loads, but every parsed glossary is still validated (once) so that one run lists every problem.
    for (const candidate of candidates) {
      const result = validateLexicon(candidate.document);
      if (!result.valid) files[reportIndex.get(candidate) as number] = schemaReport(candidate, result.errors, result.omitted);
    }
    return { files, conflicts: [], loaded: [] };
  }
  const conflicts: GlossaryConflict[] = [];
  // createLexicon stops at the first problem it finds. A schema problem: the documents before it are valid, the later
  // ones are validated here, each once, so one run reports every invalid glossary. A problem between documents:
  // recorded, and (partial mode) that glossary is left out and the rest tried again, one document fewer each time.
  for (;;) {
    try {
      const lexicon = create(candidates.map((candidate) => candidate.document));
      return { lexicon, files, conflicts, loaded: candidates };
    } catch (error) {
      if (!isLexiconError(error)) throw error;
      const index = error.documentIndex;
      const culprit = index === undefined ? undefined : candidates[index];
      if (culprit && index !== undefined && isSchemaError(error) && !culprit.stale) {
        const invalid = new Map<LoadedGlossary, GlossaryReport>([[culprit, reportFromError(culprit, error)]]);
        for (const later of candidates.slice(index + 1)) {
          const result = later.stale ? { valid: true as const } : validateLexicon(later.document);
          if (!result.valid) invalid.set(later, schemaReport(later, result.errors, result.omitted));
        }
        for (const [glossary, report] of invalid) files[reportIndex.get(glossary) as number] = report;
        if (!partial) return { files, conflicts, loaded: [] };
        replaceWhere(candidates, (candidate) => {
          const report = invalid.get(candidate);
          return report ? replacementOf(candidate, report.errors, report.omitted) : candidate;
        });
        continue;
      }
      conflicts.push(...conflictsOf(culprit, error).map((conflict) => (culprit?.stale ? { ...conflict, lastGood: true } : conflict)));
      if (!partial) return { files, conflicts, loaded: [] };
      // Not about one document: nothing but the corpus can be trusted.
      if (!culprit) return { lexicon: create([]), files, conflicts, loaded: [] };
      // A conflict is not an entry's schema error: only the last good version can stand in.
      replaceWhere(candidates, (candidate) => (candidate === culprit ? (culprit.stale ? undefined : lastGoodOf(culprit)) : candidate));
    }
  }
}

/** Replaces each item by what `replace` gives for it, in place; undefined removes it. */
function replaceWhere<T>(items: T[], replace: (item: T) => T | undefined): void {
  const kept = items.map(replace).filter((item): item is T => item !== undefined);
  items.length = 0;
  for (const item of kept) items.push(item);
}
