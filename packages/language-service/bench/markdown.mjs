// The Markdown pass's benchmark: `npm run bench -w @natolex/language-service` (after `npm run build`), part of the root
// `npm run bench`. On the built dist, with the data package's synthetic 10k-entry lexicon and 1 MB Markdown draft (the
// same inputs as its scan benchmark, from one seed: --seed N, default 1). Prints a table and writes bench/results.json.
// - full pass: the prose model (parser and walk) and the block-by-block scan of the whole draft, next to one scan,
//   and checkText with first-use only, the draft as Markdown and as plain text (the data bench's measure);
// - one-line edit: after each of 600 random one-character edits, the prose model and prose matches re-read where
//   the text changed (updateProse + updateProseMatches, given the edit and the new text as an editor has them), and
//   the same through ProseDocuments (what the language server and the extension run on every change: it finds the
//   edit by comparing the texts, or is given it).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createLexicon } from '@natolex/data';
import { ProseDocuments, RULE_IDS, checkText, proseMatches, proseModel, proseState, updateProse, updateProseMatches } from '../dist/index.js';
import { log, median, percentile, round, time } from '../../data/bench/stats.mjs';
import { loadProse, random, syntheticDraft, syntheticLexicon } from '../../data/bench/synthetic.mjs';

const seedArgument = process.argv.indexOf('--seed');
const SEED = seedArgument === -1 ? 1 : Number(process.argv[seedArgument + 1]);
const DRAFT_BYTES = 1_000_000;
const EDITS = 600;
const WARM_EDITS = 100;
/**
 * The text as an editor holds it after an edit: built by concatenation, then flattened by its first read (one copy of
 * the text, as V8 makes when the editor's document is read).
 */
const flat = (text) => {
  text.charCodeAt(0);
  return text;
};

/** Median CPU time (user + system, ms) of `fn`: on a shared machine steadier than wall time, which waits for a core. */
function cpuTime(fn, runs, warmup = 1) {
  for (let index = 0; index < warmup; index++) fn();
  const times = [];
  for (let index = 0; index < runs; index++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

const prose = loadProse();
const lexiconDocument = syntheticLexicon(10_000, SEED, prose);
const lexicon = createLexicon([lexiconDocument], { bundled: false });
const draft = flat(syntheticDraft(lexiconDocument, DRAFT_BYTES, SEED + 1, prose));
const bytes = Buffer.byteLength(draft);

log('full Markdown pass…');
const scanMs = time(() => lexicon.scan(draft), 10, 2);
const modelMs = time(() => proseModel(draft), 5, 1);
const model = proseModel(draft);
const proseScanMs = time(() => proseMatches(lexicon, model), 10, 2);
const firstUseOnly = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'first-use' ? 'error' : 'off']));
const checkMarkdownMs = time(() => checkText(lexicon, draft, { markdown: true, severities: firstUseOnly }), 5, 1);
const checkTextMs = time(() => checkText(lexicon, draft, { markdown: false, severities: firstUseOnly }), 5, 1);
const modelCpuMs = cpuTime(() => proseModel(draft), 5);
const checkMarkdownCpuMs = cpuTime(() => checkText(lexicon, draft, { markdown: true, severities: firstUseOnly }), 5);
const checkTextCpuMs = cpuTime(() => checkText(lexicon, draft, { markdown: false, severities: firstUseOnly }), 5);

/** The same edits as the data bench's rescan: a one-character insertion, " NATO " or a deletion at a random place. */
function editsFor(seed, length) {
  const next = random(seed);
  const edits = [];
  for (let index = 0; index < EDITS; index++) {
    const at = Math.floor(next() * length);
    edits.push(next() < 0.5 ? { start: at, end: at, text: next() < 0.5 ? 'x' : ' NATO ' } : { start: at, end: Math.min(length, at + 1), text: '' });
    length += edits[index].text.length - (edits[index].end - edits[index].start);
  }
  return edits;
}

log('one-line edits, updateProse…');
const edits = editsFor(SEED + 2, draft.length);
let state = proseState(draft);
let matches = proseMatches(lexicon, state.model);
const updateTimes = [];
let wholeReads = 0;
const reasons = new Set();
for (const [index, edit] of edits.entries()) {
  const text = flat(state.model.text.slice(0, edit.start) + edit.text + state.model.text.slice(edit.end)); // as getText() gives it
  const start = performance.now();
  const update = updateProse(state, edit, text);
  matches = updateProseMatches(lexicon, matches, update);
  const elapsed = performance.now() - start;
  if (index >= WARM_EDITS) updateTimes.push(elapsed);
  if (update.reread === undefined) {
    wholeReads++;
    reasons.add(update.fullReason);
  }
  state = update.state;
}
const fresh = proseModel(state.model.text);
if (JSON.stringify(fresh) !== JSON.stringify(state.model) || JSON.stringify(proseMatches(lexicon, fresh)) !== JSON.stringify(matches)) {
  throw new Error('bench: the updated prose model or matches disagree with a full read');
}

/** The edits through ProseDocuments, which compares the texts (or is given the edit); the times after warm-up. */
function throughDocuments(givenEdit) {
  const documents = new ProseDocuments();
  let text = draft;
  documents.prepare('file:///draft.md', text, lexicon);
  const times = [];
  for (const [index, edit] of edits.entries()) {
    text = flat(text.slice(0, edit.start) + edit.text + text.slice(edit.end)); // the editor's new text, as getText() gives it
    const start = performance.now();
    documents.prepare('file:///draft.md', text, lexicon, givenEdit ? edit : undefined);
    if (index >= WARM_EDITS) times.push(performance.now() - start);
  }
  return { times, documents };
}
log('one-line edits, ProseDocuments…');
const { times: prepareTimes } = throughDocuments(false);
const { times: givenTimes, documents } = throughDocuments(true); // kept, for the heap below

// What an editing session keeps: after the 600 edits, the heap after a full collection (run with --expose-gc).
globalThis.gc?.();
const heapAfterEdits = process.memoryUsage().heapUsed;
documents.forget('file:///draft.md');

const results = {
  command: 'npm run bench -w @natolex/language-service',
  seed: SEED,
  environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: loadavg().map((load) => round(load)) },
  fullPass: {
    draft_bytes: bytes,
    scan_ms: round(scanMs),
    proseModel_ms: round(modelMs),
    proseMatches_ms: round(proseScanMs),
    markdownPass_ms: round(modelMs + proseScanMs),
    ratioToScan: round((modelMs + proseScanMs) / scanMs, 1),
    checkText_markdown_ms: round(checkMarkdownMs),
    checkText_plain_ms: round(checkTextMs),
    markdownPass_ms_per_MB: round((checkMarkdownMs - checkTextMs) / (bytes / 1e6)),
    proseModel_cpu_ms: round(modelCpuMs),
    markdownPass_cpu_ms_per_MB: round((checkMarkdownCpuMs - checkTextCpuMs) / (bytes / 1e6)),
  },
  oneLineEdit: {
    draft_bytes: bytes,
    edits: updateTimes.length,
    wholeReads,
    wholeReadReasons: [...reasons],
    update_median_ms: round(median(updateTimes), 3),
    update_p99_ms: round(percentile(updateTimes, 99), 3),
    documents_median_ms: round(median(prepareTimes), 3),
    documents_p99_ms: round(percentile(prepareTimes, 99), 3),
    documentsGivenEdit_median_ms: round(median(givenTimes), 3),
    documentsGivenEdit_p99_ms: round(percentile(givenTimes, 99), 3),
    heapAfterEdits_MB: globalThis.gc ? round(heapAfterEdits / 1e6, 1) : null,
  },
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`Markdown pass, ${(bytes / 1e6).toFixed(2)} MB draft, 10k-entry lexicon (seed ${SEED})`);
console.log(`  full: scan ${results.fullPass.scan_ms} ms | prose model ${results.fullPass.proseModel_ms} ms + prose matches ${results.fullPass.proseMatches_ms} ms = ${results.fullPass.markdownPass_ms} ms (${results.fullPass.ratioToScan}x the scan)`);
console.log(`  checkText, first-use only: as Markdown ${results.fullPass.checkText_markdown_ms} ms, as plain text ${results.fullPass.checkText_plain_ms} ms: the Markdown pass costs ${results.fullPass.markdownPass_ms_per_MB} ms per MB (CPU: ${results.fullPass.markdownPass_cpu_ms_per_MB} ms per MB; prose model ${results.fullPass.proseModel_cpu_ms} ms)`);
console.log(`  one-character edit, prose model + matches updated: median ${results.oneLineEdit.update_median_ms} ms, p99 ${results.oneLineEdit.update_p99_ms} ms (${wholeReads} whole reads of ${EDITS})`);
console.log(`  the same through ProseDocuments (finds the edit by comparing texts): median ${results.oneLineEdit.documents_median_ms} ms, p99 ${results.oneLineEdit.documents_p99_ms} ms; heap after the session ${results.oneLineEdit.heapAfterEdits_MB ?? '?'} MB`);
console.log(`  the same given the edit (no comparison): median ${results.oneLineEdit.documentsGivenEdit_median_ms} ms, p99 ${results.oneLineEdit.documentsGivenEdit_p99_ms} ms; load ${results.environment.loadAverage.join(' ')}`);
