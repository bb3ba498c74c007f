// The natolex-schema command, as a function of its arguments and I/O so it can be tested without a process.
import { decodeJsonBytes } from './encoding.js';
import { formatIssue, formatOmitted, validateLexiconText, type ValidationResult } from './validate.js';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Reads a file's bytes; '-' is standard input. Rejects when the file cannot be read. */
  readBytes: (file: string) => Promise<Uint8Array>;
}

export const USAGE = `Usage: natolex-schema validate <file...>

Validates natolex lexicon documents (JSON) against the lexicon schema
(urn:natolex:schema:lexicon:1) and prints each problem as
  file:line:col  /json/pointer  message

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
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    const result = await validateFile(file, name, io);
    if (!result.valid) invalidFiles++;
    issueCount += result.errors.length + result.omitted;
    for (const issue of result.errors) io.stdout(formatIssue(issue));
    if (result.omitted > 0) io.stdout(formatOmitted(result.omitted, name));
  }

  const fileWord = files.length === 1 ? 'file' : 'files';
  if (invalidFiles === 0) {
    io.stdout(`${files.length} ${fileWord} valid`);
    return 0;
  }
  io.stdout(`${issueCount} ${issueCount === 1 ? 'problem' : 'problems'} in ${invalidFiles} of ${files.length} ${fileWord}`);
  return 1;
}

async function validateFile(file: string, name: string, io: CliIo): Promise<ValidationResult> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { valid: false, omitted: 0, errors: [{ file: name, line: 1, column: 1, pointer: '', keyword: 'read', message: `cannot read the file: ${reason}` }] };
  }
  const decoded = decodeJsonBytes(bytes, 'file', name);
  if (decoded.issue) return { valid: false, errors: [decoded.issue], omitted: 0 };
  return validateLexiconText(decoded.text, name);
}
