// Configuration discovery: natolex.config.json, or a "natolex" key in package.json, in the working folder or the
// nearest folder above it. Validated against config.schema.json with the schema package's ajv factory; problems are
// reported with file:line:col.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createAjv, type Ajv } from '@natolex/schema';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import configSchema from '../config.schema.json' with { type: 'json' };
import { displayPath } from './glob.js';
import { pointerSegments } from './json-location.js';
import { LineIndex } from './positions.js';

export const CONFIG_FILE = 'natolex.config.json';

export type Severity = 'error' | 'warning' | 'info' | 'off';
export type RuleId = 'first-use' | 'deprecated' | 'unknown-acronym';
export const RULE_IDS: readonly RuleId[] = ['first-use', 'deprecated', 'unknown-acronym'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'off'];

export interface ConfigFile {
  glossaries?: string[];
  files?: string[];
  ignore?: string[];
  rules?: Partial<Record<RuleId, Severity>>;
}

export interface LoadedConfig {
  /** The file the configuration came from (undefined when none was found). */
  file?: string;
  /** Folder that relative paths in the configuration are resolved against. */
  directory: string;
  config: ConfigFile;
}

export class ConfigError extends Error {}

/** The nearest configuration at or above `cwd`, or an empty one rooted at `cwd`. */
export async function discoverConfig(cwd: string): Promise<LoadedConfig> {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    const ownFile = path.join(directory, CONFIG_FILE);
    const own = await readIfExists(ownFile);
    if (own !== undefined) return { file: ownFile, directory, config: parseConfig(own, displayPath(ownFile, cwd), []) };
    const manifestFile = path.join(directory, 'package.json');
    const manifest = await readIfExists(manifestFile);
    if (manifest !== undefined && hasNatolexKey(manifest)) {
      return { file: manifestFile, directory, config: parseConfig(manifest, displayPath(manifestFile, cwd), ['natolex']) };
    }
    if (path.dirname(directory) === directory) return { directory: path.resolve(cwd), config: {} };
  }
}

/** A configuration file named on the command line (`--config`): natolex.config.json-shaped, or a package.json. */
export async function loadConfigFile(file: string, cwd: string = process.cwd()): Promise<LoadedConfig> {
  const absolute = path.resolve(cwd, file);
  const text = await readIfExists(absolute);
  if (text === undefined) throw new ConfigError(`${file}: cannot read the configuration file`);
  const inManifest = path.basename(absolute) === 'package.json';
  return { file: absolute, directory: path.dirname(absolute), config: parseConfig(text, file, inManifest ? ['natolex'] : []) };
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
    const manifest: unknown = JSON.parse(manifestText);
    return typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, 'natolex');
  } catch {
    return false; // a broken package.json is not ours to report
  }
}

type ValidateFunction = ReturnType<Ajv['compile']>;
// ajv's error type, taken from the schema package's ajv (the root node_modules may hold another major version).
type ErrorObject = NonNullable<ValidateFunction['errors']>[number];

let validateConfig: ValidateFunction | undefined;

/**
 * Parses and validates configuration text; `file` names it in messages, `at` is the path of the configuration inside
 * the JSON document (['natolex'] in package.json).
 */
export function parseConfig(text: string, file: string, at: readonly string[]): ConfigFile {
  const lines = new LineIndex(text);
  const where = (offset: number) => {
    const { line, column } = lines.position(offset);
    return `${file}:${line}:${column}`;
  };
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false });
  const firstError = parseErrors[0];
  if (firstError || !root) {
    const offset = firstError?.offset ?? 0;
    // "CommaExpected" -> "comma expected"
    const reason = (firstError ? printParseErrorCode(firstError.error) : 'ValueExpected').replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
    throw new ConfigError(`${where(offset)}  invalid JSON: ${reason}`);
  }
  let value: unknown = JSON.parse(text);
  for (const key of at) value = (value as Record<string, unknown>)[key];
  validateConfig ??= createAjv().compile(configSchema);
  if (validateConfig(value)) return value as ConfigFile;
  const problems = (validateConfig.errors ?? []).map((error) => {
    const node = locate(root, [...at, ...pointerSegments(error.instancePath)], error);
    const pointer = [...at.map((key) => `/${key}`), error.instancePath].join('');
    return `${where(node?.offset ?? 0)}  ${pointer === '' ? '(root)' : pointer}  ${describe(error)}`;
  });
  throw new ConfigError(problems.join('\n'));
}

/** The node an error is about: the key of an unknown property, otherwise the offending value. */
function locate(root: Node, jsonPath: (string | number)[], error: ErrorObject): Node | undefined {
  if (error.keyword === 'additionalProperties') {
    const value = findNodeAtLocation(root, [...jsonPath, String(error.params.additionalProperty)]);
    return value?.parent?.children?.[0] ?? findNodeAtLocation(root, jsonPath);
  }
  return findNodeAtLocation(root, jsonPath);
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown property '${String(error.params.additionalProperty)}'`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, found ${JSON.stringify(error.data)}`;
    case 'type':
      return `must be ${String(error.params.type)}, found ${JSON.stringify(error.data)}`;
    default:
      return error.message ?? 'is invalid';
  }
}
