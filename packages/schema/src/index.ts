// @natolex/schema: the lexicon JSON Schema, its generated types and the validator. No Node-only imports here: this
// module runs in browsers and web workers (vscode.dev) too.
import lexiconSchemaV1 from '../lexicon-1.schema.json' with { type: 'json' };
import lexiconSchema from '../lexicon.schema.json' with { type: 'json' };

export type {
  Concept,
  ConceptTerm,
  Context,
  CslDate,
  CslName,
  Definition,
  Event,
  EventDate,
  Form,
  Id,
  LanguageTag,
  Lexicon,
  Provenance,
  Relation,
  Section,
  Snippet,
  Source,
  Status,
  SubjectField,
  TermType,
  Topic,
} from './types.generated.js';
// Schema 1, for documents still in the old shape (upgradeLexicon turns them into schema 2).
export type { AcronymV1, EntryCommonV1, EventV1, LexiconV1, TermV1, VariantV1 } from './types-v1.generated.js';
export { createAjv, type Ajv, type AjvOptions } from './ajv.js';
export {
  ISSUE_LIMIT,
  SCHEMA_ID,
  SCHEMA_ID_V1,
  formatIssue,
  formatOmitted,
  isSchemaKeyword,
  locatePointer,
  parseLexiconText,
  placeIssues,
  validateLexicon,
  validateAnyLexiconText,
  validateLexiconText,
  validateLexiconTextV1,
  validateLexiconV1,
  type SchemaVersion,
  type UnplacedIssue,
  type ValidationIssue,
  type ValidationResult,
} from './validate.js';
export { isLexiconV1 } from './version.js';
export { upgradeLexicon, type UpgradeNotice, type UpgradeOptions } from './upgrade.js';
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

/** The lexicon JSON Schema 2 (draft 2020-12), the same object as `@natolex/schema/lexicon.schema.json`. */
const schema: JsonSchemaDocument = lexiconSchema;
/** The lexicon JSON Schema 1, the same object as `@natolex/schema/lexicon-1.schema.json`. */
const schemaV1: JsonSchemaDocument = lexiconSchemaV1;
export { schema, schemaV1 };
