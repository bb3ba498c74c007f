import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, createAjv, schema } from './index.js';
import { inlineLocalRefs } from './inline-refs.js';

describe('inlineLocalRefs', () => {
  const defs = {
    Id: { title: 'Id', type: 'string', pattern: '^[a-z]+$' },
    Pair: { type: 'object', properties: { a: { $ref: '#/$defs/Id' } } },
    Loop: { type: 'array', items: { $ref: '#/$defs/Loop' } },
  };

  it('replaces a $ref with the definition, merging annotation siblings over it', () => {
    const inlined = inlineLocalRefs({ $defs: defs, properties: { id: { $ref: '#/$defs/Id', description: 'The id.' } } });
    expect(inlined.properties.id).toEqual({ title: 'Id', type: 'string', pattern: '^[a-z]+$', description: 'The id.' });
  });

  it('inlines nested definitions and keeps other siblings beside the definition under allOf', () => {
    const inlined = inlineLocalRefs({ $defs: defs, properties: { p: { $ref: '#/$defs/Pair', required: ['a'] } } });
    expect(inlined.properties.p).toEqual({ required: ['a'], allOf: [{ type: 'object', properties: { a: defs.Id } }] });
  });

  it('leaves a recursive $ref as it is, and does not change its input', () => {
    const input = { $defs: defs, items: { $ref: '#/$defs/Loop' } };
    const before = structuredClone(input);
    const inlined = inlineLocalRefs(input);
    expect(inlined.items).toEqual({ type: 'array', items: { $ref: '#/$defs/Loop' } });
    expect(input).toEqual(before);
  });

  it('leaves no $ref in the lexicon schema, so ajv compiles it into one function', () => {
    expect(JSON.stringify(inlineLocalRefs(schema))).not.toContain('$ref');
    const validate = createAjv({ code: { source: true } }).getSchema(SCHEMA_ID);
    // A non-inlined $ref shows up as a call that concatenates the callee's errors onto all errors so far.
    expect(validate?.source?.validateCode).not.toContain('.concat(');
  });
});
