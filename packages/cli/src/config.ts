// Configuration discovery: natolex.config.json, or a "natolex" key in package.json, in the working folder or the
// nearest folder above it. Parsing and validation are the language service's (parseConfig: the one reader the
// language server uses too); this file finds and reads the file on disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, ConfigError, LineIndex, RULE_IDS, SEVERITIES, hasNatolexKey, parseConfig, type ConfigFile, type RuleId, type Severity } from '@natolex/language-service';
import { stripByteOrderMark, scanJsonText } from '@natolex/schema';
import { displayPath } from './glob.js';
import { echo } from './report.js';

// The rules, severities and the configuration reader are the language service's; re-exported for the CLI's library users.
export { CONFIG_FILE, ConfigError, RULE_IDS, SEVERITIES, parseConfig, type ConfigFile, type RuleId, type Severity };

export interface LoadedConfig {
  /** The file the configuration came from (undefined when none was found). */
  file?: string;
  /** Folder that relative paths in the configuration are resolved against. */
  directory: string;
  config: ConfigFile;
  /** `file:line:col` of the value a JSON pointer (relative to the configuration) names, for messages about it. */
  locate?: (pointer: string) => string;
}

/** The nearest configuration at or above `cwd`, or an empty one rooted at `cwd`. */
export async function discoverConfig(cwd: string): Promise<LoadedConfig> {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    const ownFile = path.join(directory, CONFIG_FILE);
    const own = await readIfExists(ownFile);
    if (own !== undefined) return loaded(own, ownFile, displayPath(ownFile, cwd), []);
    const manifestFile = path.join(directory, 'package.json');
    const manifest = await readIfExists(manifestFile);
    if (manifest !== undefined && hasNatolexKey(manifest)) {
      return loaded(manifest, manifestFile, displayPath(manifestFile, cwd), ['natolex']);
    }
    if (path.dirname(directory) === directory) return { directory: path.resolve(cwd), config: {} };
  }
}

/** A configuration file named on the command line (`--config`): natolex.config.json-shaped, or a package.json. */
export async function loadConfigFile(file: string, cwd: string = process.cwd()): Promise<LoadedConfig> {
  const absolute = path.resolve(cwd, file);
  const text = await readIfExists(absolute);
  if (text === undefined) throw new ConfigError(`${echo(file)}: cannot read the configuration file`);
  const inManifest = path.basename(absolute) === 'package.json';
  return loaded(text, absolute, echo(file, 200), inManifest ? ['natolex'] : []);
}

function loaded(text: string, file: string, display: string, at: readonly string[]): LoadedConfig {
  const config = parseConfig(text, display, at);
  const prefix = at.map((key) => `/${key}`).join('');
  const locate = (pointer: string) => {
    const body = stripByteOrderMark(text);
    const span = scanJsonText(body, new Set([prefix + pointer])).located.get(prefix + pointer)?.value;
    const { line, column } = new LineIndex(body).position(span?.offset ?? 0);
    return `${display}:${line}:${column}`;
  };
  return { file, directory: path.dirname(file), config, locate };
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

