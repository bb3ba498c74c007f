// What every command starts from: the options common to all of them, the configuration, and the lexicon.
import type { Lexicon } from '@natolex/data';
import { discoverConfig, loadConfigFile, type LoadedConfig } from './config.js';
import { displayPath, resolveFileArguments } from './glob.js';
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
  --glossary <file>   add a workspace glossary (natolex lexicon JSON); repeatable, globs allowed
  --config <file>     read this configuration instead of searching for one
  --no-config         do not read natolex.config.json or the "natolex" key of package.json
  -h, --help          show this help`;

export async function loadConfiguration(options: CommonOptions, io: CliIo): Promise<LoadedConfig> {
  if (options['no-config']) return { directory: io.cwd, config: {} };
  if (options.config !== undefined) return loadConfigFile(options.config, io.cwd);
  return discoverConfig(io.cwd);
}

/** Glossaries from the configuration (relative to its folder) and from --glossary (relative to cwd). */
export async function glossaryFiles(options: CommonOptions, loaded: LoadedConfig, io: CliIo): Promise<GlossaryFile[]> {
  const fromConfig = await resolveFileArguments(loaded.config.glossaries ?? [], loaded.directory, ['.json']);
  const fromFlags = await resolveFileArguments(options.glossary ?? [], io.cwd, ['.json']);
  const unique = [...new Set([...fromConfig, ...fromFlags])];
  return unique.map((file) => ({ path: file, display: displayPath(file, io.cwd) }));
}

export async function lexiconFor(options: CommonOptions, loaded: LoadedConfig, io: CliIo): Promise<Lexicon> {
  return loadLexicon(await glossaryFiles(options, loaded, io));
}
