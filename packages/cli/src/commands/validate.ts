// natolex validate: glossary files against the lexicon schema, then together with the bundled corpus (ids must be
// unique across all of them, and the ids they refer to must exist).
import { UsageError, type CliIo } from '../context.js';
import { displayPath, resolveFileArguments } from '../glob.js';
import { checkGlossaries, problemLines, type GlossaryFile } from '../lexicon-loader.js';

export const VALIDATE_HELP = `Usage: natolex validate [options] [<glossary.json|glob>...]

Validates workspace glossaries against the lexicon schema (urn:natolex:schema:lexicon:2; a schema 1 glossary,
urn:natolex:schema:lexicon:1, against schema 1) and checks them together with the bundled corpus: ids must not
clash, and the ids that relations name must exist (and not be the concept itself). Glossaries must be UTF-8. Each problem is printed as
  file:line:col  /json/pointer  message
(at most 100 per file). Without files, the glossaries of the configuration (and --glossary) are validated.

Options:
  --format <text|json>   output format (default text)`;

export const VALIDATE_OPTIONS = { format: { type: 'string' } } as const;

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

  // One check of every file: each is validated once, and cross-file problems are only looked for when all are valid.
  const check = await checkGlossaries(files);
  const valid = check.lexicon !== undefined;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ valid, files: check.files, conflicts: check.conflicts }, null, 2)}\n`);
  } else {
    const lines = problemLines(check);
    const invalid = check.files.filter((result) => !result.valid).length;
    const count = `${files.length} glossar${files.length === 1 ? 'y' : 'ies'}`;
    const together = files.length === 1 ? 'is valid on its own, but not with the bundled corpus' : 'are valid on their own, but not together with the bundled corpus';
    lines.push(valid ? `${count} valid` : invalid > 0 ? `${invalid} of ${count} invalid` : `${count} ${together}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return valid ? 0 : 1;
}
