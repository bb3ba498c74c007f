// Child process of bench/run.mjs (run with --expose-gc): builds one synthetic lexicon and reports the time and the
// heap that createLexicon takes, in a fresh heap so that nothing else is counted.
import { upgradeLexicon, validateLexicon } from '@natolex/schema';
import { createLexicon } from '../dist/index.js';
import { loadProse, syntheticLexicon } from './synthetic.mjs';

const [size, seed] = process.argv.slice(2).map(Number);
// The synthetic lexicon is written in the schema 1 shape (acronyms and terms); it is upgraded to concepts first, so
// that the time below is the index's, not the upgrade's.
const document = upgradeLexicon(syntheticLexicon(size, seed, loadProse()));
validateLexicon({}); // compile the validator first: a one-time cost, not part of building an index

globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const lexicon = createLexicon([document], { bundled: false });
const createMs = performance.now() - started;
globalThis.gc();
const heapAfter = process.memoryUsage().heapUsed;

const validationStarted = performance.now();
validateLexicon(document);
const validateMs = performance.now() - validationStarted;

const searchStarted = performance.now();
lexicon.search('zzz');
const searchIndexMs = performance.now() - searchStarted;

process.stdout.write(
  JSON.stringify({
    entries: lexicon.concepts.length,
    createMs,
    validateMs,
    heapMB: (heapAfter - heapBefore) / 1e6,
    searchIndexMs,
  }),
);
