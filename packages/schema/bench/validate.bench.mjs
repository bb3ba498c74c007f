// Validator benchmark: time of validateLexicon / validateLexiconText relative to JSON.parse of the same text (the
// baseline, measured in the same run), for schema 2 lexicon documents of growing size (built as schema 1 and
// upgraded, so the same documents as before the concept model). Run after the build:
//   npm run bench -w @natolex/schema
import { upgradeLexicon, validateLexicon, validateLexiconText } from '../dist/index.js';

/** A schema-valid document of about `targetBytes`, built deterministically (same input every run). */
function makeDocument(targetBytes) {
  const acronyms = [];
  const snippets = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const acronym = {
      id: `acronym.a${i}`,
      form: `A${i}`,
      expansion: `Example Expansion Number ${i}`,
      definedInSource: i % 2 === 0,
      related: [`acronym.a${i + 1}`],
      provenance: [{ source: 'source.bench', snippet: `snippet.bench.p${i}`, quote: `Example Expansion Number ${i} (A${i})` }],
    };
    const snippet = { id: `snippet.bench.p${i}`, topic: 'topic.bench', section: 'section.bench.lead', role: 'paragraph', text: `Paragraph ${i} mentions the Example Expansion Number ${i} (A${i}) once. `.repeat(3) };
    acronyms.push(acronym);
    snippets.push(snippet);
    bytes += JSON.stringify(acronym).length + JSON.stringify(snippet).length;
  }
  return upgradeLexicon({ name: 'Benchmark', sources: [{ id: 'source.bench', type: 'document', title: 'Benchmark' }], snippets, acronyms });
}

/** Median milliseconds of `fn` over `runs` runs, after one warm-up run. */
function median(fn, runs) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
for (const [label, size, runs] of [['100 KB', 100_000, 21], ['1 MB', 1_000_000, 11], ['10 MB', 10_000_000, 5]]) {
  const document = makeDocument(size);
  const text = JSON.stringify(document, null, 2);
  const broken = text.replaceAll('"definedInSource": true', '"definedInSource": "yes"');
  if (!validateLexiconText(text).valid) throw new Error('benchmark document must be valid');
  const baseline = median(() => JSON.parse(text), runs);
  const ratio = (fn) => median(fn, runs) / baseline;
  rows.push({
    size: label,
    'text bytes': text.length,
    'JSON.parse ms (baseline)': baseline.toFixed(2),
    'validateLexicon(value) ×': ratio(() => validateLexicon(document)).toFixed(2),
    'validateLexiconText(valid) ×': ratio(() => validateLexiconText(text)).toFixed(2),
    'validateLexiconText(errors) ×': ratio(() => validateLexiconText(broken)).toFixed(2),
    'problems found (listed + omitted)': ((result) => `${result.errors.length} + ${result.omitted}`)(validateLexiconText(broken)),
  });
}
console.log('Validator time as a multiple of JSON.parse on the same text (median of runs, same process):');
console.table(rows);

/**
 * Hostile shapes by number of concepts: every concept invalid (ajv used to copy all errors so far after each entry),
 * one concept with a topic list of all the others' ids (uniqueItems used to compare every pair), every concept with
 * an unknown property (one "did you mean" per listed problem only). Time per MB must stay flat as the count grows
 * 100-fold.
 */
const concept = (i, fields = {}, term = {}) => ({
  id: `concept.a${i}`,
  subjectField: 'concept',
  terms: [{ text: `A${i}`, type: 'acronym', status: 'preferred', ...term }, { text: `Example ${i}`, type: 'fullForm', status: 'preferred' }],
  ...fields,
});
const shapes = {
  'every entry invalid': (n) => ({ concepts: Array.from({ length: n }, (_, i) => concept(i, {}, { definedInSource: 'yes' })) }),
  'id list of all others': (n) => ({
    concepts: Array.from({ length: n }, (_, i) => concept(i, i === 0 ? { topics: Array.from({ length: n - 1 }, (_, j) => `topic.a${j + 1}`) } : {})),
  }),
  'unknown property each': (n) => ({ concepts: Array.from({ length: n }, (_, i) => concept(i, { defintions: [] })) }),
};
const scaling = [];
for (const [shape, make] of Object.entries(shapes)) {
  const row = { shape };
  for (const count of [1_000, 10_000, 100_000]) {
    const text = JSON.stringify(make(count), null, 2);
    const ms = median(() => validateLexiconText(text), count === 100_000 ? 3 : 7);
    row[`${count / 1000}k entries ms/MB`] = (ms / (text.length / 1_000_000)).toFixed(0);
  }
  scaling.push(row);
}
console.log('validateLexiconText time per MB of text by number of entries (median of runs; flat = linear):');
console.table(scaling);
