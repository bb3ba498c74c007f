// Generates src/types.generated.ts from lexicon.schema.json (the source of truth).
//   npm run generate:types -w @natolex/schema          write the file
//   node scripts/generate-types.mjs --check            exit 1 if the committed file is out of date
// The drift test (src/types.test.ts) calls generateTypes() and compares with the committed file.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = fileURLToPath(new URL('../lexicon.schema.json', import.meta.url));
export const typesPath = fileURLToPath(new URL('../src/types.generated.ts', import.meta.url));

const BANNER = `/* eslint-disable */
// DO NOT EDIT: generated from lexicon.schema.json by scripts/generate-types.mjs.
// Change the schema, then run \`npm run generate:types -w @natolex/schema\`; src/types.test.ts fails on drift.`;

/**
 * The schema rewritten into an equivalent shape that json-schema-to-typescript turns into readable types.
 * Validation always uses the original schema; this copy only feeds the type generator.
 * @param {Record<string, any>} schema
 * @returns {Record<string, any>}
 */
export function schemaForTypes(schema) {
  const copy = structuredClone(schema);
  const defs = copy.$defs ?? {};
  for (const def of Object.values(defs)) {
    flattenAllOf(def, defs);
    unionOfRequiredAlternatives(def);
  }
  return refsToNamedTypes(copy);
}

/**
 * `{allOf: [{$ref: EntryCommon}], properties, unevaluatedProperties: false}` -> one flat interface, instead of the
 * generator's `type Acronym = EntryCommon` (which drops the own properties).
 * @param {Record<string, any>} def
 * @param {Record<string, any>} defs
 */
function flattenAllOf(def, defs) {
  if (!Array.isArray(def.allOf)) return;
  const bases = def.allOf.map((/** @type {{$ref?: string}} */ part) => {
    const base = part.$ref ? defs[refName(part.$ref)] : undefined;
    if (!base) throw new Error(`generate-types: unsupported allOf member in ${def.title}`);
    return base;
  });
  const properties = {};
  const required = [];
  for (const base of [...bases, def]) {
    Object.assign(properties, base.properties);
    required.push(...(base.required ?? []));
  }
  delete def.allOf;
  delete def.unevaluatedProperties;
  def.properties = properties;
  def.required = [...new Set(required)];
  def.additionalProperties = false;
}

/**
 * `{properties, anyOf: [{required: [a]}, {required: [b]}]}` -> a union of complete object shapes, so that the
 * type says "a or b is present" (CslName: an institution has `literal`, a person has `family`).
 * @param {Record<string, any>} def
 */
function unionOfRequiredAlternatives(def) {
  if (!Array.isArray(def.anyOf) || !def.properties) return;
  const { properties, required = [], anyOf } = def;
  def.anyOf = anyOf.map((/** @type {{required?: string[]}} */ branch) => ({
    type: 'object',
    additionalProperties: false,
    required: [...required, ...(branch.required ?? [])],
    properties,
  }));
  delete def.properties;
  delete def.required;
  delete def.additionalProperties;
  delete def.type;
}

/**
 * Every `{$ref: '#/$defs/X', description?}` -> `{tsType: 'X', description?}`. The generator would otherwise emit a
 * numbered copy (Id1, Id2, ...) for each ref that carries its own description.
 * @param {any} node
 * @returns {any}
 */
function refsToNamedTypes(node) {
  if (Array.isArray(node)) return node.map(refsToNamedTypes);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const { $ref, ...annotations } = node;
    return { ...annotations, tsType: refName($ref) };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, refsToNamedTypes(value)]));
}

/** @param {string} ref */
function refName(ref) {
  const match = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(ref);
  if (!match?.[1]) throw new Error(`generate-types: unsupported $ref ${ref}`);
  return match[1];
}

/**
 * The generated module text for the given schema text (deterministic: same input, same bytes).
 * @param {string} [schemaText]
 * @returns {Promise<string>}
 */
export async function generateTypes(schemaText) {
  const schema = JSON.parse(schemaText ?? (await readFile(schemaPath, 'utf8')));
  const body = await compile(schemaForTypes(schema), 'Lexicon', {
    bannerComment: '',
    cwd: packageDir,
    unreachableDefinitions: true,
    additionalProperties: false,
    // Plain arrays (Provenance[]) instead of tuples: easier to build in code; the schema still enforces minItems.
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return `${BANNER}\n\n${body.trim()}\n`;
}

async function main() {
  const generated = await generateTypes();
  if (process.argv.includes('--check')) {
    const committed = await readFile(typesPath, 'utf8').catch(() => '');
    if (committed !== generated) {
      console.error('src/types.generated.ts is out of date: run `npm run generate:types -w @natolex/schema`.');
      process.exit(1);
    }
    console.log('src/types.generated.ts is up to date.');
    return;
  }
  await writeFile(typesPath, generated);
  console.log(`wrote ${typesPath}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
