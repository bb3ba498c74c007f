// The import report: everything of the input that has no place in a natolex lexicon, or that was changed to fit
// it, grouped by element path and reason, with the first place it occurs and how often. Nothing is dropped without
// a line here.

export interface ReportEntry {
  /** Element path from the root, e.g. `tbx/text/body/conceptEntry/langSec/termSec/termNote[@type="partOfSpeech"]`. */
  path: string;
  /** What happened to it, e.g. "no place in the schema" or "invalid value 'x', used 'admitted'". */
  reason: string;
  /** First occurrence, 1-based. */
  line: number;
  column: number;
  count: number;
}

export class Report {
  private readonly entries = new Map<string, ReportEntry>();

  add(path: string, reason: string, line: number, column: number): void {
    const key = `${path}\u0000${reason}`;
    const entry = this.entries.get(key);
    if (entry) entry.count++;
    else this.entries.set(key, { path, reason, line, column, count: 1 });
  }

  list(): ReportEntry[] {
    return [...this.entries.values()];
  }
}

/** One report line per entry: `file:line:col: path: reason (×count)`. */
export function formatReport(file: string, entries: readonly ReportEntry[]): string[] {
  return entries.map((entry) => `${file}:${entry.line}:${entry.column}: ${entry.path}: ${entry.reason}${entry.count > 1 ? ` (×${entry.count})` : ''}`);
}

/** A problem that stops an import: the input is not well-formed, not TBX/CSV, or hostile. */
export class ImportError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'ImportError';
  }
}

export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError;
}
