// Which schema a document is written for. Kept apart from validation: a document's version decides which schema
// checks it and whether upgradeLexicon runs, before anything is validated.
import { SCHEMA_ID_V1 } from './ids.js';

/**
 * Whether a document is a schema 1 document: its `$schema` is the schema 1 id, or it has no `$schema` and has
 * `acronyms` or `terms` but no `concepts`. Anything else (including a document with no entries at all) is read as
 * schema 2. Never throws: a value whose members cannot be read is not schema 1.
 */
export function isLexiconV1(value: unknown): boolean {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const document = value as Record<string, unknown>;
    if (Object.hasOwn(document, '$schema')) return document.$schema === SCHEMA_ID_V1;
    return (Object.hasOwn(document, 'acronyms') || Object.hasOwn(document, 'terms')) && !Object.hasOwn(document, 'concepts');
  } catch {
    return false;
  }
}
