// Configuration discovery: natolex.config.json, or a "natolex" key in package.json, in the working folder or the
// nearest folder above it. Validated against config.schema.json with the schema package's ajv factory; problems are
// reported with file:line:col. A leading byte-order mark is accepted (editors write one; glossaries accept it too),
// duplicated keys are not (JSON.parse would silently keep the last one).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createAjv, findSyntaxError, scanJsonText, stripByteOrderMark, type Ajv } from '@natolex/schema';
import configSchema from '../config.schema.json' with { type: 'json' };
import { displayPath } from './glob.js';
import { LineIndex, RULE_IDS, SEVERITIES, type RuleId, type Severity } from '@natolex/language-service';
import { echo } from './report.js';

export const CONFIG_FILE = 'natolex.config.json';

// The rules and severities are the language service's registry; re-exported for the CLI's library users.
export { RULE_IDS, SEVERITIES, type RuleId, type Severity };

export interface ConfigFile {
  glossaries?: string[];
  files?: string[];
  ignore?: string[];
  /** Acronyms needing no first-use definition (default: the language service's, ["NATO"]). */
  wellKnown?: string[];
  /** Whether a definition in a Markdown heading counts for the text below it (default false). */
  headingDefinitions?: boolean;
  rules?: Partial<Record<RuleId, Severity>>;
}

export interface LoadedConfig {
  /** The file the configuration came from (undefined when none was found). */
  file?: string;
  /** Folder that relative paths in the configuration are resolved against. */
  directory: string;
  config: ConfigFile;
  /** `file:line:col` of the value a JSON pointer (relative to the configuration) names, for messages about it. */
  locate?: (pointer: string) => string;
}

export class ConfigError extends Error {}

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

function hasNatolexKey(manifestText: string): boolean {
  try {
    const manifest: unknown = JSON.parse(stripByteOrderMark(manifestText));
    return typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, 'natolex');
  } catch {
    return false; // a broken package.json is not ours to report
  }
}

type ValidateFunction = ReturnType<Ajv['compile']>;
// ajv's error type, taken from the schema package's ajv (the root node_modules may hold another major version).
type ErrorObject = NonNullable<ValidateFunction['errors']>[number];

let validateConfig: ValidateFunction | undefined;

/** At most this many problems are listed for one configuration; a hostile one could have thousands. */
const MAX_PROBLEMS = 20;

/**
 * Parses and validates configuration text; `file` names it in messages, `at` is the path of the configuration inside
 * the JSON document (['natolex'] in package.json).
 */
export function parseConfig(raw: string, file: string, at: readonly string[]): ConfigFile {
  const text = stripByteOrderMark(raw);
  const lines = new LineIndex(text);
  const where = (offset: number) => {
    const { line, column } = lines.position(offset);
    return `${file}:${line}:${column}`;
  };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const issue = findSyntaxError(text, error);
    throw new ConfigError(`${where(issue.offset)}  ${issue.message}`);
  }
  const prefix = at.map((key) => `/${key}`).join('');
  let value: unknown = document;
  for (const key of at) value = typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  validateConfig ??= createAjv().compile(configSchema);
  const valid = validateConfig(value);
  const errors = valid ? [] : (validateConfig.errors ?? []);
  const pointers = new Set(errors.map((error) => prefix + subjectPointer(error)));
  const { located, duplicates } = scanJsonText(text, pointers);
  // Only duplicates in the configuration itself: the rest of a package.json is not ours to judge.
  const ours = duplicates.filter((d) => prefix === '' || d.pointer === prefix || d.pointer.startsWith(`${prefix}/`));
  const problems = [
    ...ours.map((d) => `${where(d.offset)}  ${echo(d.pointer, 120)}  duplicate key ${echo(JSON.stringify(d.key))} (JSON keeps only the last; remove one)`),
    ...errors.map((error) => {
      const span = located.get(prefix + subjectPointer(error));
      const pointer = prefix + error.instancePath;
      const at = error.keyword === 'additionalProperties' ? (span?.key ?? span?.value) : span?.value;
      return `${where(at?.offset ?? 0)}  ${pointer === '' ? '(root)' : echo(pointer, 120)}  ${describe(error)}`;
    }),
  ];
  if (problems.length === 0) return value as ConfigFile;
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push(`${file}: … and ${problems.length - MAX_PROBLEMS} more problems`);
  throw new ConfigError(shown.join('\n'));
}

/** The pointer an error is about: the key of an unknown property, otherwise the offending value. */
function subjectPointer(error: ErrorObject): string {
  if (error.keyword !== 'additionalProperties') return error.instancePath;
  const key = String(error.params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1');
  return `${error.instancePath}/${key}`;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property ${echo(`'${String(error.params.additionalProperty)}'`)}`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, found ${echo(JSON.stringify(error.data))}`;
    case 'type':
      return `must be ${String(error.params.type)}, found ${echo(JSON.stringify(error.data) ?? String(error.data))}`;
    default:
      return error.message ?? 'is invalid';
  }
}
