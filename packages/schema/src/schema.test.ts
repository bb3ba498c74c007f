import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SCHEMA_ID, SCHEMA_ID_V1, createAjv, schema, schemaV1, upgradeLexicon, validateLexiconText, validateLexiconV1, type LexiconV1 } from './index.js';

type SchemaNode = Record<string, unknown>;

/** Every `properties` entry in a schema, with its path, wherever it is nested. */
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

function descriptionOf(node: SchemaNode, defs: Record<string, SchemaNode>): unknown {
  if (node.description !== undefined) return node.description;
  const ref = typeof node.$ref === 'string' ? /^#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1] : undefined;
  return ref ? defs[ref]?.description : undefined;
}

const both = [
  { name: 'lexicon.schema.json', file: '../lexicon.schema.json', schema, id: SCHEMA_ID },
  { name: 'lexicon-1.schema.json', file: '../lexicon-1.schema.json', schema: schemaV1, id: SCHEMA_ID_V1 },
];

describe.each(both)('$name', ({ file, schema: document, id }) => {
  const defs = document.$defs as Record<string, SchemaNode>;

  it('is a valid draft 2020-12 schema (ajv meta-schema validation, strict mode)', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(document), JSON.stringify(ajv.errors)).toBe(true);
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('compiles in strict mode without a single warning, from the one factory', () => {
    const warnings: unknown[] = [];
    const logger = { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) };
    const ajv = createAjv({ logger });
    expect(ajv.getSchema(id)).toBeTypeOf('function');
    expect(warnings).toEqual([]);
  });

  it('has the versioned id the package exports', () => {
    expect(document.$id).toBe(id);
    expect(id).toMatch(/^urn:natolex:schema:lexicon:\d+$/);
  });

  it('is the same object as the published file', () => {
    expect(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'))).toEqual(document);
  });

  it('describes every property (editors show the descriptions), directly or through its $ref', () => {
    const properties = allProperties(document, '#');
    expect(properties.length).toBeGreaterThan(60);
    const undocumented = properties.filter((p) => typeof descriptionOf(p.schema, defs) !== 'string' || String(descriptionOf(p.schema, defs)).length < 3);
    expect(undocumented.map((p) => p.path)).toEqual([]);
  });

  it('gives every definition a title and a description', () => {
    for (const [name, def] of Object.entries(defs)) {
      expect(def.title, name).toBe(name);
      expect(typeof def.description, name).toBe('string');
    }
  });
});

describe('schema 2', () => {
  const defs = schema.$defs as Record<string, SchemaNode>;
  const defsV1 = schemaV1.$defs as Record<string, SchemaNode>;

  it('reuses the schema 1 definitions that stay, with the same constraints', () => {
    const constraints = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'description' ? undefined : value)));
    for (const name of ['Id', 'Form', 'Status', 'Provenance', 'Source', 'CslName', 'CslDate', 'Topic', 'Section', 'Snippet']) {
      expect(constraints(defs[name]), name).toEqual(constraints(defsV1[name]));
    }
  });

  it('describes every property itself, not only through the definition it refers to', () => {
    const bare = allProperties(schema, '#').filter((p) => typeof p.schema.description !== 'string');
    expect(bare.map((p) => p.path)).toEqual([]);
  });

  it('accepts every event date precision and intervals, and nothing else', () => {
    const validate = createAjv().getSchema(`${SCHEMA_ID}#/$defs/EventDate`);
    for (const date of ['2004', '2003-04', '2008-09-03', '2004/2011', '2004-06/2011-12-31', '1999/2000-01']) expect(validate?.(date), date).toBe(true);
    for (const date of ['04', '2004-4', '2004/', '/2004', '2004/2011/2012', '2004 / 2011', '2004-2011', '20040', 'in 1994', '']) expect(validate?.(date), date).toBe(false);
  });

  it('accepts BCP 47 tags in the documented simple form', () => {
    const validate = createAjv().getSchema(`${SCHEMA_ID}#/$defs/LanguageTag`);
    for (const tag of ['en', 'fr', 'en-GB', 'sr-Latn', 'es-419', 'en-x-nato', 'zh-Hant-TW', 'ukr']) expect(validate?.(tag), tag).toBe(true);
    for (const tag of ['english', 'en_GB', 'EN GB', 'e', 'en-', '-en', 'en--GB', 'en-abcdefghi', '']) expect(validate?.(tag), tag).toBe(false);
  });
});

describe('SCHEMA.md', () => {
  const guide = readFileSync(new URL('../SCHEMA.md', import.meta.url), 'utf8');
  const blocks = [...guide.matchAll(/(?:<!-- validate: (\w+) -->\n)?```json\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1], json: m[2] ?? '' }));
  const defs = schema.$defs as Record<string, SchemaNode>;

  it('has a minimal example that validates', () => {
    const examples = blocks.filter((block) => block.kind === 'Lexicon');
    expect(examples).toHaveLength(1);
    expect(validateLexiconText(examples[0]?.json ?? '', 'SCHEMA.md').errors).toEqual([]);
  });

  it('marks every JSON example with what it is, and each one validates as that', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    const ajv = createAjv();
    for (const block of blocks) {
      expect(block.kind, block.json.slice(0, 60)).toBeDefined();
      const kind = block.kind ?? '';
      const id = kind === 'LexiconV1' ? SCHEMA_ID_V1 : kind === 'Lexicon' || kind === 'Upgraded' ? SCHEMA_ID : `${SCHEMA_ID}#/$defs/${kind}`;
      const validate = ajv.getSchema(id);
      expect(validate, kind).toBeDefined();
      expect(validate?.(JSON.parse(block.json)), `${kind}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
  });

  it('shows upgradeLexicon of its schema 1 example exactly', () => {
    const v1 = JSON.parse(blocks.find((block) => block.kind === 'LexiconV1')?.json ?? 'null') as LexiconV1;
    expect(validateLexiconV1(v1).errors).toEqual([]);
    expect(upgradeLexicon(v1)).toEqual(JSON.parse(blocks.find((block) => block.kind === 'Upgraded')?.json ?? 'null'));
  });

  it('documents every definition, every property and every status, term type and relation type of schema 2', () => {
    const enumOf = (node: SchemaNode | undefined) => (node?.enum as string[] | undefined) ?? [];
    const relationType = (defs.Relation?.properties as Record<string, SchemaNode> | undefined)?.type;
    const missing = [
      ...Object.keys(defs).filter((name) => !guide.includes(name)),
      ...allProperties(schema, '#')
        .map((p) => p.path.split('/').pop() ?? '')
        .filter((name, i, names) => names.indexOf(name) === i && !guide.includes(`\`${name}\``)),
      ...[...enumOf(defs.Status), ...enumOf(defs.TermType), ...enumOf(relationType), ...enumOf(defs.SubjectField)].filter((value) => !guide.includes(`\`${value}\``)),
    ];
    expect(missing).toEqual([]);
  });

  it('has a row in the mapping table for every member of a schema 1 entry', () => {
    const table = guide.slice(guide.indexOf('| Schema 1 | Schema 2 |'), guide.indexOf('**Ids in references.**'));
    for (const member of ['term', 'aliases', 'form', 'variants', 'expansion', 'definition', 'related', 'preferred', 'notes', 'topics', 'usedIn', 'category', 'status', 'definedInSource', 'provenance']) {
      expect(table, member).toContain(member);
    }
  });
});
