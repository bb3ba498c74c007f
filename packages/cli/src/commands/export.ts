// natolex export: the bundled corpus and the configured glossaries as a termbase (TBX-Basic), a spreadsheet (CSV),
// a SKOS vocabulary (Turtle) or their sources as CSL-JSON (through the corpus's own citation export). To stdout,
// or with --out to a file inside the working folder (output-file.ts). What the format has no place for is counted
// on stderr.
import type { Lexicon } from '@natolex/data';
import { exportCsv, exportSkos, exportTbx, type Omission } from '@natolex/interchange';
import { UsageError, type CliIo } from '../context.js';
import { checkOutputPath, writeOutputFile } from '../output-file.js';

export const EXPORT_HELP = `Usage: natolex export --format <tbx|skos|csv|csl-json> [--out <file>] [options]

Writes the bundled corpus plus the configured glossaries (and --glossary) as
  tbx       TBX-Basic (ISO 30042, DCA style): conceptEntry per concept, langSec per language, termSec per term
  skos      SKOS in Turtle: skos:Concept per concept (IRIs: --base, default urn:natolex:id:<concept id>)
  csv       one row per term: concept_id,language,term,type,status,subject_field,definition,context,term_note,term_id
  csl-json  the sources, as CSL-JSON items
to stdout, or to --out <file> (inside the working folder; replaced atomically). What the format cannot carry is
counted on stderr.

Options:
  --format <format>   tbx, skos, csv or csl-json (required)
  --out <file>        write here instead of stdout (.tbx, .ttl, .csv, .json)
  --base <iri>        skos: the prefix of every IRI`;

export const EXPORT_OPTIONS = { format: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' } } as const;

const EXTENSIONS: Record<string, string[]> = { tbx: ['.tbx', '.xml'], skos: ['.ttl'], csv: ['.csv'], 'csl-json': ['.json'] };

function cslJson(lexicon: Lexicon): string {
  const items = lexicon.sources.map((source) => JSON.parse(lexicon.cite(source.id, { style: 'csl-json' })) as unknown);
  return `${JSON.stringify(items, null, 2)}\n`;
}

export async function runExport(options: { format?: string; out?: string; base?: string }, lexicon: Lexicon, io: CliIo): Promise<number> {
  const format = options.format;
  if (format === undefined) throw new UsageError('--format is required (tbx, skos, csv or csl-json)');
  const extensions = EXTENSIONS[format];
  if (!extensions || !Object.hasOwn(EXTENSIONS, format)) throw new UsageError(`--format ${format}: must be tbx, skos, csv or csl-json`);
  if (options.base !== undefined && format !== 'skos') throw new UsageError('--base applies to --format skos only');
  const target = options.out === undefined ? undefined : await checkOutputPath(options.out, io.cwd, extensions);
  let text: string;
  let omitted: Omission[] = [];
  if (format === 'csl-json') text = cslJson(lexicon);
  else {
    const documents = lexicon.documents;
    const result = format === 'tbx' ? exportTbx(documents) : format === 'csv' ? exportCsv(documents) : exportSkos(documents, options.base === undefined ? {} : { base: options.base });
    text = result.text;
    omitted = result.omitted;
  }
  if (target === undefined) io.stdout(text);
  else await writeOutputFile(target, text);
  for (const item of omitted) io.stderr(`natolex export: not in ${format}: ${item.count} ${item.what}\n`);
  if (target !== undefined) io.stderr(`natolex export: wrote ${options.out}\n`);
  return 0;
}
