// The shipped dist/lexicon.json checked against schema 2 by a validator compiled here from the published schema file
// itself, not through validateLexicon (whose $ref inlining and error placement the build relies on): if either
// drifted, the two would disagree.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, createAjv } from '@natolex/schema';

const distLexicon = fileURLToPath(new URL('../dist/lexicon.json', import.meta.url));
const schemaFile = createRequire(import.meta.url).resolve('@natolex/schema/lexicon.schema.json');

describe.skipIf(!existsSync(distLexicon))('dist/lexicon.json against lexicon.schema.json (independent validation)', () => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  // Compiled without its $id: the schema package's factory registers the schema under that id already.
  const { $id: _id, ...anonymous } = schema;
  const validate = createAjv().compile(anonymous);
  const lexicon = JSON.parse(readFileSync(distLexicon, 'utf8'));

  it('is a schema 2 document and valid', () => {
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(lexicon.$schema).toBe(SCHEMA_ID);
    const valid = validate(lexicon);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the same validator rejects a broken copy (so the check above can fail)', () => {
    const broken = structuredClone(lexicon);
    broken.concepts[0].terms[0].type = 'nickname';
    expect(validate(broken)).toBe(false);
  });
});
