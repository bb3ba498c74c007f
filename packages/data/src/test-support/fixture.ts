// The fixture document (excerpts of the seed text, plus one dated source with BibTeX specials) as typed values: the
// schema 1 file as written, and the same document in schema 2 (fixture-v2.lexicon.json, made with upgradeLexicon).
import fixtureV1 from '../test-fixtures/fixture.lexicon.json' with { type: 'json' };
import fixture from '../test-fixtures/fixture-v2.lexicon.json' with { type: 'json' };
import type { LexiconDocument, LexiconV1 } from '../api.js';

export const fixtureDocument = fixture as LexiconDocument;
export const fixtureDocumentV1 = fixtureV1 as LexiconV1;
