// natolex migrate: rewrites a schema 1 glossary (acronyms and terms) in lexicon schema 2 (concepts), with
// upgradeLexicon from @natolex/schema. The file is read strictly (bounded, UTF-8 only, positions for every problem),
// the result is validated before anything is written, and it is written by the same safe path as `check --fix`:
// the write gate on the real path (inside the project, no symlink leading out, no version-control folder, no hard
// links, not read-only), then a temporary file renamed over the original, which keeps its owner and mode and is
// left alone if it changed meanwhile. --out writes elsewhere, only inside the working folder's tree.
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  decodeJsonBytes,
  formatIssue,
  formatOmitted,
  locatePointer,
  stripByteOrderMark,
  upgradeLexicon,
  validateAnyLexiconText,
  validateLexicon,
  type LexiconV1,
  type UpgradeNotice,
  type ValidationIssue,
} from '@natolex/schema';
import { UsageError, loadConfiguration, type CliIo, type CommonOptions } from '../context.js';
import { displayPath } from '../glob.js';
import { isInside, vcsFolderOn } from '../path-policy.js';
import { readBounded, sha256, type FileFingerprint } from '../read-draft.js';
import { printable } from '../report.js';
import { WriteRefusedError, createFile, replaceFile } from '../safe-write.js';
import { removeTemporariesOnSignals } from '../temp-files.js';
import { checkWriteTarget } from '../write-gate.js';

export const MIGRATE_HELP = `Usage: natolex migrate [options] <glossary.json>

Rewrites a glossary written in lexicon schema 1 (urn:natolex:schema:lexicon:1: acronyms and terms) in schema 2
(urn:natolex:schema:lexicon:2: one entry per concept), as natolex upgrades it when it loads it: an acronym and the
term it is linked to become one concept, and every schema 1 id stays the id of a term. The file is validated first
and the result before it is written (keys sorted, two-space indent); a schema 2 file is left as it is.

The file is rewritten in place, only inside the project (the configuration's folder, or the working folder), never
through a symbolic link that leads out of it, and keeps its owner and mode.

Options:
  --out <file.json>   write the result to this file instead (inside the working folder's tree)
  --check             write nothing; exit 1 when the file is in schema 1

Exit status: 0 migrated or already schema 2; 1 (--check) the file is in schema 1; 2 the file cannot be read, is not
a valid glossary, or may not be written.`;

export const MIGRATE_OPTIONS = { out: { type: 'string' }, check: { type: 'boolean' } } as const;

/** Glossaries larger than this are refused: the whole document is parsed, upgraded and serialised in memory. */
export const MAX_GLOSSARY_BYTES = 64 * 1024 * 1024;
const GLOSSARY_EXTENSIONS: ReadonlySet<string> = new Set(['.json']);
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

interface MigrateOptions extends CommonOptions {
  out?: string;
  check?: boolean;
}

/** What was read: the bytes, and what identifies them for the lost-update check before the file is replaced. */
interface ReadGlossary {
  bytes: Buffer;
  fingerprint: FileFingerprint;
}

/** A problem that ends the command with exit status 2, already worded for the user (file names escaped). */
class MigrateError extends Error {}

export async function runMigrate(positionals: readonly string[], options: MigrateOptions, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no glossary file given' : 'give exactly one glossary file');
  if (options.check && options.out !== undefined) throw new UsageError('--check writes nothing: it does not take --out');
  const file = path.resolve(io.cwd, positionals[0] as string);
  const shown = printable(displayPath(file, io.cwd));
  try {
    return await migrate(file, shown, options, io);
  } catch (error) {
    if (error instanceof MigrateError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function migrate(file: string, shown: string, options: MigrateOptions, io: CliIo): Promise<number> {
  // Where the result may go is decided before anything is parsed: a refused target is refused whatever the file says.
  const destination = options.check ? undefined : await destinationFor(file, shown, options, io);

  const read = await readGlossary(file, shown);
  const decoded = decodeJsonBytes(read.bytes, 'glossary', shown);
  if (decoded.issue) throw new MigrateError(`${formatIssue(decoded.issue)}\nnatolex migrate: ${shown} could not be read; nothing was written`);
  const checked = validateAnyLexiconText(decoded.text, shown);
  if (!checked.valid) {
    const lines = [...checked.errors.map(formatIssue), ...(checked.omitted > 0 ? [formatOmitted(checked.omitted, shown)] : [])];
    throw new MigrateError(`${lines.join('\n')}\nnatolex migrate: ${shown} is not a valid schema ${checked.version} glossary; nothing was written`);
  }
  if (checked.version === 2) {
    io.stdout(`${shown}: already schema 2; nothing to do\n`);
    return 0;
  }
  if (options.check) {
    io.stdout(`${shown}: schema 1; \`natolex migrate\` would rewrite it in schema 2\n`);
    return 1;
  }

  const v1 = JSON.parse(stripByteOrderMark(decoded.text)) as LexiconV1;
  const notices: UpgradeNotice[] = [];
  const upgraded = upgradeLexicon(v1, { onNotice: (notice) => notices.push(notice) });
  const result = validateLexicon(upgraded);
  if (!result.valid) {
    // upgradeLexicon's output is valid for every valid schema 1 document (a property test says so); if not, say so.
    const first = result.errors[0];
    throw new MigrateError(`natolex migrate: ${shown}: the upgraded glossary is not valid schema 2 (${first?.pointer ?? ''} ${first?.message ?? ''}); nothing was written`);
  }
  for (const notice of notices) io.stderr(`${noticeLine(decoded.text, shown, notice)}\n`);

  const bom = read.bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
  const content = Buffer.concat([bom ? Buffer.from(UTF8_BOM) : Buffer.alloc(0), Buffer.from(canonicalJson(upgraded), 'utf8')]);
  await write(destination as Destination, read, content, shown, io);
  const counts = `${upgraded.concepts?.length ?? 0} concepts from ${v1.acronyms?.length ?? 0} acronyms and ${v1.terms?.length ?? 0} terms`;
  const where = (destination as Destination).kind === 'in-place' ? '' : ` to ${(destination as Destination).shown}`;
  io.stdout(`${shown}: migrated to schema 2${where} (${counts}${notices.length === 0 ? '' : `; ${notices.length} ${notices.length === 1 ? 'notice' : 'notices'} above`})\n`);
  return 0;
}

/** A notice of upgradeLexicon at the place in the schema 1 file it is about. */
function noticeLine(text: string, shown: string, notice: UpgradeNotice): string {
  const place = locatePointer(text, notice.pointer) ?? { line: 1, column: 1 };
  const issue: ValidationIssue = { file: shown, line: place.line, column: place.column, pointer: notice.pointer, keyword: 'upgrade', message: notice.message };
  return `natolex: warning: ${formatIssue(issue)}`;
}

/** The canonical JSON text of a document, as the data build writes it: sorted keys, two-space indent, a final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  // Object.fromEntries defines own properties, so even a "__proto__" key stays data.
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => [key, sortKeysDeep(record[key])]),
  );
}

/** Reads at most MAX_GLOSSARY_BYTES of a regular file, never blocking on a special one, with its fingerprint. */
async function readGlossary(file: string, shown: string): Promise<ReadGlossary> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new MigrateError(`natolex migrate: ${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new MigrateError(`natolex migrate: ${shown}: not a regular file`);
    const bytes = await readBounded(handle, MAX_GLOSSARY_BYTES);
    if (bytes.length > MAX_GLOSSARY_BYTES) throw new MigrateError(`natolex migrate: ${shown}: more than ${MAX_GLOSSARY_BYTES} bytes; glossaries this large are not migrated`);
    return { bytes, fingerprint: { dev: info.dev, ino: info.ino, size: bytes.length, mtimeMs: info.mtimeMs, sha256: sha256(bytes) } };
  } finally {
    await handle.close();
  }
}

/** Where the result goes: over the file itself, over an existing --out file, or into a new --out file. */
type Destination =
  | { kind: 'in-place'; real: string; info: Stats; shown: string }
  | { kind: 'replace'; real: string; info: Stats; shown: string }
  | { kind: 'create'; real: string; shown: string };

async function destinationFor(file: string, shown: string, options: MigrateOptions, io: CliIo): Promise<Destination> {
  if (options.out === undefined) {
    // In place: inside the project root (the configuration's folder, or the working folder), as for configured drafts.
    const root = (await loadConfiguration(options, io)).directory;
    const gate = await checkWriteTarget(file, { projectRoot: root, fromConfig: true, extensions: GLOSSARY_EXTENSIONS });
    if (!gate.ok) throw new MigrateError(`natolex migrate: ${shown}: not written: ${gate.reason}`);
    return { kind: 'in-place', real: gate.real, info: gate.info, shown };
  }
  const out = path.resolve(io.cwd, options.out);
  const outShown = printable(displayPath(out, io.cwd));
  const refuse = (reason: string) => new MigrateError(`natolex migrate: ${outShown}: not written: ${reason}`);
  if (path.extname(out).toLowerCase() !== '.json') throw refuse('the output file must end in .json');
  const existing = await lstat(out).catch(() => undefined);
  if (existing) {
    // An existing file (or a link to one) is replaced under the same rules as in place, confined to the working folder.
    const gate = await checkWriteTarget(out, { projectRoot: io.cwd, fromConfig: true, extensions: GLOSSARY_EXTENSIONS });
    if (!gate.ok) throw refuse(gate.reason);
    return { kind: 'replace', real: gate.real, info: gate.info, shown: outShown };
  }
  const root = await realpath(io.cwd).catch(() => path.resolve(io.cwd));
  const folder = await realpath(path.dirname(out)).catch(() => undefined);
  if (folder === undefined) throw refuse('its folder does not exist');
  const real = path.join(folder, path.basename(out));
  if (!isInside(folder, root)) throw refuse(`it is outside the working folder (natolex writes only below ${printable(root)})`);
  const vcs = vcsFolderOn(real, root);
  if (vcs !== undefined) throw refuse(`it is inside a version-control folder (${vcs})`);
  return { kind: 'create', real, shown: outShown };
}

async function write(destination: Destination, read: ReadGlossary, content: Buffer, shown: string, io: CliIo): Promise<void> {
  // An interrupt removes the temporary file: the glossary is then the old text, never part of the new.
  const stopCleanup = removeTemporariesOnSignals(io.stderr);
  try {
    if (destination.kind === 'in-place') await replaceFile(destination.real, content, read.fingerprint, destination.info);
    else if (destination.kind === 'replace') await replaceFile(destination.real, content, await fingerprintOf(destination.real, destination.shown), destination.info);
    else await createFile(destination.real, content);
  } catch (error) {
    const reason = error instanceof WriteRefusedError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new MigrateError(`natolex migrate: ${destination.shown}: not written: ${reason}${destination.kind === 'in-place' ? '' : ` (${shown} is unchanged)`}`);
  } finally {
    stopCleanup();
  }
}

/** The fingerprint of an existing --out file, so that replacing it still refuses when it changes meanwhile. */
async function fingerprintOf(target: string, shown: string): Promise<FileFingerprint> {
  return (await readGlossary(target, shown)).fingerprint;
}

