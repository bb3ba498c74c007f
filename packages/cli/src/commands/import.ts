// natolex import: a termbase (TBX v2 or v3) or a spreadsheet (CSV, one row per term) as a natolex glossary
// (schema 2). The glossary is validated before it is written; what it has no place for is listed on stderr as
// file:line:col lines (exit 0). A file that cannot be read as TBX or CSV is an error at file:line:col (exit 2).
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatReport, importCsv, importTbxStream, isImportError, type ReportEntry } from '@natolex/interchange';
import { validateLexicon, type Lexicon } from '@natolex/schema';
import { UsageError, type CliIo } from '../context.js';
import { displayPath } from '../glob.js';
import { checkOutputPath, writeOutputFile } from '../output-file.js';

export const IMPORT_HELP = `Usage: natolex import <file.tbx|file.csv> --out <file.natolex.json>

Reads a termbase export (TBX v3 <tbx> or TBX v2 <martif>, TBX-Basic or any dialect; streamed) or a spreadsheet
(CSV with a header row: concept_id,language,term,type,status,subject_field,definition,context,term_note,term_id;
only term is required) and writes a natolex glossary (schema 2) that validates. Every language is kept. What the
glossary has no place for is listed on stderr as file:line:col: element: what happened (exit 0). A file that is
not well-formed, not TBX, or hostile (a DTD entity, nesting over 64 levels) is an error at file:line:col (exit 2).

Options:
  --out <file>        the glossary to write (inside the working folder; must end in .json)
  --name <name>       the glossary's name (default: the TBX title, else the file name)
  --language <tag>    CSV: the language of rows without one (default en)`;

export const IMPORT_OPTIONS = { out: { type: 'string' }, name: { type: 'string' }, language: { type: 'string' } } as const;

export async function runImport(positionals: readonly string[], options: { out?: string; name?: string; language?: string }, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('give one file to import');
  if (options.out === undefined) throw new UsageError('--out <file.natolex.json> is required');
  const file = path.resolve(io.cwd, positionals[0]!);
  const shown = displayPath(file, io.cwd);
  const kind = /\.csv$/i.test(file) ? 'csv' : /\.(tbx|xml)$/i.test(file) ? 'tbx' : undefined;
  if (!kind) throw new UsageError(`${shown}: import reads .tbx (or .xml) and .csv files`);
  const target = await checkOutputPath(options.out, io.cwd, ['.json']);
  const fallbackName = options.name ?? path.basename(file).replace(/\.[^.]+$/, '');
  let result: { document: Lexicon; report: ReportEntry[] };
  try {
    result =
      kind === 'tbx'
        ? await importTbxStream(createReadStream(file), { fallbackName })
        : importCsv(new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file)), { name: fallbackName, ...(options.language ? { language: options.language } : {}) });
  } catch (error) {
    if (isImportError(error)) {
      io.stderr(`${shown}:${error.line}:${error.column}: ${error.reason}\nnatolex import: nothing was written\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined || error instanceof TypeError) {
      io.stderr(`${shown}: cannot read it (${code ?? 'not UTF-8'})\nnatolex import: nothing was written\n`);
      return 2;
    }
    throw error;
  }
  if (options.name) result.document.name = options.name;
  const validation = validateLexicon(result.document);
  if (!validation.valid) {
    // The import builds only schema-valid documents; if one is not, say so rather than write it.
    io.stderr(`natolex import: the glossary built from ${shown} does not validate (please report this):\n${JSON.stringify(validation.errors?.slice(0, 5), null, 2)}\n`);
    return 2;
  }
  for (const line of formatReport(shown, result.report)) io.stderr(`${line}\n`);
  await writeOutputFile(target, `${JSON.stringify(result.document, null, 2)}\n`);
  const concepts = result.document.concepts?.length ?? 0;
  const places = result.report.reduce((sum, entry) => sum + entry.count, 0);
  io.stderr(`natolex import: wrote ${options.out}: ${concepts} concept${concepts === 1 ? '' : 's'}${places > 0 ? `; ${places} item${places === 1 ? '' : 's'} listed above were left out or changed` : ''}\n`);
  return 0;
}
