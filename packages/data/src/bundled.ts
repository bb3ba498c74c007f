// The bundled corpus. dist/lexicon.json is written (and validated against the schema) by scripts/build-lexicon.mjs
// before tsup runs; tsup inlines it into the bundles, so it is not validated again at import time.
import corpus from '../dist/lexicon.json' with { type: 'json' };
import type { LexiconDocument } from './api.js';

export const bundledDocument: LexiconDocument = corpus as unknown as LexiconDocument;
