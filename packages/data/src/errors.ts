// The one error type the data package throws. Callers (the extension, the CLI, other repos) catch it to show a
// diagnostic and keep serving the bundled corpus.

export type LexiconErrorCode =
  /** A document does not follow the lexicon schema. */
  | 'invalid-document'
  /** Two records (in one document or across documents) share an id. */
  | 'duplicate-id'
  /**
   * `cite` or another id-taking call was given an id that is not in the lexicon (or is the wrong kind), or a
   * document refers (`preferred`, `related`) to an id that no document has.
   */
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
    // Read defensively: callers may build one from anything, and constructing the error must not throw instead.
    const given = readDetails(details);
    // Messages are cut to MESSAGE_LIMIT whatever built them: a safety net under echo(), which keeps each echoed value short.
    super(clip(given.message, MESSAGE_LIMIT));
    this.name = 'LexiconError';
    this.code = given.code;
    this.pointer = given.pointer ?? '';
    this.documentIndex = given.documentIndex;
    this.documentName = given.documentName;
    this.issues = given.issues ?? [];
    Object.defineProperty(this, BRAND, { value: true });
  }
}

function readDetails(details: unknown): LexiconErrorDetails {
  try {
    if (typeof details === 'object' && details !== null) {
      const { code, message, pointer, documentIndex, documentName, issues } = details as LexiconErrorDetails;
      return {
        code: typeof code === 'string' ? code : 'invalid-argument',
        message: typeof message === 'string' ? message : '',
        pointer: typeof pointer === 'string' ? pointer : undefined,
        documentIndex: typeof documentIndex === 'number' ? documentIndex : undefined,
        documentName: typeof documentName === 'string' ? documentName : undefined,
        issues: Array.isArray(issues) ? issues : undefined,
      };
    }
  } catch {
    // A throwing getter or proxy: fall through to an error without details.
  }
  return { code: 'invalid-argument', message: '' };
}

/** True for a LexiconError from any copy of this package (ESM and CJS builds are distinct classes). */
export function isLexiconError(value: unknown): value is LexiconError {
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false; // a proxy whose get trap throws is no LexiconError
  }
}

/** The longest message a LexiconError carries. */
export const MESSAGE_LIMIT = 1000;

/** How many characters of an id, name or value a message repeats (a 1 MB id must not become a 1 MB message). */
export const ECHO_LIMIT = 80;

/**
 * A value as a message shows it: strings quoted and cut to ECHO_LIMIT characters (with "…" and the full length),
 * anything else by its type. Never throws, whatever the value (symbols, proxies, throwing toString).
 */
export function echo(value: unknown): string {
  if (typeof value !== 'string') {
    if (value === null) return 'null';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || typeof value === 'undefined') return String(value);
    return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
  }
  if (value.length <= ECHO_LIMIT) return `"${value}"`;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(value[ECHO_LIMIT - 1]!) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
  return `"${value.slice(0, end)}…" (${value.length} characters)`;
}

/** Text taken from elsewhere (a validator's message, a caught error) for a message, cut to a readable length. */
export function clip(text: string, limit = 4 * ECHO_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…`;
}

/** The message of anything thrown, without running its code twice or throwing again. */
export function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return clip(`${error.name}: ${error.message}`);
  } catch {
    // fall through
  }
  return echo(error);
}

/**
 * Runs a public function's body so that it throws LexiconError and nothing else: a TypeError from a hostile argument
 * (a proxy whose traps throw, a getter, an object where a string was promised) becomes an 'invalid-argument' error.
 */
export function guarded<T>(what: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isLexiconError(error)) throw error;
    throw new LexiconError({ code: 'invalid-argument', message: `${what}: could not read the arguments (${describeThrown(error)})` });
  }
}
