// natolex diff: what changed between two lexicon files (schema 1 or 2; schema 1 is upgraded first) and the semver
// bump that needs, by the versioning policy of @natolex/interchange's diffLexicons.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diffLexicons, formatDiffMarkdown, formatDiffText, requiredBump } from '@natolex/interchange';
import { decodeJsonBytes, formatIssue, formatOmitted, isLexiconV1, validateLexiconText, validateLexiconTextV1 } from '@natolex/schema';
import { UsageError, type CliIo } from '../context.js';
import { displayPath } from '../glob.js';

export const DIFF_HELP = `Usage: natolex diff <old.json> <new.json> [--format text|json|markdown]

Compares two lexicon files (schema 1 or 2): concepts, terms, definitions, contexts, events, sources, topics and
snippets added, removed, renamed or changed, the ids that disappeared, and the semver bump the change needs:
  major  an id disappears, a term is removed, renamed or moved to another concept
  minor  something is added; a term's status, type or language changes; a definition or context is withdrawn
  patch  wording: definitions, contexts, notes, events, sources
Exit status: 0 the files have the same content, 1 they differ, 2 a file cannot be read or is not a valid lexicon.

Options:
  --format <format>   text (default), json or markdown (a CHANGELOG section)`;

export const DIFF_OPTIONS = { format: { type: 'string' } } as const;

class LexiconFileError extends Error {}

async function readLexicon(file: string, io: CliIo): Promise<unknown> {
  const shown = displayPath(file, io.cwd);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new LexiconFileError(`${shown}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const decoded = decodeJsonBytes(bytes, 'the lexicon', shown);
  if (decoded.issue) throw new LexiconFileError(formatIssue(decoded.issue));
  let value: unknown;
  try {
    value = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch {
    value = undefined; // the validator below reports the syntax error with its position
  }
  const result = isLexiconV1(value) ? validateLexiconTextV1(decoded.text, shown) : validateLexiconText(decoded.text, shown);
  if (!result.valid) throw new LexiconFileError([...result.errors.map(formatIssue), ...(result.omitted > 0 ? [formatOmitted(result.omitted, shown)] : [])].join('\n'));
  return value;
}

export async function runDiff(positionals: readonly string[], options: { format?: string }, io: CliIo): Promise<number> {
  const format = options.format ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format ${format}: must be text, json or markdown`);
  if (positionals.length !== 2) throw new UsageError('give two lexicon files: the old one, then the new one');
  const [oldFile, newFile] = positionals.map((file) => path.resolve(io.cwd, file)) as [string, string];
  let before: unknown;
  let after: unknown;
  try {
    before = await readLexicon(oldFile, io);
    after = await readLexicon(newFile, io);
  } catch (error) {
    if (error instanceof LexiconFileError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const diff = diffLexicons(before, after);
  const bump = requiredBump(diff);
  if (format === 'json') io.stdout(`${JSON.stringify({ requiredBump: bump, ...diff }, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(formatDiffMarkdown(diff, `${displayPath(oldFile, io.cwd)} → ${displayPath(newFile, io.cwd)}`));
  else io.stdout(formatDiffText(diff));
  return bump === 'none' ? 0 : 1;
}
