import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SCHEMA_ID, createAjv, schema, validateLexiconText } from './index.js';

type SchemaNode = Record<string, unknown>;
const defs = schema.$defs as Record<string, SchemaNode>;

/** Every `properties` entry in the schema, with its path, wherever it is nested. */
function allProperties(node: unknown, path: string, found: { path: string; schema: SchemaNode }[] = []) {
  if (Array.isArray(node)) node.forEach((item, i) => allProperties(item, `${path}/${i}`, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value !== null && typeof value === 'object') {
        for (const [name, property] of Object.entries(value)) found.push({ path: `${path}/properties/${name}`, schema: property as SchemaNode });
      }
      allProperties(value, `${path}/${key}`, found);
    }
  }
  return found;
}

function descriptionOf(node: SchemaNode): unknown {
  if (node.description !== undefined) return node.description;
  const ref = typeof node.$ref === 'string' ? /^#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1] : undefined;
  return ref ? defs[ref]?.description : undefined;
}

describe('lexicon.schema.json', () => {
  it('is a valid draft 2020-12 schema (ajv meta-schema validation, strict mode)', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('compiles in strict mode without a single warning', () => {
    const warnings: unknown[] = [];
    const logger = { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) };
    const ajv = createAjv({ logger });
    expect(() => ajv.getSchema(SCHEMA_ID)).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('has the versioned id the package exports', () => {
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toMatch(/^urn:natolex:schema:lexicon:\d+$/);
  });

  it('is the same object as the published lexicon.schema.json', () => {
    expect(JSON.parse(readFileSync(new URL('../lexicon.schema.json', import.meta.url), 'utf8'))).toEqual(schema);
  });

  it('describes every property (editors show the descriptions), directly or through its $ref', () => {
    const properties = allProperties(schema, '#');
    expect(properties.length).toBeGreaterThan(60);
    const undocumented = properties.filter((p) => typeof descriptionOf(p.schema) !== 'string' || String(descriptionOf(p.schema)).length < 3);
    expect(undocumented.map((p) => p.path)).toEqual([]);
  });

  it('gives every definition a title and a description', () => {
    for (const [name, def] of Object.entries(defs)) {
      expect(def.title, name).toBe(name);
      expect(typeof def.description, name).toBe('string');
    }
  });
});

describe('SCHEMA.md', () => {
  const guide = readFileSync(new URL('../SCHEMA.md', import.meta.url), 'utf8');
  const blocks = [...guide.matchAll(/(?:<!-- validate: (\w+) -->\n)?```json\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1], json: m[2] ?? '' }));

  it('has a minimal example that validates', () => {
    const examples = blocks.filter((block) => block.kind === 'Lexicon');
    expect(examples).toHaveLength(1);
    expect(validateLexiconText(examples[0]?.json ?? '', 'SCHEMA.md').errors).toEqual([]);
  });

  it('marks every JSON example with what it is, and each one validates as that', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const ajv = createAjv();
    for (const block of blocks) {
      expect(block.kind, block.json.slice(0, 60)).toBeDefined();
      if (block.kind === 'Lexicon') continue;
      const validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${block.kind}`);
      expect(validate, block.kind).toBeDefined();
      expect(validate?.(JSON.parse(block.json)), `${block.kind}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
  });

  it('documents every definition, every property and every status value of the schema', () => {
    const missing = [
      ...Object.keys(defs).filter((name) => !guide.includes(name)),
      ...allProperties(schema, '#')
        .map((p) => p.path.split('/').pop() ?? '')
        .filter((name, i, names) => names.indexOf(name) === i && !guide.includes(`\`${name}\``)),
      ...(defs.Status?.enum as string[]).filter((value) => !guide.includes(`\`${value}\``)),
    ];
    expect(missing).toEqual([]);
  });
});
