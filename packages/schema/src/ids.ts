// The schema ids, in a module of their own so that every other module can import them without a cycle.

/** The `$id` of schema 2 (concepts), the current schema. */
export const SCHEMA_ID = 'urn:natolex:schema:lexicon:2';

/** The `$id` of schema 1 (acronyms and terms), still validated and upgraded (see upgradeLexicon). */
export const SCHEMA_ID_V1 = 'urn:natolex:schema:lexicon:1';
