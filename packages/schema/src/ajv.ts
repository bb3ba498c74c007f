// The one ajv factory of natolex: every validator (the lexicon validator here, any in other packages) is built on it
// so that strictness, error collection and formats are the same everywhere.
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import lexiconSchemaV1 from '../lexicon-1.schema.json' with { type: 'json' };
import lexiconSchema from '../lexicon.schema.json' with { type: 'json' };
import { inlineLocalRefs } from './inline-refs.js';
// ajv and ajv-formats are required on the first createAjv, not on import: every natolex command imports this package
// (through @natolex/data), and their CommonJS trees (two copies of ajv) cost ~100 ms of a CLI run. See load-ajv.cjs.
import { loadAjv } from './load-ajv.cjs';

// What ajv compiles: the same schemas with their local $refs inlined, so validation stays linear (see
// inline-refs.ts). Made on first use, not on import (the editor extension's activation time counts every import).
let compiledSchemas: object[] | undefined;

export type { Options as AjvOptions };
export type Ajv = Ajv2020;

/**
 * A draft 2020-12 ajv instance in strict mode that collects all errors, knows the standard formats (ajv-formats) and
 * has both lexicon schemas registered under their `$id`s (schema 2, and schema 1 for documents still in the old
 * shape), so other schemas can `$ref` their definitions (e.g. `urn:natolex:schema:lexicon:2#/$defs/Concept`). The
 * registered copies have their local `$ref`s inlined (same meaning; validation time linear in the document, see
 * inline-refs.ts). `options` are merged over these defaults.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const { Ajv2020: Ajv, addFormats } = loadAjv();
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, ...options });
  addFormats(ajv);
  compiledSchemas ??= [inlineLocalRefs(lexiconSchema), inlineLocalRefs(lexiconSchemaV1)];
  for (const schema of compiledSchemas) ajv.addSchema(schema);
  return ajv;
}
