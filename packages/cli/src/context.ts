// What every command starts from: the options common to all of them, the configuration, and the lexicon.
import type { Lexicon } from '@natolex/data';
import { migrateHint } from '@natolex/language-service';
import { discoverConfig, loadConfigFile, type LoadedConfig } from './config.js';
import { displayPath, resolveFiles, type ResolvedFile, type ResolveOptions } from './glob.js';
import { loadLexicon, type GlossaryFile } from './lexicon-loader.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem with the invocation, the configuration or a glossary: reported, exit status 2. */
export class UsageError extends Error {}

export interface CommonOptions {
  glossary?: string[];
  config?: string;
  'no-config'?: boolean;
}

export const COMMON_OPTIONS = {
  glossary: { type: 'string', multiple: true },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMON_HELP = `Common options:
  --glossary <file>   add a workspace glossary (natolex lexicon JSON); repeatable, folders and globs allowed
  --config <file>     read this configuration instead of searching for one
  --no-config         do not read natolex.config.json or the "natolex" key of package.json
  -h, --help          show this help`;

export async function loadConfiguration(options: CommonOptions, io: CliIo): Promise<LoadedConfig> {
  if (options['no-config']) return { directory: io.cwd, config: {} };
  if (options.config !== undefined) return loadConfigFile(options.config, io.cwd);
  return discoverConfig(io.cwd);
}

/**
 * How the configuration's paths are resolved: against its folder and confined to it (symlinks resolved), each
 * entry named by its file:line:col and pointer when refused.
 */
function fromConfiguration(loaded: LoadedConfig, key: 'files' | 'glossaries', io: CliIo): ResolveOptions {
  return {
    base: loaded.directory,
    fromConfig: loaded.file !== undefined,
    displayCwd: io.cwd,
    warn: (message) => io.stderr(`natolex: ${message}\n`),
    label: (index) => (loaded.locate ? `${loaded.locate(`/${key}/${index}`)}  /${key}/${index}  ` : ''),
  };
}

function fromCommandLine(io: CliIo): ResolveOptions {
  return { base: io.cwd, warn: (message) => io.stderr(`natolex: ${message}\n`) };
}

const GLOSSARY_OPTIONS = { extensions: ['.json'], requireFiles: 'no glossary files (*.json) in this folder or glob' } as const;

/** Glossaries from the configuration (relative to its folder) and from --glossary (relative to cwd). */
export async function glossaryFiles(options: CommonOptions, loaded: LoadedConfig, io: CliIo): Promise<GlossaryFile[]> {
  const fromConfig = await resolveFiles(loaded.config.glossaries ?? [], { ...fromConfiguration(loaded, 'glossaries', io), ...GLOSSARY_OPTIONS });
  const fromFlags = await resolveFiles(options.glossary ?? [], { ...fromCommandLine(io), ...GLOSSARY_OPTIONS });
  const unique = [...new Map([...fromConfig, ...fromFlags].map((file) => [file.realPath, file.path])).values()];
  return unique.map((file) => ({ path: file, display: displayPath(file, io.cwd) }));
}

/**
 * The drafts `natolex check` reads: the command-line paths as given, or else the configuration's "files" confined
 * to its folder. Each carries where it came from, for the write gate of --fix.
 */
export async function draftFiles(positionals: readonly string[], loaded: LoadedConfig, io: CliIo): Promise<ResolvedFile[]> {
  if (positionals.length > 0) return resolveFiles(positionals, fromCommandLine(io));
  return resolveFiles(loaded.config.files ?? [], fromConfiguration(loaded, 'files', io));
}

/**
 * The corpus and the glossaries. With `warnSchemaOne` (natolex check), one warning line on stderr per schema 1
 * glossary: it is checked against (upgraded on load), and `natolex migrate` would rewrite it.
 */
export async function lexiconFor(options: CommonOptions, loaded: LoadedConfig, io: CliIo, { warnSchemaOne = false } = {}): Promise<Lexicon> {
  const { lexicon, schemaOne } = await loadLexicon(await glossaryFiles(options, loaded, io));
  if (warnSchemaOne) for (const file of schemaOne) io.stderr(`natolex: warning: ${file}: ${migrateHint(file)}\n`);
  return lexicon;
}
