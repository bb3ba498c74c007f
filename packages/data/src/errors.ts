// The one error type the data package throws. Callers (the extension, the CLI, other repos) catch it to show a
// diagnostic and keep serving the bundled corpus.

export type LexiconErrorCode =
  /** A document does not follow the lexicon schema. */
  | 'invalid-document'
  /** Two records (in one document or across documents) share an id. */
  | 'duplicate-id'
  /** `cite` or another id-taking call was given an id that is not in the lexicon (or is the wrong kind). */
  | 'unknown-id'
  /** An argument has the wrong type or is out of range (e.g. an edit outside the scanned text). */
  | 'invalid-argument';

/** One problem found in a document, as reported by `validateLexicon` (pointer into the document, JSON Pointer). */
export interface LexiconIssue {
  pointer: string;
  message: string;
  keyword?: string;
  line?: number;
  column?: number;
}

export interface LexiconErrorDetails {
  code: LexiconErrorCode;
  message: string;
  /** JSON Pointer of the offending value in its document ("" for the document itself or for non-document errors). */
  pointer?: string;
  /** Index of the offending document in the array given to `createLexicon` (not counting the bundled corpus). */
  documentIndex?: number;
  /** The document's `name`, when it has one. */
  documentName?: string;
  issues?: readonly LexiconIssue[];
}

const BRAND = Symbol.for('natolex.LexiconError');

export class LexiconError extends Error {
  readonly code: LexiconErrorCode;
  readonly pointer: string;
  readonly documentIndex: number | undefined;
  readonly documentName: string | undefined;
  readonly issues: readonly LexiconIssue[];

  constructor(details: LexiconErrorDetails) {
    super(details.message);
    this.name = 'LexiconError';
    this.code = details.code;
    this.pointer = details.pointer ?? '';
    this.documentIndex = details.documentIndex;
    this.documentName = details.documentName;
    this.issues = details.issues ?? [];
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for a LexiconError from any copy of this package (ESM and CJS builds are distinct classes). */
export function isLexiconError(value: unknown): value is LexiconError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
