// The one ajv factory of natolex: every validator (the lexicon validator here, any in other packages) is built on it
// so that strictness, error collection and formats are the same everywhere.
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsImport, { type FormatsPlugin } from 'ajv-formats';
import lexiconSchema from '../lexicon.schema.json' with { type: 'json' };
import { inlineLocalRefs } from './inline-refs.js';

// What ajv compiles: the same schema with its local $refs inlined, so validation stays linear (see inline-refs.ts).
// Made on first use, not on import (the editor extension's activation time counts every import).
let compiledLexiconSchema: typeof lexiconSchema | undefined;

// ajv-formats is CommonJS with `exports.default`: Node's ESM loader hands us module.exports, bundlers the default.
const addFormats: FormatsPlugin =
  (addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? (addFormatsImport as unknown as FormatsPlugin);

export type { Options as AjvOptions };
export type Ajv = Ajv2020;

/**
 * A draft 2020-12 ajv instance in strict mode that collects all errors, knows the standard formats (ajv-formats) and
 * has the lexicon schema registered under its `$id`, so other schemas can `$ref` its definitions
 * (e.g. `urn:natolex:schema:lexicon:1#/$defs/Acronym`). The registered copy has its local `$ref`s inlined (same
 * meaning; validation time linear in the document, see inline-refs.ts). `options` are merged over these defaults.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, ...options });
  addFormats(ajv);
  compiledLexiconSchema ??= inlineLocalRefs(lexiconSchema);
  ajv.addSchema(compiledLexiconSchema);
  return ajv;
}
