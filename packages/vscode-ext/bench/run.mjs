// natolex extension bench: how long the extension host is blocked at a time on huge documents. `npm run bench -w
// natolex` (after the data package is built). The pure core (src/core) is bundled on the fly with esbuild, so this
// measures the code the extension runs, in one Node process, against a baseline measured in the same run.
//
// Baseline: one `lexicon.scan` of a 32 KiB chunk of the same draft (the unit of work between two yields).
// Measured: each step of the chunked first-use check over a 50 MB Markdown draft (and over a pathological 5 MB one
// without blank lines), the one-pass check over the same 50 MB (what a naive extension would block for), and a hover
// lookup on a 50 MB single-line document. Documents within natolex.maxFileSize (500 KB) are checked in one go.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const BUDGET_MS = 50; // issue 5: never block the extension host for more than 50 ms at a time
const HUGE = 50_000_000;
const log = (message) => process.stderr.write(`${message}\n`);

async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'natolex-bench-'));
  const outfile = join(dir, 'core.mjs');
  await build({
    stdin: {
      contents: [
        "export { findFirstUses, firstUseSteps, chunkRanges, DEFAULT_CHUNK_SIZE } from './src/core/first-use.ts';",
        "export { matchAround } from './src/core/locate.ts';",
        "export { createLexicon, findFirstUseIssues } from '@natolex/data';",
      ].join('\n'),
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'error',
  });
  const core = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return core;
}

/** A deterministic Markdown draft of about `size` characters: headings, prose with corpus acronyms, code, comments. */
function markdownDraft(size, { blankLines = true } = {}) {
  const blocks = [
    '## Partnerships\n',
    'The NUC met again; the Partnership for Peace (PfP) and PfP partners were named in the text of this section.\n',
    'NTM-I, the UN CTC and EADRCC appear in running prose, with SFOR, KFOR and ISAF for good measure.\n',
    '```text\nNUC and PfP inside a fenced code block do not count as uses.\n```\n',
    '<!-- a comment naming UNSCR and UNAMA -->\n',
    'Plain policy prose without any acronym at all, written to make the draft long enough for the benchmark.\n',
    'Inline `code with NATO` and more prose about the North Atlantic Council and the Strategic Concept.\n',
  ];
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const block = blocks[(i * 7 + (i >> 3)) % blocks.length];
    const text = blankLines ? `${block}\n` : block;
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { count: values.length, median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1], total: values.reduce((a, b) => a + b, 0) };
}

function median(fn, runs = 15) {
  const times = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    fn();
    if (i >= 3) times.push(performance.now() - start);
  }
  return stats(times).median;
}

/** The time of each step of the chunked check (the longest stretch without yielding). */
function chunkedSteps(core, lexicon, text) {
  const steps = core.firstUseSteps(lexicon, text, { markdown: true });
  const times = [];
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    times.push(performance.now() - start);
    if (step.done) return { issues: step.value, times };
  }
}

const core = await loadCore();
const lexicon = core.createLexicon();
log('building a 50 MB draft…');
const huge = markdownDraft(HUGE);
const chunk = huge.slice(0, core.DEFAULT_CHUNK_SIZE);
const baseline = median(() => lexicon.scan(chunk), 50);

log('chunked check over 50 MB…');
const chunked = chunkedSteps(core, lexicon, huge);
const chunkedStats = stats(chunked.times);
log('one-pass check over 50 MB (what an unchunked check would block)…');
const onePassStart = performance.now();
const onePassIssues = core.findFirstUseIssues(lexicon, huge);
const onePass = performance.now() - onePassStart;
const same = JSON.stringify(onePassIssues) === JSON.stringify(chunked.issues);

log('chunked check over a 5 MB draft without blank lines…');
const dense = markdownDraft(5_000_000, { blankLines: false });
const denseStats = stats(chunkedSteps(core, lexicon, dense).times);

log('500 KB drafts checked in one go (documents within natolex.maxFileSize)…');
const limitDraft = huge.slice(0, 500_000);
const limitDense = dense.slice(0, 500_000);
const withinLimit = median(() => core.findFirstUses(lexicon, limitDraft, { markdown: true }), 10);
const withinLimitDense = median(() => core.findFirstUses(lexicon, limitDense, { markdown: true }), 10);

log('hover lookup on a 50 MB single line…');
const line = 'policy prose without line breaks '.repeat(Math.ceil(HUGE / 33 / 2)) + 'the NTM-I mission ' + 'more prose '.repeat(Math.ceil(HUGE / 11 / 2));
const hoverOffset = line.indexOf('NTM-I') + 1;
const hover = median(() => core.matchAround(lexicon, line, hoverOffset), 50);
if (core.matchAround(lexicon, line, hoverOffset)?.text !== 'NTM-I') throw new Error('hover lookup on the huge line found nothing');

const round = (value) => Math.round(value * 100) / 100;
const rows = [
  ['baseline: scan of one 32 KiB chunk', baseline, 1],
  ['50 MB chunked check: median step', chunkedStats.median, chunkedStats.median / baseline],
  ['50 MB chunked check: p99 step', chunkedStats.p99, chunkedStats.p99 / baseline],
  ['50 MB chunked check: longest step', chunkedStats.max, chunkedStats.max / baseline],
  ['50 MB chunked check: all steps', chunkedStats.total, chunkedStats.total / baseline],
  ['50 MB one-pass check (blocking)', onePass, onePass / baseline],
  ['5 MB, no blank lines: longest step', denseStats.max, denseStats.max / baseline],
  ['500 KB draft, one go (within the limit)', withinLimit, withinLimit / baseline],
  ['500 KB, no blank lines, one go', withinLimitDense, withinLimitDense / baseline],
  ['hover lookup on a 50 MB line', hover, hover / baseline],
];
console.log(`natolex extension bench (Node ${process.version}, ${chunkedStats.count} steps over ${(huge.length / 1e6).toFixed(1)} M characters)`);
console.log(`${'measurement'.padEnd(42)} ${'ms'.padStart(10)} ${'× baseline'.padStart(12)}`);
for (const [name, ms, ratio] of rows) console.log(`${name.padEnd(42)} ${round(ms).toFixed(2).padStart(10)} ${round(ratio).toFixed(2).padStart(12)}`);
console.log(`chunked issues equal the one-pass issues: ${same ? 'yes' : 'NO'} (${chunked.issues.length} issues)`);
const worst = Math.max(chunkedStats.max, denseStats.max, hover, withinLimit, withinLimitDense);
console.log(`longest time without yielding: ${round(worst)} ms (budget ${BUDGET_MS} ms): ${worst <= BUDGET_MS ? 'within' : 'OVER'}`);
if (!same) process.exitCode = 1;
