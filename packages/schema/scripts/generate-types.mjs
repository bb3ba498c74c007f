// Generates the types from the schemas (the source of truth): src/types.generated.ts from lexicon.schema.json
// (schema 2) and src/types-v1.generated.ts from lexicon-1.schema.json (schema 1, every name suffixed V1).
//   npm run generate:types -w @natolex/schema          write the files
//   node scripts/generate-types.mjs --check            exit 1 if a committed file is out of date
// The drift test (src/types.test.ts) calls generateTypes() for each and compares with the committed files.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = fileURLToPath(new URL('../lexicon.schema.json', import.meta.url));
export const typesPath = fileURLToPath(new URL('../src/types.generated.ts', import.meta.url));
export const schemaPathV1 = fileURLToPath(new URL('../lexicon-1.schema.json', import.meta.url));
export const typesPathV1 = fileURLToPath(new URL('../src/types-v1.generated.ts', import.meta.url));

/**
 * What is generated: schema 2 under its own names, schema 1 with `V1` after every name (LexiconV1, AcronymV1), so
 * both can be imported side by side.
 * @type {readonly { schemaPath: string, typesPath: string, schemaFile: string, suffix: string }[]}
 */
export const targets = [
  { schemaPath, typesPath, schemaFile: 'lexicon.schema.json', suffix: '' },
  { schemaPath: schemaPathV1, typesPath: typesPathV1, schemaFile: 'lexicon-1.schema.json', suffix: 'V1' },
];

/** @param {string} schemaFile */
const banner = (schemaFile) => `/* eslint-disable */
// DO NOT EDIT: generated from ${schemaFile} by scripts/generate-types.mjs.
// Change the schema, then run \`npm run generate:types -w @natolex/schema\`; src/types.test.ts fails on drift.`;

/**
 * The schema rewritten into an equivalent shape that json-schema-to-typescript turns into readable types.
 * Validation always uses the original schema; this copy only feeds the type generator.
 * @param {Record<string, any>} schema
 * @param {string} [suffix] appended to every type name
 * @returns {Record<string, any>}
 */
export function schemaForTypes(schema, suffix = '') {
  const copy = structuredClone(schema);
  const defs = copy.$defs ?? {};
  for (const def of Object.values(defs)) {
    flattenAllOf(def, defs);
    unionOfRequiredAlternatives(def);
  }
  // The generator names each interface after its title.
  for (const [name, def] of Object.entries(defs)) def.title = `${name}${suffix}`;
  copy.title = `${copy.title}${suffix}`;
  return refsToNamedTypes(copy, suffix);
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
 * @param {string} suffix
 * @returns {any}
 */
function refsToNamedTypes(node, suffix) {
  if (Array.isArray(node)) return node.map((item) => refsToNamedTypes(item, suffix));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const { $ref, ...annotations } = node;
    return { ...annotations, tsType: `${refName($ref)}${suffix}` };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, refsToNamedTypes(value, suffix)]));
}

/** @param {string} ref */
function refName(ref) {
  const match = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(ref);
  if (!match?.[1]) throw new Error(`generate-types: unsupported $ref ${ref}`);
  return match[1];
}

/**
 * The generated module text for the given schema text (deterministic: same input, same bytes).
 * @param {string} [schemaText] defaults to the target's schema file
 * @param {(typeof targets)[number]} [target] which schema: schema 2 (the default) or schema 1
 * @returns {Promise<string>}
 */
export async function generateTypes(schemaText, target = targets[0]) {
  if (!target) throw new Error('generate-types: no target');
  const schema = JSON.parse(schemaText ?? (await readFile(target.schemaPath, 'utf8')));
  const body = await compile(schemaForTypes(schema, target.suffix), `Lexicon${target.suffix}`, {
    bannerComment: '',
    cwd: packageDir,
    unreachableDefinitions: true,
    additionalProperties: false,
    // Plain arrays (Provenance[]) instead of tuples: easier to build in code; the schema still enforces minItems.
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return `${banner(target.schemaFile)}\n\n${body.trim()}\n`;
}

async function main() {
  for (const target of targets) {
    const generated = await generateTypes(undefined, target);
    const file = target.typesPath.slice(packageDir.length);
    if (process.argv.includes('--check')) {
      const committed = await readFile(target.typesPath, 'utf8').catch(() => '');
      if (committed !== generated) {
        console.error(`${file} is out of date: run \`npm run generate:types -w @natolex/schema\`.`);
        process.exitCode = 1;
      } else console.log(`${file} is up to date.`);
    } else {
      await writeFile(target.typesPath, generated);
      console.log(`wrote ${target.typesPath}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
