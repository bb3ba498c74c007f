// Validator benchmark: time of validateLexicon / validateLexiconText relative to JSON.parse of the same text (the
// baseline, measured in the same run), for lexicon documents of growing size. Run after the build:
//   npm run bench -w @natolex/schema
import { validateLexicon, validateLexiconText } from '../dist/index.js';

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
  return { $schema: 'urn:natolex:schema:lexicon:1', name: 'Benchmark', sources: [{ id: 'source.bench', type: 'document', title: 'Benchmark' }], snippets, acronyms };
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
    'errors reported': validateLexiconText(broken).errors.length,
  });
}
console.log('Validator time as a multiple of JSON.parse on the same text (median of runs, same process):');
console.table(rows);
