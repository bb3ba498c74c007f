// @natolex/schema: the lexicon JSON Schema, its generated types and the validator. No Node-only imports here: this
// module runs in browsers and web workers (vscode.dev) too.
import lexiconSchema from '../lexicon.schema.json' with { type: 'json' };

export type {
  Acronym,
  CslDate,
  CslName,
  EntryCommon,
  Event,
  Form,
  Id,
  Lexicon,
  Provenance,
  Section,
  Snippet,
  Source,
  Status,
  Term,
  Topic,
  Variant,
} from './types.generated.js';
export { createAjv, type Ajv, type AjvOptions } from './ajv.js';
export {
  ISSUE_LIMIT,
  SCHEMA_ID,
  formatIssue,
  formatOmitted,
  isSchemaKeyword,
  locatePointer,
  parseLexiconText,
  placeIssues,
  validateLexicon,
  validateLexiconText,
  type UnplacedIssue,
  type ValidationIssue,
  type ValidationResult,
} from './validate.js';
export { decodeJsonBytes, type DecodedText } from './encoding.js';
export { escapeUnprintable, shorten } from './json-text.js';
// The JSON text scanner, for other natolex packages that report positions in their own JSON files (the CLI's config).
export { findSyntaxError, scanJsonText, stripByteOrderMark, type DuplicateKey, type Located, type Span, type SyntaxIssue } from './json-text.js';

/** The shape of a JSON Schema document, as far as this package promises it. */
export interface JsonSchemaDocument {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  [keyword: string]: unknown;
}

/** The lexicon JSON Schema (draft 2020-12), the same object as `@natolex/schema/lexicon.schema.json`. */
const schema: JsonSchemaDocument = lexiconSchema;
export { schema };
