// natolex validate: glossary files against the lexicon schema, then together with the bundled corpus (ids must be
// unique across all of them).
import { readFile } from 'node:fs/promises';
import { formatIssue, validateLexiconText, type ValidationIssue } from '@natolex/schema';
import { UsageError, type CliIo } from '../context.js';
import { displayPath, resolveFileArguments } from '../glob.js';
import { GlossaryError, loadLexicon, type GlossaryFile } from '../lexicon-loader.js';

export const VALIDATE_HELP = `Usage: natolex validate [options] [<glossary.json|glob>...]

Validates workspace glossaries against the lexicon schema (urn:natolex:schema:lexicon:1) and checks that their ids
do not clash with each other or with the bundled corpus. Each problem is printed as
  file:line:col  /json/pointer  message
Without files, the glossaries of the configuration (and --glossary) are validated.

Options:
  --format <text|json>   output format (default text)`;

export const VALIDATE_OPTIONS = { format: { type: 'string' } } as const;

interface FileResult {
  file: string;
  valid: boolean;
  errors: ValidationIssue[];
}

export async function runValidate(
  positionals: readonly string[],
  options: { format?: string },
  configured: readonly GlossaryFile[],
  io: CliIo,
): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format ${format}: must be text or json`);
  const files =
    positionals.length > 0
      ? (await resolveFileArguments(positionals, io.cwd, ['.json'])).map((file) => ({ path: file, display: displayPath(file, io.cwd) }))
      : configured;
  if (files.length === 0) throw new UsageError('validate: no glossary files given');

  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch (error) {
      const reason = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      results.push({ file: file.display, valid: false, errors: [{ file: file.display, line: 1, column: 1, pointer: '', keyword: 'read', message: reason }] });
      continue;
    }
    const { valid, errors } = validateLexiconText(text, file.display);
    results.push({ file: file.display, valid, errors });
  }
  // Id clashes only make sense once every file is valid on its own.
  let clash: string[] = [];
  if (results.every((result) => result.valid)) {
    try {
      await loadLexicon(files);
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      clash = [...error.problems];
    }
  }
  const valid = results.every((result) => result.valid) && clash.length === 0;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ valid, files: results, conflicts: clash }, null, 2)}\n`);
  } else {
    const lines = [...results.flatMap((result) => result.errors.map(formatIssue)), ...clash];
    const invalid = results.filter((result) => !result.valid).length;
    const count = `${files.length} glossar${files.length === 1 ? 'y' : 'ies'}`;
    lines.push(valid ? `${count} valid` : invalid > 0 ? `${invalid} of ${count} invalid` : `${count} valid on their own, but their ids clash`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return valid ? 0 : 1;
}
