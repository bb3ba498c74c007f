// The natolex-schema command, as a function of its arguments and I/O so it can be tested without a process.
import { decodeJsonBytes } from './encoding.js';
import { escapeUnprintable } from './json-text.js';
import { SCHEMA_ID, SCHEMA_ID_V1, formatIssue, formatOmitted, validateAnyLexiconText, type SchemaVersion, type ValidationResult } from './validate.js';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Reads a file's bytes; '-' is standard input. Rejects when the file cannot be read. */
  readBytes: (file: string) => Promise<Uint8Array>;
}

export const USAGE = `Usage: natolex-schema validate <file...>

Validates natolex lexicon documents (JSON) against lexicon schema 2
(${SCHEMA_ID}), or schema 1 (${SCHEMA_ID_V1}) for a document
that says so or has acronyms or terms and no concepts, and prints each problem as
  file:line:col  /json/pointer  message
A schema 1 document is named as such: \`natolex migrate <file>\` converts it.

Arguments:
  <file...>      lexicon JSON files; '-' reads standard input

Options:
  -h, --help     show this help
  -v, --version  show the version

Exit status: 0 all files valid, 1 a file is invalid or unreadable, 2 usage error.`;

/** Runs the command; resolves to the exit status. */
export async function runCli(args: readonly string[], io: CliIo, version: string): Promise<number> {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(version);
    return 0;
  }
  if (command !== 'validate') {
    io.stderr(command === undefined ? 'natolex-schema: missing command' : `natolex-schema: unknown command '${command}'`);
    io.stderr(USAGE);
    return 2;
  }
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of rest) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '-h' || arg === '--help')) {
      io.stdout(USAGE);
      return 0;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      io.stderr(`natolex-schema: unknown option '${arg}'`);
      io.stderr(USAGE);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr('natolex-schema validate: no files given');
    io.stderr(USAGE);
    return 2;
  }

  let invalidFiles = 0;
  let issueCount = 0;
  const byVersion = { 1: 0, 2: 0 };
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    const result = await validateFile(file, name, io);
    if (!result.valid) invalidFiles++;
    if (result.version !== undefined) byVersion[result.version]++;
    issueCount += result.errors.length + result.omitted;
    // The file name is the user's, but may carry control characters: it is escaped like every other name shown.
    if (result.version === 1) io.stdout(`${escapeUnprintable(name)}: schema 1 document (${SCHEMA_ID_V1}); \`natolex migrate <file>\` converts it to schema 2`);
    for (const issue of result.errors) io.stdout(formatIssue(issue));
    if (result.omitted > 0) io.stdout(formatOmitted(result.omitted, name));
  }

  const fileWord = files.length === 1 ? 'file' : 'files';
  if (invalidFiles === 0) {
    io.stdout(`${files.length} ${fileWord} valid (${versionCounts(byVersion)})`);
    return 0;
  }
  io.stdout(`${issueCount} ${issueCount === 1 ? 'problem' : 'problems'} in ${invalidFiles} of ${files.length} ${fileWord}`);
  return 1;
}

/** "schema 2" for one version, "schema 2: 3, schema 1: 1" for both. */
function versionCounts(byVersion: Record<SchemaVersion, number>): string {
  if (byVersion[1] === 0) return 'schema 2';
  if (byVersion[2] === 0) return 'schema 1';
  return `schema 2: ${byVersion[2]}, schema 1: ${byVersion[1]}`;
}

/** The file's problems, and which schema it was checked against (none when it could not be read or decoded). */
async function validateFile(file: string, name: string, io: CliIo): Promise<ValidationResult & { version?: SchemaVersion }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { valid: false, omitted: 0, errors: [{ file: name, line: 1, column: 1, pointer: '', keyword: 'read', message: `cannot read the file: ${reason}` }] };
  }
  const decoded = decodeJsonBytes(bytes, 'file', name);
  if (decoded.issue) return { valid: false, errors: [decoded.issue], omitted: 0 };
  const result = validateAnyLexiconText(decoded.text, name);
  // Text that is not JSON was not checked against either schema: say nothing about its version.
  return result.errors.some((issue) => issue.keyword === 'syntax') ? { valid: result.valid, errors: result.errors, omitted: result.omitted } : result;
}
