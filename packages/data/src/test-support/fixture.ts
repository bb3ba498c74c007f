// The fixture document (excerpts of the seed text, plus one dated source with BibTeX specials) as a typed value.
import fixture from '../test-fixtures/fixture.lexicon.json' with { type: 'json' };
import type { LexiconDocument } from '../api.js';

export const fixtureDocument = fixture as LexiconDocument;
