// Validation of lexicon documents, as values or as JSON text. Never throws: every problem, including a crash of the
// validator itself, comes back as an issue.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import { LineIndex, findSyntaxError, quote, scanJsonText, stripByteOrderMark } from './json-text.js';
import { describeErrors, type SchemaIssue } from './messages.js';

export const SCHEMA_ID = 'urn:natolex:schema:lexicon:1';

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
  /** The schema keyword that failed (e.g. 'required', 'enum'), or 'syntax', 'duplicateKey', 'internal'. */
  keyword: string;
  /** 0-based UTF-16 offset and length of the offending text (text validation only), for editor ranges. */
  offset?: number;
  length?: number;
}

export interface ValidationResult {
  valid: boolean;
  errors: ValidationIssue[];
}

let lexiconValidator: ValidateFunction | undefined;

/** The lexicon validator, compiled on first use and reused. */
function getLexiconValidator(): ValidateFunction {
  lexiconValidator ??= createAjv().getSchema(SCHEMA_ID);
  if (!lexiconValidator) throw new Error(`schema ${SCHEMA_ID} is not registered`);
  return lexiconValidator;
}

function schemaIssues(value: unknown): SchemaIssue[] {
  const validate = getLexiconValidator();
  if (validate(value)) return [];
  return describeErrors(validate.errors ?? []);
}

function internalIssue(error: unknown, file?: string): ValidationIssue {
  const reason = error instanceof Error ? error.message : 'unknown error';
  return { ...(file === undefined ? {} : { file }), line: 1, column: 1, pointer: '', keyword: 'internal', message: `could not be validated: ${reason}` };
}

/** Validates a lexicon document (a parsed JSON value). Issues carry pointers; line and column are 1. */
export function validateLexicon(value: unknown): ValidationResult {
  try {
    const errors = schemaIssues(value).map(({ pointer, message, keyword }) => ({ line: 1, column: 1, pointer, message, keyword }));
    return { valid: errors.length === 0, errors };
  } catch (error) {
    // Hostile values (throwing getters, proxies) must not escape as exceptions.
    return { valid: false, errors: [internalIssue(error)] };
  }
}

/**
 * Validates the JSON text of a lexicon document. Syntax errors, duplicated property keys (JSON would silently drop
 * all but the last) and schema errors are reported with the line and column of the offending value, or of the key
 * of an unknown property.
 */
export function validateLexiconText(text: string, file?: string): ValidationResult {
  const fileField = file === undefined ? {} : { file };
  try {
    if (typeof text !== 'string') {
      return { valid: false, errors: [{ ...fileField, line: 1, column: 1, pointer: '', keyword: 'syntax', message: `expected JSON text, got ${typeof text}` }] };
    }
    const source = stripByteOrderMark(text);
    let lines: LineIndex | undefined; // built on the first issue: valid documents never need it
    const at = (offset: number, length: number) => {
      lines ??= new LineIndex(source);
      return { ...lines.position(offset), offset: offset + text.length - source.length, length };
    };

    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (parseFailure) {
      const syntax = findSyntaxError(source, parseFailure);
      return {
        valid: false,
        errors: [{ ...fileField, ...at(syntax.offset, syntax.length), pointer: '', keyword: 'syntax', message: syntax.message }],
      };
    }

    const issues = schemaIssues(value);
    const { located, duplicates } = scanJsonText(source, new Set(issues.map((issue) => issue.pointer)));
    const errors: ValidationIssue[] = duplicates.map((duplicate) => ({
      ...fileField,
      ...at(duplicate.offset, duplicate.length),
      pointer: duplicate.pointer,
      keyword: 'duplicateKey',
      message: `duplicate property ${quote(duplicate.key)} (JSON keeps only the last one)`,
    }));
    for (const issue of issues) {
      const place = located.get(issue.pointer);
      const span = (issue.at === 'key' ? place?.key : undefined) ?? place?.value ?? { offset: 0, length: 0 };
      errors.push({ ...fileField, ...at(span.offset, span.length), pointer: issue.pointer, keyword: issue.keyword, message: issue.message });
    }
    errors.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    return { valid: errors.length === 0, errors };
  } catch (error) {
    return { valid: false, errors: [internalIssue(error, file)] };
  }
}

/** `file:line:col  /json/pointer  message`; the file part is left out when unknown, the root pointer shows as (root). */
export function formatIssue(issue: ValidationIssue): string {
  const place = `${issue.file === undefined ? '' : `${issue.file}:`}${issue.line}:${issue.column}`;
  const pointer = (issue.pointer === '' ? '(root)' : issue.pointer).replace(/[\u0000-\u001f\u007f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${place}  ${pointer}  ${issue.message}`;
}
