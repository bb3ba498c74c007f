// natolex extension bench: how long the extension host is blocked at a time on huge documents, and how long a cold
// activation takes. `npm run bench -w natolex` (after building @natolex/data and this package). The pure core (src/core) is bundled on the fly with esbuild, so this
// measures the code the extension runs, in one Node process, against a baseline measured in the same run.
//
// Baseline: one `lexicon.scan` of a 32 KiB chunk of the same draft (the unit of work between two yields).
// Measured: each step of the chunked first-use check over a 50 MB Markdown draft (and over a pathological 5 MB one
// without blank lines), the one-pass check over the same 50 MB (what a naive extension would block for), and a hover
// lookup on a 50 MB single-line document. Documents within natolex.maxFileSize (500 KB) are checked in one go.
//
// Activation (issue 4), in fresh child Node processes (cold module cache), 7 runs after one discarded warm-up (and the
// same for the one-file web-worker build, dist/web/extension.cjs):
// baseline `require` of @natolex/data's dist (+ building the bundled lexicon), against `require` of
// dist/extension.cjs (the wiring alone), `activate()` and the first hover on "NUC" (which requires dist/engine.cjs,
// the language service and corpus, and builds the bundled lexicon: both deferred by activate to first use). `vscode` resolves to the unit tests' stand-in (src/test-support/vscode-fake.ts), bundled here and
// completed with recorders for the registration calls activate() makes. Also the size of natolex-*.vsix, if packaged.
// `--only activation` or `--only blocking` runs one half. Ends with each target met or MISSED and writes
// bench/results.json (or --out FILE) with `targets` as value/limit/met, like packages/data/bench/run.mjs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUDGET_MS = 50; // issue 5: never block the extension host for more than 50 ms at a time
const ACTIVATION_TARGET_MS = 50; // issue 4: extension activation < 50 ms
const VSIX_TARGET_BYTES = 1_000_000; // issue 4: packaged VSIX < 1 MB
const COLD_RUNS = 7;
const PACKAGE_DIR = new URL('..', import.meta.url).pathname;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'activation' && only !== 'blocking') throw new Error(`--only takes "activation" or "blocking", not ${only}`);
const OUT = process.argv.includes('--out') ? resolve(process.argv[process.argv.indexOf('--out') + 1]) : fileURLToPath(new URL('results.json', import.meta.url));
const HUGE = 50_000_000;
const log = (message) => process.stderr.write(`${message}\n`);
const round = (value) => Math.round(value * 100) / 100;

async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'natolex-bench-'));
  const outfile = join(dir, 'core.mjs');
  await build({
    stdin: {
      contents: [
        // The language service's registry, first-use alone (what the bench has always measured), one pass or in steps.
        "import { RULE_IDS, checkText, checkTextInSteps } from '@natolex/language-service';",
        "const severities = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'first-use' ? 'error' : 'off']));",
        'export const firstUseSteps = (lexicon, text, options) => checkTextInSteps(lexicon, text, { ...options, severities });',
        'export const findFirstUses = (lexicon, text, options) => checkText(lexicon, text, { ...options, severities });',
        "export { chunkRanges, DEFAULT_CHUNK_SIZE, matchAround } from '@natolex/language-service';",
        "export { createLexicon } from '@natolex/data';",
      ].join('\n'),
      resolveDir: PACKAGE_DIR,
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

/**
 * The `vscode` stand-in for the cold runs: the unit tests' fake, plus recorders for what activate() registers (the
 * fake covers only what the adapters' unit tests use). Registrations do nothing but keep the provider, so the bench
 * can call the hover provider the way VS Code would.
 */
const VSCODE_STAND_IN = `
import * as base from './src/test-support/vscode-fake.ts';
export * from './src/test-support/vscode-fake.ts';
const { Disposable } = base;
const noEvent = () => new Disposable();
const recorder = (list) => (selector, provider) => (list.push(provider), new Disposable(() => list.splice(list.indexOf(provider), 1)));
export const registered = { hover: [], codeActions: [], completion: [], commands: new Map(), contentProviders: new Map() };
Object.assign(base.languages, {
  registerHoverProvider: recorder(registered.hover),
  registerCodeActionsProvider: recorder(registered.codeActions),
  registerCompletionItemProvider: recorder(registered.completion),
});
Object.assign(base.workspace, {
  onDidOpenTextDocument: noEvent,
  onDidChangeTextDocument: noEvent,
  onDidCloseTextDocument: noEvent,
  registerTextDocumentContentProvider: (scheme, provider) => (registered.contentProviders.set(scheme, provider), new Disposable()),
});
export const commands = {
  registerCommand: (id, run) => (registered.commands.set(id, run), new Disposable(() => registered.commands.delete(id))),
  executeCommand: async () => undefined,
};
export const window = {
  ...base.window, // the output channel and status-bar item
  activeTextEditor: undefined,
  onDidChangeActiveTextEditor: noEvent,
  createTreeView: () => ({ message: undefined, dispose() {} }),
  showInformationMessage: async () => undefined,
  showWarningMessage: async () => undefined,
  showErrorMessage: async () => undefined,
};
export const env = { language: 'en' }; // VS Code's display language: the writer's language when natolex.language is unset
export const l10n = { t: (message, ...args) => message.replace(/\\{(\\d+)\\}/g, (_, index) => String(args[Number(index)])) };
export const CodeActionKind = { QuickFix: 'quickfix', SourceFixAll: 'source.fixAll' };
export const CompletionItemKind = { Text: 0, Constant: 20 };
export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export const ViewColumn = { Beside: -2 };
export class MarkdownString { constructor(value = '', supportThemeIcons = false) { this.value = value; this.supportThemeIcons = supportThemeIcons; } }
export class Hover { constructor(contents, range) { this.contents = [contents]; this.range = range; } }
export class ThemeIcon { constructor(id) { this.id = id; } }
export class TreeItem { constructor(label, collapsibleState) { this.label = label; this.collapsibleState = collapsibleState; } }
export class CancellationTokenSource { token = { isCancellationRequested: false }; cancel() { this.token.isCancellationRequested = true; } dispose() {} }
`;

/**
 * One cold run, in its own Node process (argv: what to load, its path, the stand-in's path). It prints the phases'
 * times as JSON; everything not being measured (the stand-in, the test document) is set up before the clock starts.
 */
const COLD_CHILD = `
const Module = require('node:module');
const [what, target, standInPath] = process.argv.slice(2);
const times = {};
const timed = (name, run) => { const start = performance.now(); const value = run(); times[name] = performance.now() - start; return value; };
(async () => {
  if (what === 'data') {
    const data = timed('require', () => require(target));
    const lexicon = timed('createLexicon', () => data.createLexicon());
    if (!lexicon.get) throw new Error('createLexicon returned no lexicon');
  } else {
    const vscode = require(standInPath);
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? standInPath : resolve.call(this, request, ...rest); };
    const line = 'The NUC met again on the Partnership for Peace.';
    const document = {
      uri: vscode.Uri.file('/bench/draft.md'), languageId: 'markdown', isDirty: false, lineCount: 1,
      lineAt: (index) => ({ text: line }), getText: () => line,
    };
    const context = { subscriptions: [], extensionUri: vscode.Uri.file('/bench/extension'), extensionPath: '/bench/extension' };
    const extension = timed('require', () => require(target));
    const activateStart = performance.now();
    const activated = await extension.activate(context); // awaited, as VS Code does when activate returns a promise
    times.activate = performance.now() - activateStart;
    if (!activated || vscode.registered.hover.length !== 1) throw new Error('activate() registered no hover provider');
    const start = performance.now();
    const hover = await vscode.registered.hover[0].provideHover(document, new vscode.Position(0, line.indexOf('NUC') + 1));
    times.firstHover = performance.now() - start;
    times.activation = times.require + times.activate;
    times.toFirstHover = times.activation + times.firstHover;
    const markdown = hover?.contents?.[0]?.value ?? '';
    if (hover?.range?.start.character !== line.indexOf('NUC') || !markdown.includes('NUC')) throw new Error('the first hover on NUC showed nothing: ' + JSON.stringify(hover));
    for (const disposable of context.subscriptions) disposable.dispose();
  }
  times.sinceProcessStart = performance.now(); // includes Node's own start-up
  process.stdout.write(JSON.stringify(times));
  process.exit(0);
})().catch((error) => { console.error(error); process.exit(1); });
`;

function coldRun(dir, what, target, standIn) {
  const output = execFileSync(process.execPath, [join(dir, 'cold-child.cjs'), what, target, standIn], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output);
}

/**
 * Per phase, the median and the fastest of COLD_RUNS cold runs (after one discarded warm-up, so the disk cache is the
 * same for all). The fastest shows the cost without other processes competing for the two cores.
 */
function coldRuns(dir, what, target, standIn) {
  coldRun(dir, what, target, standIn);
  const runs = Array.from({ length: COLD_RUNS }, () => coldRun(dir, what, target, standIn));
  const phase = (name) => ({ median: stats(runs.map((run) => run[name])).median, best: Math.min(...runs.map((run) => run[name])) });
  return Object.fromEntries(Object.keys(runs[0]).map((name) => [name, phase(name)]));
}

function packagedVsix() {
  const name = readdirSync(PACKAGE_DIR).filter((file) => /^natolex-.*\.vsix$/.test(file)).sort().pop();
  if (!name) return undefined;
  const packaged = statSync(join(PACKAGE_DIR, name)).mtimeMs;
  const built = statSync(join(PACKAGE_DIR, 'dist/extension.cjs')).mtimeMs;
  // A VSIX packaged before the last build measures older code: say so rather than judge it silently.
  return { name, bytes: statSync(join(PACKAGE_DIR, name)).size, packagedAt: new Date(packaged).toISOString(), olderThanBuild: packaged < built };
}

async function activationBench() {
  const extensionPath = join(PACKAGE_DIR, 'dist/extension.cjs');
  const webPath = join(PACKAGE_DIR, 'dist/web/extension.cjs');
  const dataPath = fileURLToPath(new URL('../../data/dist/index.cjs', import.meta.url));
  for (const path of [extensionPath, webPath, dataPath]) if (!existsSync(path)) throw new Error(`${path} is missing: build it first (npm run build -w natolex, -w @natolex/data)`);
  const dir = mkdtempSync(join(tmpdir(), 'natolex-bench-cold-'));
  try {
    const standIn = join(dir, 'vscode-stand-in.cjs');
    await build({ stdin: { contents: VSCODE_STAND_IN, resolveDir: PACKAGE_DIR, loader: 'ts' }, bundle: true, format: 'cjs', platform: 'node', outfile: standIn, logLevel: 'error' });
    writeFileSync(join(dir, 'cold-child.cjs'), COLD_CHILD);
    log(`cold loads, ${COLD_RUNS} fresh Node processes each…`);
    const data = coldRuns(dir, 'data', dataPath, standIn);
    const extension = coldRuns(dir, 'extension', extensionPath, standIn);
    // The web-worker build is one file (the engine inlined, evaluated on first use); it needs nothing but `vscode`, so
    // Node can load it the same way (parsing and evaluating it as a worker would; the host kind it reports is Node's).
    const web = coldRuns(dir, 'extension', webPath, standIn);
    const vsix = packagedVsix();
    const baseline = data.require.median;
    const rows = [
      ['baseline: require @natolex/data (dist/index.cjs)', data.require],
      ['@natolex/data: createLexicon() (bundled corpus)', data.createLexicon],
      ['extension: require dist/extension.cjs', extension.require],
      ['extension: activate()', extension.activate],
      ['extension: require + activate() (activation)', extension.activation],
      ['extension: first hover (loads engine + corpus)', extension.firstHover],
      ['extension: require + activate() + first hover', extension.toFirstHover],
      ['extension: Node start to first hover', extension.sinceProcessStart],
      ['web build: require dist/web/extension.cjs', web.require],
      ['web build: require + activate() (activation)', web.activation],
      ['web build: first hover (evaluates engine + corpus)', web.firstHover],
    ];
    console.log(`natolex cold activation (Node ${process.version}, ${COLD_RUNS} fresh processes each)`);
    console.log(`${'measurement'.padEnd(48)} ${'median ms'.padStart(10)} ${'best ms'.padStart(10)} ${'× baseline'.padStart(12)}`);
    for (const [name, { median, best }] of rows) console.log(`${name.padEnd(48)} ${round(median).toFixed(2).padStart(10)} ${round(best).toFixed(2).padStart(10)} ${round(median / baseline).toFixed(2).padStart(12)}`);
    const activation = extension.activation.median;
    console.log(
      vsix
        ? `packaged VSIX ${vsix.name}: ${vsix.bytes} bytes (${round(vsix.bytes / 1e6)} MB), packaged ${vsix.packagedAt}${vsix.olderThanBuild ? ' (before the last build: npm run package -w natolex)' : ''}`
        : 'packaged VSIX: not packaged (npm run package -w natolex)',
    );
    console.log('');
    const phases = Object.fromEntries(Object.entries(extension).map(([name, { median, best }]) => [name, { median_ms: round(median), best_ms: round(best) }]));
    return {
      coldRuns: COLD_RUNS,
      baselineRequireData: { median_ms: round(data.require.median), best_ms: round(data.require.best) },
      extension: phases,
      webBuild: Object.fromEntries(Object.entries(web).map(([name, { median, best }]) => [name, { median_ms: round(median), best_ms: round(best) }])),
      activation_ms: round(activation),
      vsix: vsix ?? null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function blockingBench() {
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
  const onePassIssues = core.findFirstUses(lexicon, huge, { markdown: true });
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
  console.log(`longest time without yielding: ${round(worst)} ms (budget ${BUDGET_MS} ms)`);
  console.log('');
  if (!same) process.exitCode = 1;
  return {
    baselineChunkScan_ms: round(baseline),
    chunkedCheck50MB: { steps: chunkedStats.count, median_ms: round(chunkedStats.median), p99_ms: round(chunkedStats.p99), max_ms: round(chunkedStats.max), total_ms: round(chunkedStats.total) },
    onePassCheck50MB_ms: round(onePass),
    chunkedEqualsOnePass: same,
    dense5MBLongestStep_ms: round(denseStats.max),
    withinLimit500KB_ms: round(withinLimit),
    withinLimitDense500KB_ms: round(withinLimitDense),
    hoverOn50MBLine_ms: round(hover),
    longestWithoutYielding_ms: round(worst),
  };
}

const results = {
  command: `npm run bench -w natolex${only ? ` -- --only ${only}` : ''}`,
  environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverageAtStart: loadavg().map((load) => round(load)) },
};
if (only !== 'blocking') results.activation = await activationBench();
if (only !== 'activation') results.blocking = await blockingBench();

/** Each target with the measure it is judged on and whether this run met it (`strict`: below the limit, not at it). */
const target = (value, limit, { strict = false } = {}) => ({ value, limit, met: value !== undefined && (strict ? value < limit : value <= limit) });
results.targets = {
  ...(results.activation
    ? {
        'extension activation < 50 ms (require + activate, median of cold runs)': target(results.activation.activation_ms, ACTIVATION_TARGET_MS, { strict: true }),
        'VSIX < 1 MB': target(results.activation.vsix?.bytes, VSIX_TARGET_BYTES, { strict: true }),
      }
    : {}),
  ...(results.blocking ? { 'extension host never blocked > 50 ms (longest step, 50 MB draft)': target(results.blocking.longestWithoutYielding_ms, BUDGET_MS) } : {}),
};
console.log('targets:');
for (const [name, { value, met }] of Object.entries(results.targets)) console.log(`  ${met ? 'met    ' : 'MISSED '} ${name} (${value ?? 'not measured'})`);
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${relative(process.cwd(), OUT)}`);
