// Language server bench: hover (and completion) latency where editors see it, request → response over stdio.
// `npm run bench -w @natolex/language-server` (after `npm run build`). Spawns the built dist/node.js --stdio, talks
// to it with vscode-languageserver-protocol (as the protocol tests and real clients do), opens a ~1 MB Markdown draft
// with a 10k-entry workspace glossary (packages/data/bench/synthetic.mjs, from one seed), waits for its diagnostics,
// then times hovers one at a time (half on known terms, half anywhere), hovers while the client types one character
// at a time, and completions. Prints a table with each target met or MISSED and writes bench/results.json (targets
// with value/limit/met, like packages/data/bench/run.mjs). `--seed N`, `--hovers N`, `--out FILE`; `--profile DIR`
// runs the server under node --cpu-prof and leaves its .cpuprofile in DIR.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLexicon } from '@natolex/data';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { log, percentile, round } from '../../data/bench/stats.mjs';
import { loadProse, random, syntheticDraft, syntheticLexicon } from '../../data/bench/synthetic.mjs';

const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const SEED = Number(argument('--seed') ?? 1);
const HOVERS = Number(argument('--hovers') ?? 2000);
const PROFILE_DIR = argument('--profile') === undefined ? undefined : path.resolve(argument('--profile'));
const OUT = argument('--out') === undefined ? fileURLToPath(new URL('results.json', import.meta.url)) : path.resolve(argument('--out'));
const SERVER = fileURLToPath(new URL('../dist/node.js', import.meta.url));
const DRAFT_BYTES = 1_000_000;
const HOVER_TARGET_MS = 5;
const summary = (times, extra = {}) => ({ requests: times.length, median_ms: round(percentile(times, 50), 3), p99_ms: round(percentile(times, 99), 3), max_ms: round(Math.max(...times), 3), ...extra });

/** Line starts of a text, so offsets become LSP positions (UTF-16 characters, as JavaScript strings count). */
function positionsOf(text) {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - starts[low] };
  };
}

if (!existsSync(SERVER)) throw new Error(`${SERVER} does not exist: run \`npm run build -w @natolex/language-server\` first`);
const started = performance.now();

// The workspace: a 10k-entry glossary (picked up as *.natolex.json) and the 1 MB draft.
const prose = loadProse();
const glossary = syntheticLexicon(10_000, SEED, prose);
const text = syntheticDraft(glossary, DRAFT_BYTES, SEED + 1, prose);
const folder = mkdtempSync(path.join(tmpdir(), 'natolex-ls-bench-'));
writeFileSync(path.join(folder, 'bench.natolex.json'), JSON.stringify(glossary));
writeFileSync(path.join(folder, 'draft.md'), text);
const folderUri = pathToFileURL(folder).href;
const uri = pathToFileURL(path.join(folder, 'draft.md')).href;
// natolex.maxFileSize is raised: the 500 KB default would leave a 1 MB draft unchecked.
const SETTINGS = { maxFileSize: 2 * DRAFT_BYTES };

// Where to hover: half on known terms (the glossary's and the corpus's matches, found by the same engine), half anywhere.
const matches = createLexicon([glossary]).scan(text);
const positionAt = positionsOf(text);
const next = random(SEED + 5);
const pickOffset = () => {
  if (next() < 0.5) {
    const match = matches[Math.floor(next() * matches.length)];
    return match.start + Math.floor(next() * (match.end - match.start));
  }
  return Math.floor(next() * text.length);
};

if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
const serverArgs = [...(PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : []), SERVER, '--stdio'];
const child = spawn(process.execPath, serverArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
let onDiagnostics = () => undefined;
let diagnosticCount = 0;
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  if (params.uri !== uri) return;
  diagnosticCount = params.diagnostics.length;
  onDiagnostics(params);
});
connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'natolex' ? SETTINGS : null)));
connection.onRequest(RegistrationRequest.type, () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.listen();

const capabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {}, completion: {} },
  general: { positionEncodings: ['utf-16'] },
};
await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folderUri, capabilities, workspaceFolders: [{ uri: folderUri, name: 'bench' }] });
await connection.sendNotification(InitializedNotification.type, {});

log('open the 1 MB draft, wait for its diagnostics…');
const openStart = performance.now();
const firstDiagnostics = new Promise((resolve) => (onDiagnostics = resolve));
let version = 1;
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
await firstDiagnostics;
const openToDiagnostics = performance.now() - openStart;

/** Request → response time of one request (ms), and its result. */
async function timed(type, position) {
  const start = performance.now();
  const result = await connection.sendRequest(type, { textDocument: { uri }, position });
  return { ms: performance.now() - start, result };
}

// 0. Baseline: the protocol round trip alone, a hover on a document that is not open (the server answers null at once).
log('baseline: hovers on a document that is not open…');
const roundTrip = [];
for (let index = 0; index < 550; index++) {
  const start = performance.now();
  await connection.sendRequest(HoverRequest.type, { textDocument: { uri: `${folderUri}/not-open.md` }, position: { line: 0, character: 0 } });
  if (index >= 50) roundTrip.push(performance.now() - start);
}

// 1. Hovers one at a time on the idle server (after a short warm-up).
log(`${HOVERS} hovers, one at a time…`);
for (let index = 0; index < 50; index++) await timed(HoverRequest.type, positionAt(pickOffset()));
const idle = [];
let hits = 0;
for (let index = 0; index < HOVERS; index++) {
  const { ms, result } = await timed(HoverRequest.type, positionAt(pickOffset()));
  idle.push(ms);
  if (result) hits++;
}
if (hits === 0) throw new Error('bench: no hover showed anything: the glossary or the draft did not reach the server');

// 2. Completion at random positions (the same mix), one at a time.
log('completion…');
const completions = [];
for (let index = 0; index < Math.min(500, HOVERS); index++) completions.push((await timed(CompletionRequest.type, positionAt(pickOffset()))).ms);

// 3. Typing: one-character incremental edits on one line of the draft, each followed by a hover elsewhere (lines
// other than the typed one keep their positions). Faster than the diagnostics' debounce, so this times hovers on a
// draft that just changed; the check after a pause in typing is timed on its own below.
log('hovers while typing one character at a time…');
const typedLine = positionAt(Math.floor(text.length / 2)).line;
const TYPED = 'The NATO staff met the PfP partners. ';
let column = 0;
const typing = [];
for (let index = 0; index < Math.min(1000, HOVERS); index++) {
  const char = TYPED[index % TYPED.length];
  version += 1;
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: typedLine, character: column }, end: { line: typedLine, character: column } }, text: char }],
  });
  column += 1;
  let position = positionAt(pickOffset());
  while (position.line === typedLine) position = positionAt(pickOffset());
  typing.push((await timed(HoverRequest.type, position)).ms);
}

// 4. A pause in typing: the debounced check of the edited 1 MB draft, then a hover sent while it may still run.
log('hover right after a pause in typing (the check of the edited draft)…');
const afterPause = [];
const recheck = [];
for (let index = 0; index < 5; index++) {
  version += 1;
  const diagnosed = new Promise((resolve) => (onDiagnostics = resolve));
  const editStart = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: typedLine, character: column }, end: { line: typedLine, character: column } }, text: ' ' }],
  });
  column += 1;
  await new Promise((resolve) => setTimeout(resolve, 250)); // past the 200 ms debounce: the check has started
  let position = positionAt(pickOffset());
  while (position.line === typedLine) position = positionAt(pickOffset());
  afterPause.push((await timed(HoverRequest.type, position)).ms);
  await diagnosed;
  recheck.push(performance.now() - editStart);
}

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
connection.dispose();
rmSync(folder, { recursive: true, force: true });

const results = {
  command: 'npm run bench -w @natolex/language-server',
  seed: SEED,
  environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverageAtStart: loadavg().map((load) => round(load)) },
  workspace: { draft_bytes: Buffer.byteLength(text), glossaryEntries: 10_000, knownTermMatches: matches.length, diagnostics: diagnosticCount, settings: SETTINGS },
  openToDiagnostics_ms: round(openToDiagnostics, 1),
  baselineRoundTrip: summary(roundTrip),
  hoverIdle: summary(idle, { showedSomething: hits }),
  completion: summary(completions),
  hoverWhileTyping: summary(typing),
  hoverAfterTypingPause: summary(afterPause),
  editToDiagnostics_ms: round(percentile(recheck, 50), 1),
};
const target = (value, limit, atMost = true) => ({ value, limit, met: value !== undefined && (atMost ? value <= limit : value >= limit) });
results.targets = {
  'LSP hover p99 <= 5 ms (1 MB draft, 10k glossary, one at a time)': target(results.hoverIdle.p99_ms, HOVER_TARGET_MS),
  'LSP hover p99 <= 5 ms (while typing one character at a time)': target(results.hoverWhileTyping.p99_ms, HOVER_TARGET_MS),
};
results.totalBenchTime_s = round((performance.now() - started) / 1000, 1);

const ms = (s) => `median ${s.median_ms} ms, p99 ${s.p99_ms} ms, max ${s.max_ms} ms (${s.requests})`;
const rows = [
  ['open 1 MB draft → first diagnostics', `${results.openToDiagnostics_ms} ms (${diagnosticCount} diagnostics)`],
  ['baseline: round trip (document not open)', ms(results.baselineRoundTrip)],
  ['hover, one at a time', `${ms(results.hoverIdle)}; ${hits} showed a hover`],
  ['completion, one at a time', ms(results.completion)],
  ['hover while typing (1 char edits)', ms(results.hoverWhileTyping)],
  ['hover 250 ms after a typing pause', ms(results.hoverAfterTypingPause)],
  ['edit → diagnostics of the 1 MB draft', `median ${results.editToDiagnostics_ms} ms (includes the 200 ms debounce)`],
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\nnatolex language server bench (seed ${SEED}, ${results.environment.node}, ${results.environment.cores} cores, load ${results.environment.loadAverageAtStart.join(' ')})\n`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
console.log('\ntargets:');
for (const [name, { value, met }] of Object.entries(results.targets)) console.log(`  ${met ? 'met    ' : 'MISSED '} ${name} (${value ?? 'not measured'})`);
if (stderr.trim() !== '') log(`server stderr:\n${stderr.slice(0, 2000)}`);
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${path.relative(process.cwd(), OUT)} in ${results.totalBenchTime_s} s${PROFILE_DIR ? `; server profile in ${PROFILE_DIR}` : ''}`);
