// The natolex configuration (natolex.config.json, or the "natolex" key of a package.json): parsed and validated
// against config.schema.json with the schema package's ajv factory, problems reported with file:line:col. One reader
// for every adapter: the CLI finds the file on disk (its config.ts), the language server reads the one at a workspace
// folder's root through the WorkspaceHost (readWorkspaceConfig). A leading byte-order mark is accepted (editors write
// one; glossaries accept it too), duplicated keys are not (JSON.parse would silently keep the last one).
import { createAjv, findSyntaxError, scanJsonText, stripByteOrderMark, type Ajv } from '@natolex/schema';
import configSchema from '../../config.schema.json' with { type: 'json' };
import type { RuleId } from '../rules/index.js';
import type { Severity } from '../rules/types.js';
import { LineIndex } from '../text/line-index.js';
import { echo } from '../text/printable.js';
import type { WorkspaceHost } from './host.js';

export const CONFIG_FILE = 'natolex.config.json';

export interface ConfigFile {
  glossaries?: string[];
  files?: string[];
  ignore?: string[];
  /** Acronyms needing no first-use definition (default: DEFAULT_WELL_KNOWN, ["NATO"]). */
  wellKnown?: string[];
  /** Whether a definition in a Markdown heading counts for the text below it (default false). */
  headingDefinitions?: boolean;
  rules?: Partial<Record<RuleId, Severity>>;
}

export class ConfigError extends Error {}

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

/** Whether a package.json holds a "natolex" key (a broken package.json is not ours to report). */
export function hasNatolexKey(manifestText: string): boolean {
  try {
    const manifest: unknown = JSON.parse(stripByteOrderMark(manifestText));
    return typeof manifest === 'object' && manifest !== null && Object.hasOwn(manifest, 'natolex');
  } catch {
    return false;
  }
}

/** A workspace folder's configuration: where it was read from and what it says, or the problem that stopped it. */
export type WorkspaceConfig = { uri: string; config: ConfigFile; error?: undefined } | { uri: string; config?: undefined; error: string };

/** The configuration file a folder holds is at most this large (a configuration is a few hundred bytes). */
export const MAX_CONFIG_SIZE = 1_000_000;

async function readText(host: WorkspaceHost, uri: string): Promise<string | undefined> {
  const size = await host.stat?.(uri).catch(() => undefined);
  if (host.stat !== undefined && size === undefined) return undefined;
  if (size !== undefined && size.size > MAX_CONFIG_SIZE) throw new ConfigError(`${uri}: larger than ${MAX_CONFIG_SIZE} bytes, not read`);
  let bytes: Uint8Array;
  try {
    bytes = await host.readFile(uri);
  } catch {
    return undefined; // no such file
  }
  if (bytes.length > MAX_CONFIG_SIZE) throw new ConfigError(`${uri}: larger than ${MAX_CONFIG_SIZE} bytes, not read`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError(`${uri}: not UTF-8 text`);
  }
}

/**
 * The configuration at the root of a workspace folder, as the CLI reads it in its working folder: natolex.config.json,
 * else the "natolex" key of package.json. Folders above the workspace are not looked at. Undefined when there is none.
 */
export async function readWorkspaceConfig(host: WorkspaceHost, folder: string): Promise<WorkspaceConfig | undefined> {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  for (const [name, at] of [[CONFIG_FILE, []], ['package.json', ['natolex']]] as const) {
    const uri = `${base}${name}`;
    try {
      const text = await readText(host, uri);
      if (text === undefined || (name === 'package.json' && !hasNatolexKey(text))) continue;
      return { uri, config: parseConfig(text, name, at) };
    } catch (error) {
      return { uri, error: error instanceof Error ? error.message : String(error) };
    }
  }
  return undefined;
}
