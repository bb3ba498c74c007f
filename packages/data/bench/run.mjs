// natolex matching benchmark: `npm run bench -w @natolex/data` (after `npm run build`). Runs on the built dist.
// Deterministic inputs from one seed number (--seed N, default 1); prints a table, each target met or missed, and
// writes bench/results.json (or --out FILE; bench/ranges.mjs turns several such files into the README's table).
// Speed is measured here, in one process against baselines in the same run, never in timed unit tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { upgradeLexicon } from '@natolex/schema';
import { createLexicon, lexicon as bundled, matchAt } from '../dist/index.js';
import { cleverBaseline, naiveBaseline } from './baselines.mjs';
import { pathologicalLexicon, pathologicalText } from './pathological.mjs';
import { log, median, percentile, round, time } from './stats.mjs';
import { entryForms, formsOf, loadProse, random, seedText, syntheticDraft, syntheticLexicon } from './synthetic.mjs';

const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const SEED = Number(argument('--seed') ?? 1);
const OUT = argument('--out') === undefined ? fileURLToPath(new URL('results.json', import.meta.url)) : path.resolve(argument('--out'));
const DRAFT_BYTES = 1_000_000;
const MB = 1e6;
const packageDir = new URL('..', import.meta.url);
const started = performance.now();

const bytesOf = (text) => Buffer.byteLength(text, 'utf8');
/**
 * A flat, sequential copy of a string, as an editor's getText() returns: slices and joins can leave V8 sliced strings
 * or ropes, and Buffer#toString makes large strings "external", which are all slower to read.
 */
const flat = (text) => JSON.parse(JSON.stringify(text));

/** Engine vs naive vs clever on one lexicon and one draft. */
function compareScan(label, document, lexicon, draft, { naiveRuns = 1 } = {}) {
  const bytes = bytesOf(draft);
  const forms = entryForms(document);
  if (forms.length === 0) throw new Error(`bench: ${label} has no forms (a baseline of no forms matches everywhere)`);
  log(`${label}: engine…`);
  const engineMs = time(() => lexicon.scan(draft), 30, 5);
  log(`${label}: clever baseline (one alternation)…`);
  const clever = cleverBaseline(forms);
  const cleverMs = time(() => clever(draft), 5, 1);
  log(`${label}: naive baseline (one RegExp per entry)…`);
  const naive = naiveBaseline(forms);
  const naiveMs = time(() => naive(draft), naiveRuns, 0);
  return {
    entries: document.concepts?.length ?? (document.acronyms?.length ?? 0) + (document.terms?.length ?? 0),
    draft_bytes: bytes,
    matches: lexicon.scan(draft).length,
    engineMedian_ms: round(engineMs),
    engine_MB_per_s: round(bytes / MB / (engineMs / 1000), 1),
    cleverMedian_ms: round(cleverMs),
    naive_ms: round(naiveMs),
    naiveRuns,
    ratioVsNaive: round(naiveMs / engineMs, 0),
    ratioVsClever: round(cleverMs / engineMs, 1),
  };
}

const prose = loadProse();
const results = {
  command: 'npm run bench -w @natolex/data',
  seed: SEED,
  environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverageAtStart: loadavg().map((load) => round(load)) },
};

// 1. Scan: 10k entries, 1 MB Markdown draft.
const lexicon10kDocument = syntheticLexicon(10_000, SEED, prose);
const draft = flat(syntheticDraft(lexicon10kDocument, DRAFT_BYTES, SEED + 1, prose));
const lexicon10k = createLexicon([lexicon10kDocument], { bundled: false });
results.scan10k = compareScan('10k entries', lexicon10kDocument, lexicon10k, draft);

// 1b. The Markdown pass next to the scan: the language service's check with first-use only, the draft read as
// Markdown (parser + prose model + block-by-block scan) and as plain text (one scan); the difference is the pass.
{
  let service;
  try {
    service = await import('@natolex/language-service');
  } catch {
    log('markdown pass: @natolex/language-service is not built, skipped');
  }
  if (service) {
    const only = Object.fromEntries(service.RULE_IDS.map((id) => [id, id === 'first-use' ? 'error' : 'off']));
    log('markdown pass…');
    const asMarkdown = time(() => service.checkText(lexicon10k, draft, { markdown: true, severities: only }), 5, 1);
    const asText = time(() => service.checkText(lexicon10k, draft, { markdown: false, severities: only }), 5, 1);
    results.markdownPass = { draft_bytes: bytesOf(draft), checkMarkdown_ms: round(asMarkdown), checkPlainText_ms: round(asText), markdownPass_ms: round(asMarkdown - asText), markdown_MB_per_s: round(bytesOf(draft) / MB / (Math.max(0.001, asMarkdown - asText) / 1000), 1) };
  }
}

// 2. The real corpus on a draft made of the seed's own text, repeated to 1 MB.
const seed = seedText();
const realDraft = flat(Array.from({ length: Math.ceil(DRAFT_BYTES / bytesOf(seed)) }, () => seed).join('\n\n'));
results.realCorpus = compareScan('real corpus', bundled.documents[0], bundled, realDraft, { naiveRuns: 3 });

// 3. Incremental re-scan after a one-line edit in the 1 MB draft (the extension does this on every keystroke).
{
  log('rescan…');
  const next = random(SEED + 2);
  let state = lexicon10k.scanState(draft);
  const times = [];
  for (let edit = 0; edit < 600; edit++) {
    const at = Math.floor(next() * state.text.length);
    const change = next() < 0.5 ? { start: at, end: at, text: next() < 0.5 ? 'x' : ' NATO ' } : { start: at, end: Math.min(state.text.length, at + 1), text: '' };
    const start = performance.now();
    state = lexicon10k.rescan(state, change);
    if (edit >= 100) times.push(performance.now() - start);
  }
  const fresh = lexicon10k.scan(state.text);
  if (fresh.length !== state.matches.length || fresh.some((match, index) => match.start !== state.matches[index].start || match.id !== state.matches[index].id)) {
    throw new Error('bench: rescan disagrees with a full scan');
  }
  results.rescanOneLineEdit = { draft_bytes: bytesOf(draft), edits: times.length, median_ms: round(median(times), 3), p99_ms: round(percentile(times, 99), 3) };
}

// 4. Lookup and hover-at-offset (matchAt) latency, per call.
{
  log('lookup / matchAt…');
  const next = random(SEED + 3);
  const forms = formsOf(lexicon10kDocument);
  const queries = Array.from({ length: 100_000 }, () => (next() < 0.5 ? forms[Math.floor(next() * forms.length)] : prose[Math.floor(next() * prose.length)]));
  const perCall = (fn, inputs) => {
    const times = new Float64Array(inputs.length);
    for (let index = 0; index < inputs.length; index++) {
      const start = process.hrtime.bigint();
      fn(inputs[index]);
      times[index] = Number(process.hrtime.bigint() - start) / 1e6;
    }
    return { calls: inputs.length, median_ms: round(median(times), 5), p99_ms: round(percentile(times, 99), 5) };
  };
  for (const query of queries.slice(0, 5000)) lexicon10k.lookup(query);
  results.lookup = perCall((query) => lexicon10k.lookup(query), queries);
  const matches = lexicon10k.scan(draft);
  const offsets = Array.from({ length: 100_000 }, () => Math.floor(next() * draft.length));
  results.matchAt = { ...perCall((offset) => matchAt(matches, offset), offsets), matches: matches.length };
}

// 5. Chunked scan of a 50 MB text in line-aligned ~500 KB ranges (how the extension keeps each slice short).
{
  log('50 MB chunked scan…');
  const huge = flat(Array.from({ length: 50 }, () => draft).join('\n'));
  const chunk = 500_000;
  const times = [];
  let matches = 0;
  const start = performance.now();
  for (let from = 0; from < huge.length; ) {
    const lineEnd = huge.indexOf('\n', Math.min(huge.length - 1, from + chunk));
    const to = lineEnd === -1 ? huge.length : lineEnd;
    const sliceStart = performance.now();
    matches += lexicon10k.scan(huge, { start: from, end: to }).length;
    times.push(performance.now() - sliceStart);
    from = to + 1;
  }
  const totalMs = performance.now() - start;
  results.chunkedScan50MB = { text_bytes: bytesOf(huge), chunk_chars: chunk, chunks: times.length, maxChunk_ms: round(Math.max(...times)), total_ms: round(totalMs), matches };
}

// 6. Scan: 100k entries (engine and clever; the naive baseline would take about a minute: it is left out). Run
// after the latency measures, so that the large heap it needs does not add garbage-collection pauses to them.
{
const lexicon100kDocument = syntheticLexicon(100_000, SEED, prose);
const lexicon100k = createLexicon([lexicon100kDocument], { bundled: false });
const draft100k = flat(syntheticDraft(lexicon100kDocument, DRAFT_BYTES, SEED + 1, prose));
log('100k entries: engine…');
const engine100kMs = time(() => lexicon100k.scan(draft100k), 10, 2);
log('100k entries: clever baseline…');
const clever100k = cleverBaseline(entryForms(lexicon100kDocument));
const clever100kMs = time(() => clever100k(draft100k), 3, 1);
results.scan100k = {
  entries: 100_000,
  draft_bytes: bytesOf(draft100k),
  matches: lexicon100k.scan(draft100k).length,
  engineMedian_ms: round(engine100kMs),
  engine_MB_per_s: round(bytesOf(draft100k) / MB / (engine100kMs / 1000), 1),
  cleverMedian_ms: round(clever100kMs),
  ratioVsClever: round(clever100kMs / engine100kMs, 1),
};
}

// 6b. Linear whatever the forms: the pathological lexicon on the same text at 1x and 4x.
{
  log('pathological forms…');
  const lexicon = createLexicon([pathologicalLexicon()], { bundled: false });
  const small = flat(pathologicalText(DRAFT_BYTES));
  const large = flat(pathologicalText(4 * DRAFT_BYTES));
  const smallMs = time(() => lexicon.scan(small), 5, 1);
  const largeMs = time(() => lexicon.scan(large), 5, 1);
  results.pathological = {
    forms: 200 + 4096,
    text_bytes: [bytesOf(small), bytesOf(large)],
    matches: [lexicon.scan(small).length, lexicon.scan(large).length],
    scan_ms: [round(smallMs), round(largeMs)],
    MB_per_s: [round(bytesOf(small) / MB / (smallMs / 1000), 1), round(bytesOf(large) / MB / (largeMs / 1000), 1)],
    costRatio4x: round(largeMs / smallMs),
  };
}

// 7. Index build time and heap, each size in a fresh child process (node --expose-gc).
for (const size of [10_000, 100_000]) {
  log(`index build ${size}…`);
  const runs = Array.from({ length: 3 }, () =>
    JSON.parse(execFileSync(process.execPath, ['--expose-gc', new URL('build-child.mjs', import.meta.url).pathname, String(size), String(SEED)], { encoding: 'utf8' })),
  );
  results[`indexBuild${size / 1000}k`] = {
    entries: size,
    createLexicon_ms: round(median(runs.map((run) => run.createMs)), 1),
    ofWhichSchemaValidation_ms: round(median(runs.map((run) => run.validateMs)), 1),
    heap_MB: round(median(runs.map((run) => run.heapMB)), 1),
    searchIndexFirstQuery_ms: round(median(runs.map((run) => run.searchIndexMs)), 1),
  };
}

// 8. Cold import of @natolex/data (a fresh node process each time; time from before the import to after it).
{
  log('cold import…');
  const measureImport = (code, type) =>
    median(
      Array.from({ length: 7 }, () =>
        Number(execFileSync(process.execPath, [...(type === 'module' ? ['--input-type=module'] : []), '-e', code], { cwd: packageDir, encoding: 'utf8' })),
      ),
    );
  results.coldImport = {
    esm_ms: round(measureImport("const t = performance.now(); await import('@natolex/data'); process.stdout.write(String(performance.now() - t));", 'module'), 1),
    cjs_ms: round(measureImport("const t = performance.now(); require('@natolex/data'); process.stdout.write(String(performance.now() - t));", 'commonjs'), 1),
  };
}

// 9. Whole processes. A pre-commit `natolex check` of a small draft with the bundled corpus, against bare node.
const medianOfRuns = (runs, command, args, options = {}) =>
  median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      const run = spawnSync(command, args, { maxBuffer: 1 << 30, ...options });
      if (run.error) throw run.error;
      return performance.now() - start;
    }),
  );
{
  const cli = fileURLToPath(new URL('../../cli/dist/cli.js', import.meta.url));
  if (existsSync(cli)) {
    log('natolex check, small draft…');
    const folder = mkdtempSync(path.join(tmpdir(), 'natolex-bench-'));
    writeFileSync(path.join(folder, 'note.md'), '# Note\n\nThe North Atlantic Treaty Organization (NATO) works with the UN.\n');
    const checkMs = medianOfRuns(9, process.execPath, [cli, 'check', 'note.md'], { cwd: folder });
    const nodeMs = medianOfRuns(9, process.execPath, ['-e', '0'], { cwd: folder });
    rmSync(folder, { recursive: true, force: true });
    results.checkSmallDraft = { natolexCheck_ms: round(checkMs, 1), bareNode_ms: round(nodeMs, 1), overBareNode_ms: round(checkMs - nodeMs, 1) };
  } else log('natolex check: packages/cli is not built, skipped');
}

// 10. A 10 MB draft and a 10k-entry glossary, whole process, against GNU grep on the same term list (grep prints each
// match, natolex too; both write to a pipe: grep stops at the first match when its output is /dev/null).
{
  log('10 MB draft vs grep -F -w -o -f…');
  const folder = mkdtempSync(path.join(tmpdir(), 'natolex-bench-'));
  const glossary = path.join(folder, 'glossary.json');
  const terms = path.join(folder, 'terms.txt');
  const big = path.join(folder, 'draft.md');
  // Written as schema 2, the format glossaries are in today (a schema 1 one is upgraded on every load, after `natolex migrate` it is not).
  writeFileSync(glossary, JSON.stringify(upgradeLexicon(lexicon10kDocument)));
  writeFileSync(terms, `${formsOf(lexicon10kDocument).join('\n')}\n`);
  writeFileSync(big, syntheticDraft(lexicon10kDocument, 10 * DRAFT_BYTES, SEED + 4, prose));
  const grepArgs = ['-F', '-w', '-o', '-f', terms, big];
  const grep = spawnSync('grep', grepArgs, { maxBuffer: 1 << 30, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  if (grep.error === undefined) {
    const natolexArgs = [fileURLToPath(new URL('scan-process.mjs', import.meta.url)), glossary, big];
    const natolexLines = spawnSync(process.execPath, natolexArgs, { maxBuffer: 1 << 30 }).stdout.toString().split('\n').length - 1;
    const grepLines = grep.stdout.toString().split('\n').length - 1;
    const grepMs = medianOfRuns(3, 'grep', grepArgs, { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    const natolexMs = medianOfRuns(3, process.execPath, natolexArgs);
    results.wholeProcess10MB = {
      draft_bytes: 10 * DRAFT_BYTES,
      entries: 10_000,
      natolex_ms: round(natolexMs, 0),
      grep_ms: round(grepMs, 0),
      ratioVsGrep: round(natolexMs / grepMs),
      natolexMatches: natolexLines,
      grepMatches: grepLines,
      note: 'grep matches the same written forms byte for byte; natolex also matches terms with their first letter in the other case, across soft line breaks, and canonical apostrophes and hyphens',
    };
  } else log('grep not found: skipped');
  rmSync(folder, { recursive: true, force: true });
}

/** Each target with the measure it is judged on and whether this run met it. */
const target = (value, limit, atMost = true) => ({ value, limit, met: value !== undefined && (atMost ? value <= limit : value >= limit) });
results.targets = {
  'scan >= 200 MB/s (10k entries, 1 MB)': target(results.scan10k.engine_MB_per_s, 200, false),
  'scan >= 150 MB/s (100k entries, 1 MB)': target(results.scan100k.engine_MB_per_s, 150, false),
  'scan cost 100k / 10k <= 1.3': target(round(results.scan100k.engineMedian_ms / results.scan10k.engineMedian_ms), 1.3),
  'scan >= 500x naive (10k)': target(results.scan10k.ratioVsNaive, 500, false),
  'scan >= 5x clever (10k)': target(results.scan10k.ratioVsClever, 5, false),
  'index 100k <= 200 ms': target(results.indexBuild100k.createLexicon_ms, 200),
  'index 100k <= 40 MB heap': target(results.indexBuild100k.heap_MB, 40),
  'search first query <= 150 ms (100k)': target(results.indexBuild100k.searchIndexFirstQuery_ms, 150),
  'rescan p99 <= 2 ms (one-line edit, 1 MB)': target(results.rescanOneLineEdit.p99_ms, 2),
  'lookup p99 < 0.1 ms': target(results.lookup.p99_ms, 0.1),
  'pathological forms: 4x text costs <= 5x': target(results.pathological.costRatio4x, 5),
  'natolex check small draft <= 100 ms': target(results.checkSmallDraft?.natolexCheck_ms, 100),
  'natolex check <= 40 ms over bare node': target(results.checkSmallDraft?.overBareNode_ms, 40),
  '10 MB + 10k glossary <= 1.5x grep -F -w -o': target(results.wholeProcess10MB?.ratioVsGrep, 1.5),
};
results.totalBenchTime_s = round((performance.now() - started) / 1000, 1);

const rows = [
  ['scan 1 MB, 10k entries: engine', `${results.scan10k.engineMedian_ms} ms (${results.scan10k.engine_MB_per_s} MB/s)`],
  ['  clever baseline (one alternation)', `${results.scan10k.cleverMedian_ms} ms → engine ${results.scan10k.ratioVsClever}× faster`],
  ['  naive baseline (RegExp per entry)', `${results.scan10k.naive_ms} ms → engine ${results.scan10k.ratioVsNaive}× faster`],
  ['scan 1 MB, 100k entries: engine', `${results.scan100k.engineMedian_ms} ms (${results.scan100k.engine_MB_per_s} MB/s), clever ${results.scan100k.cleverMedian_ms} ms (${results.scan100k.ratioVsClever}×)`],
  ['scan 1 MB seed text, real corpus', `${results.realCorpus.engineMedian_ms} ms (${results.realCorpus.engine_MB_per_s} MB/s), clever ${results.realCorpus.ratioVsClever}×, naive ${results.realCorpus.ratioVsNaive}×`],
  ...(results.markdownPass ? [['Markdown pass (parser + prose model), 1 MB', `${results.markdownPass.markdownPass_ms} ms (${results.markdownPass.markdown_MB_per_s} MB/s; check as Markdown ${results.markdownPass.checkMarkdown_ms} ms, as text ${results.markdownPass.checkPlainText_ms} ms)`]] : []),
  ['rescan after a one-line edit', `median ${results.rescanOneLineEdit.median_ms} ms, p99 ${results.rescanOneLineEdit.p99_ms} ms`],
  ['lookup', `median ${results.lookup.median_ms} ms, p99 ${results.lookup.p99_ms} ms`],
  ['matchAt (hover at offset)', `median ${results.matchAt.median_ms} ms, p99 ${results.matchAt.p99_ms} ms`],
  ['index build 10k', `${results.indexBuild10k.createLexicon_ms} ms (validation ${results.indexBuild10k.ofWhichSchemaValidation_ms} ms), ${results.indexBuild10k.heap_MB} MB heap`],
  ['index build 100k', `${results.indexBuild100k.createLexicon_ms} ms (validation ${results.indexBuild100k.ofWhichSchemaValidation_ms} ms), ${results.indexBuild100k.heap_MB} MB heap`],
  ['search index (first query) 10k / 100k', `${results.indexBuild10k.searchIndexFirstQuery_ms} ms / ${results.indexBuild100k.searchIndexFirstQuery_ms} ms`],
  ['50 MB in 500 KB line-aligned ranges', `longest range ${results.chunkedScan50MB.maxChunk_ms} ms, total ${results.chunkedScan50MB.total_ms} ms`],
  ['cold import @natolex/data', `ESM ${results.coldImport.esm_ms} ms, CJS ${results.coldImport.cjs_ms} ms`],
  ['pathological forms, 1 MB / 4 MB', `${results.pathological.scan_ms.join(' ms / ')} ms (4x text: ${results.pathological.costRatio4x}x cost)`],
  ...(results.checkSmallDraft ? [['natolex check, small draft (whole process)', `${results.checkSmallDraft.natolexCheck_ms} ms, bare node ${results.checkSmallDraft.bareNode_ms} ms (+${results.checkSmallDraft.overBareNode_ms} ms)`]] : []),
  ...(results.wholeProcess10MB ? [['10 MB + 10k glossary, whole process', `natolex ${results.wholeProcess10MB.natolex_ms} ms, grep -F -w -o ${results.wholeProcess10MB.grep_ms} ms (${results.wholeProcess10MB.ratioVsGrep}x; matches ${results.wholeProcess10MB.natolexMatches} vs ${results.wholeProcess10MB.grepMatches})`]] : []),
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\nnatolex bench (seed ${SEED}, ${results.environment.node}, ${results.environment.cores} cores, load ${results.environment.loadAverageAtStart.join(' ')})\n`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
console.log('\ntargets:');
for (const [name, { value, met }] of Object.entries(results.targets)) console.log(`  ${met ? 'met    ' : 'MISSED '} ${name} (${value ?? 'not measured'})`);
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(process.cwd(), OUT)} in ${results.totalBenchTime_s} s`);
