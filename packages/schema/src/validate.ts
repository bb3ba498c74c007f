// Validation of lexicon documents, as values or as JSON text. Never throws: every problem, including a crash of the
// validator itself, comes back as an issue. Linear in the document: ajv runs once, the text is scanned once for
// positions, and only the first ISSUE_LIMIT problems get a message.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import lexiconSchemaV1 from '../lexicon-1.schema.json' with { type: 'json' };
import lexiconSchema from '../lexicon.schema.json' with { type: 'json' };
import { createAjv } from './ajv.js';
import { loadPrecompiledValidators } from './load-ajv.cjs';
import { LineIndex, escapeUnprintable, findSyntaxError, quote, scanJsonText, shorten, stripByteOrderMark, type Span } from './json-text.js';
import { describeFinding, findingsOf, type Finding } from './messages.js';
import { SCHEMA_ID, SCHEMA_ID_V1 } from './ids.js';
import { isLexiconV1 } from './version.js';

export { SCHEMA_ID, SCHEMA_ID_V1 };

/** Which schema a document is validated against: 2 (current) or 1. */
export type SchemaVersion = 1 | 2;

/** At most this many problems are listed per document; `omitted` counts the others. */
export const ISSUE_LIMIT = 100;

export interface ValidationIssue {
  /** The file the text came from, when given. */
  file?: string;
  /** 1-based line of the issue in the text (1 when validating a value). */
  line: number;
  /** 1-based column in UTF-16 code units, as editors count (1 when validating a value). */
  column: number;
  /** JSON pointer (RFC 6901) of the offending value; '' is the document itself. */
  pointer: string;
  /** What is wrong, readable, e.g. "must have required property 'expansion'". */
  message: string;
  /** The schema keyword that failed (e.g. 'required', 'enum'), or 'syntax', 'duplicateKey', 'encoding', 'internal'. */
  keyword: string;
  /** 0-based UTF-16 offset and length of the offending text (text validation only), for editor ranges. */
  offset?: number;
  length?: number;
}

export interface ValidationResult {
  valid: boolean;
  /** The first ISSUE_LIMIT problems (for text: in text order). */
  errors: ValidationIssue[];
  /** How many more problems were found but not listed (0 when all are listed). */
  omitted: number;
}

/** A problem of a document without its position yet, as validateLexicon and createLexicon report them. */
export interface UnplacedIssue {
  pointer: string;
  message: string;
  keyword?: string;
}

const validators = new Map<SchemaVersion, ValidateFunction>();

/**
 * The validator of a schema version: the one precompiled at build time when the package has it (a glossary's
 * validation then costs no compilation: see scripts/build-validators.mjs), else compiled on first use from one ajv
 * instance; reused either way.
 */
function getLexiconValidator(version: SchemaVersion): ValidateFunction {
  let validator = validators.get(version);
  if (!validator) {
    const id = version === 1 ? SCHEMA_ID_V1 : SCHEMA_ID;
    const precompiled = loadPrecompiledValidators();
    if (precompiled !== undefined) {
      validator = (version === 1 ? precompiled.v1 : precompiled.v2) as ValidateFunction;
      validators.set(version, validator);
      return validator;
    }
    sharedAjv ??= createAjv();
    validator = sharedAjv.getSchema(id);
    if (!validator) throw new Error(`schema ${id} is not registered`);
    validators.set(version, validator);
  }
  return validator;
}
let sharedAjv: ReturnType<typeof createAjv> | undefined;

/** ajv's errors for a value, and where they are (no messages yet). */
function schemaFindings(value: unknown, version: SchemaVersion): { errors: readonly ErrorObject[]; findings: Finding[] } {
  const validate = getLexiconValidator(version);
  if (validate(value)) return { errors: [], findings: [] };
  const errors = validate.errors ?? [];
  return { errors, findings: findingsOf(errors) };
}

function fileFieldOf(file: string | undefined): { file?: string } {
  return file === undefined ? {} : { file };
}

function internalIssue(error: unknown, file?: string): ValidationIssue {
  const reason = error instanceof Error ? error.message : 'unknown error';
  return { ...fileFieldOf(file), line: 1, column: 1, pointer: '', keyword: 'internal', message: `could not be validated: ${shorten(reason, 200)}` };
}

function result(errors: ValidationIssue[], total: number): ValidationResult {
  return { valid: total === 0, errors, omitted: total - errors.length };
}

/**
 * Validates a schema 2 lexicon document (a parsed JSON value). Issues carry pointers, in ajv's order; line and column
 * are 1. A schema 1 document fails here: check isLexiconV1 first, or use validateLexiconV1.
 */
export function validateLexicon(value: unknown): ValidationResult {
  return validateValue(value, 2);
}

/** Validates a schema 1 lexicon document (a parsed JSON value), with the same result as validateLexicon. */
export function validateLexiconV1(value: unknown): ValidationResult {
  return validateValue(value, 1);
}

function validateValue(value: unknown, version: SchemaVersion): ValidationResult {
  try {
    const { errors, findings } = schemaFindings(value, version);
    const listed = findings.slice(0, ISSUE_LIMIT).map((finding) => {
      const { pointer, message, keyword } = describeFinding(finding, errors);
      return { line: 1, column: 1, pointer, message, keyword };
    });
    return result(listed, findings.length);
  } catch (error) {
    // Hostile values (throwing getters, proxies) must not escape as exceptions.
    return { valid: false, errors: [internalIssue(error)], omitted: 0 };
  }
}

/** Line and column of offsets in a text whose leading byte-order mark is not counted (editors do not show it). */
class TextPlaces {
  readonly source: string;
  private lines: LineIndex | undefined; // built on the first issue: valid documents never need it

  constructor(private readonly text: string) {
    this.source = stripByteOrderMark(text);
  }

  /** Position of a span of `source`, with the offset in the text as given. */
  at(span: Span): { line: number; column: number; offset: number; length: number } {
    this.lines ??= new LineIndex(this.source);
    return { ...this.lines.position(span.offset), offset: span.offset + this.text.length - this.source.length, length: span.length };
  }
}

type Parsed = { places: TextPlaces; value: unknown } | { syntax: ValidationIssue };

function parse(text: string, file: string | undefined): Parsed {
  if (typeof text !== 'string') {
    return { syntax: { ...fileFieldOf(file), line: 1, column: 1, pointer: '', keyword: 'syntax', message: `expected JSON text, got ${typeof text}` } };
  }
  const places = new TextPlaces(text);
  try {
    return { places, value: JSON.parse(places.source) };
  } catch {
    const syntax = findSyntaxError(places.source);
    return { syntax: { ...fileFieldOf(file), ...places.at(syntax), pointer: '', keyword: 'syntax', message: syntax.message } };
  }
}

/**
 * A problem with its span in the text (undefined when the scan stopped before reaching it: then it is not among the
 * first ISSUE_LIMIT); `describe` writes its message (only called for the listed ones).
 */
interface Placed {
  span: Span | undefined;
  pointer: string;
  keyword: string;
  describe: () => string;
}

function placedIssues(places: TextPlaces, problems: readonly Placed[], file: string | undefined): ValidationResult {
  // In text order; problems at the same place keep the order they were found in, and those the scan did not place
  // come last, in that order. Only the placed ones are sorted: a document with 100k problems has only the first
  // ISSUE_LIMIT pointers placed (and its duplicated keys), so the rest is not sorted for nothing.
  const placed = problems.filter((problem) => problem.span !== undefined);
  const unplaced = placed.length === problems.length ? [] : problems.filter((problem) => problem.span === undefined);
  const offsetOf = (problem: Placed) => (problem.span as Span).offset;
  const listed = placed
    .sort((a, b) => offsetOf(a) - offsetOf(b))
    .concat(unplaced.slice(0, Math.max(0, ISSUE_LIMIT - placed.length)))
    .slice(0, ISSUE_LIMIT)
    .map((problem) => ({
      ...fileFieldOf(file),
      ...places.at(problem.span ?? { offset: 0, length: 0 }),
      pointer: problem.pointer,
      keyword: problem.keyword,
      message: problem.describe(),
    }));
  return result(listed, problems.length);
}

/**
 * One scan of the text: the duplicated keys, and where each finding is (its value, or its key). With `stopAfter`,
 * only the findings among the first that many pointers in the text are placed.
 */
function scanFor(places: TextPlaces, targets: readonly { pointer: string; at: 'value' | 'key' }[], stopAfter?: number) {
  const { located, duplicates } = scanJsonText(places.source, new Set(targets.map((target) => target.pointer)), { stopAfter });
  const spanOf = (target: { pointer: string; at: 'value' | 'key' }): Span | undefined => {
    const place = located.get(target.pointer);
    return (target.at === 'key' ? place?.key : undefined) ?? place?.value;
  };
  const duplicateKeys: Placed[] = duplicates.map((duplicate) => ({
    span: duplicate,
    pointer: duplicate.pointer,
    keyword: 'duplicateKey',
    describe: () => `duplicate property ${quote(duplicate.key)} (JSON keeps only the last one)`,
  }));
  return { spanOf, duplicateKeys };
}

/**
 * Parses the JSON text of a lexicon document without checking it against the schema: syntax errors and duplicated
 * property keys (JSON would silently drop all but the last) are reported with their line and column, and `value`
 * is the parsed document when there are none. For callers that validate the value elsewhere (createLexicon does)
 * and only need positions when that fails (see placeIssues).
 */
export function parseLexiconText(text: string, file?: string): ValidationResult & { value?: unknown } {
  try {
    const parsed = parse(text, file);
    if ('syntax' in parsed) return { valid: false, errors: [parsed.syntax], omitted: 0 };
    const checked = placedIssues(parsed.places, scanFor(parsed.places, []).duplicateKeys, file);
    return checked.valid ? { ...checked, value: parsed.value } : checked;
  } catch (error) {
    return { valid: false, errors: [internalIssue(error, file)], omitted: 0 };
  }
}

/**
 * Validates the JSON text of a schema 2 lexicon document. Syntax errors, duplicated property keys (JSON would
 * silently drop all but the last) and schema errors are reported with the line and column of the offending value, or
 * of the key of an unknown property.
 */
export function validateLexiconText(text: string, file?: string): ValidationResult {
  return withoutVersion(validateText(text, file, 2));
}

/** Validates the JSON text of a schema 1 lexicon document, with the same result as validateLexiconText. */
export function validateLexiconTextV1(text: string, file?: string): ValidationResult {
  return withoutVersion(validateText(text, file, 1));
}

/**
 * Validates the JSON text of a lexicon document of either schema: schema 1 when isLexiconV1 says the parsed document
 * is one, else schema 2; `version` says which (2 when the text is not JSON).
 */
export function validateAnyLexiconText(text: string, file?: string): ValidationResult & { version: SchemaVersion } {
  return validateText(text, file, 'detect');
}

function withoutVersion({ valid, errors, omitted }: ValidationResult): ValidationResult {
  return { valid, errors, omitted };
}

function validateText(text: string, file: string | undefined, version: SchemaVersion | 'detect'): ValidationResult & { version: SchemaVersion } {
  let checked: SchemaVersion = version === 'detect' ? 2 : version;
  try {
    const parsed = parse(text, file);
    if ('syntax' in parsed) return { valid: false, errors: [parsed.syntax], omitted: 0, version: checked };
    if (version === 'detect' && isLexiconV1(parsed.value)) checked = 1;
    const { errors, findings } = schemaFindings(parsed.value, checked);
    // Only the first ISSUE_LIMIT are listed: the scan can stop placing findings after the first ISSUE_LIMIT pointers.
    const { spanOf, duplicateKeys } = scanFor(parsed.places, findings, ISSUE_LIMIT);
    const schemaProblems: Placed[] = findings.map((finding) => ({
      span: spanOf(finding),
      pointer: finding.pointer,
      keyword: finding.keyword,
      describe: () => describeFinding(finding, errors).message,
    }));
    return { ...placedIssues(parsed.places, [...duplicateKeys, ...schemaProblems], file), version: checked };
  } catch (error) {
    return { valid: false, errors: [internalIssue(error, file)], omitted: 0, version: checked };
  }
}

/** Whether an issue is about a property's name rather than its value (it is then shown at the key). */
function isAboutKey(keyword: string | undefined): boolean {
  return keyword === 'additionalProperties' || keyword === 'unevaluatedProperties' || keyword === 'duplicateKey';
}

/**
 * Positions, in the JSON text a document was parsed from, of problems found in the parsed document (e.g. the issues
 * of a LexiconError from createLexicon): one scan of the text for all of them, sorted by position. A pointer the
 * text does not have is placed at 1:1.
 */
export function placeIssues(text: string, issues: readonly UnplacedIssue[], file?: string): ValidationIssue[] {
  const places = new TextPlaces(text);
  const targets = issues.map((issue) => ({ pointer: issue.pointer, at: isAboutKey(issue.keyword) ? ('key' as const) : ('value' as const) }));
  const { spanOf } = scanFor(places, targets);
  return issues
    .map((issue, i) => ({
      ...fileFieldOf(file),
      ...places.at(spanOf(targets[i] as (typeof targets)[number]) ?? { offset: 0, length: 0 }),
      pointer: issue.pointer,
      keyword: issue.keyword ?? 'invalid',
      message: issue.message,
    }))
    .sort((a, b) => a.offset - b.offset);
}

/**
 * Where the value a JSON pointer names is in a JSON text: 1-based line and column (a leading byte-order mark is not
 * counted) and the 0-based offset and length of its first token in the text as given. Undefined when there is no
 * such value.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number; offset: number; length: number } | undefined {
  const places = new TextPlaces(text);
  const span = scanJsonText(places.source, new Set([pointer])).located.get(pointer)?.value;
  return span === undefined ? undefined : places.at(span);
}

let schemaKeywords: Set<string> | undefined;

/**
 * Whether an issue's keyword is one validateLexicon or validateLexiconV1 reports: a keyword of a lexicon schema, 'false schema' or
 * 'internal'. Tells schema problems from those of other checks on valid documents (createLexicon's 'uniqueId',
 * 'knownId', ...), e.g. to know whether a LexiconError came from validation.
 */
export function isSchemaKeyword(keyword: string): boolean {
  if (!schemaKeywords) {
    const found = new Set(['internal', 'false schema']);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
      for (const [key, value] of Object.entries(node)) {
        // Under these, the keys are property and definition names, not keywords.
        if (key === 'properties' || key === '$defs') Object.values(value as object).forEach(walk);
        else {
          found.add(key);
          walk(value);
        }
      }
    };
    walk(lexiconSchema);
    walk(lexiconSchemaV1);
    schemaKeywords = found;
  }
  return schemaKeywords.has(keyword);
}

/** Longest pointer and message shown: they are made of a document's own keys and values. */
const SHOWN_POINTER = 80;
const SHOWN_MESSAGE = 500;

/**
 * `file:line:col  /json/pointer  message`; the file part is left out when unknown, the root pointer shows as (root).
 * Pointer and message are shortened and their unprintable characters escaped: both can carry a hostile document's
 * text.
 */
export function formatIssue(issue: ValidationIssue): string {
  const place = `${issue.file === undefined ? '' : `${escapeUnprintable(issue.file)}:`}${issue.line}:${issue.column}`;
  const pointer = issue.pointer === '' ? '(root)' : shorten(issue.pointer, SHOWN_POINTER);
  return `${place}  ${pointer}  ${shorten(issue.message, SHOWN_MESSAGE)}`;
}

/** The line that stands for the problems not listed: `file: … and 99900 more problems (the first 100 are listed)`. */
export function formatOmitted(omitted: number, file?: string): string {
  const where = file === undefined ? '' : `${escapeUnprintable(file)}: `;
  return `${where}… and ${omitted} more problem${omitted === 1 ? '' : 's'} (only the first ${ISSUE_LIMIT} are listed)`;
}
