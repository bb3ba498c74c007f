#!/usr/bin/env node
// The offline launcher for the extension-host integration suite: the same Mocha suite @vscode/test-cli runs
// (dist/test/suite/index.cjs exporting run()), inside the real VS Code 1.139.1 extension host from the offline cache.
//
// It starts the VS Code server bundled in code-server with the smoke-test driver, opens the workbench in headless
// Chromium with a test payload (extensionDevelopmentPath + extensionTestsPath) on a fresh copy of the fixture
// workspace, prints the extension host's console (Mocha's output), and exits with the suite's result.
//
// usage: node scripts/test-integration.mjs [--extension-dir DIR] [--tests FILE] [--workspace DIR] [--timeout MS] [--keep]
import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { elapsedSeconds, fail, step } from './lib/log.mjs';
import { summarizeMocha } from './lib/mocha-summary.mjs';
import { PINS, ensureOfflineVSCode, extensionRoot } from './lib/offline-vscode.mjs';
import { delay, freePort, onCleanup, runCleanups } from './lib/processes.mjs';
import { createRunFolder, startTestServer, workbenchUrl } from './lib/servers.mjs';

/** Workbench log lines that are expected offline and say nothing about the suite (still in automation.log). */
const WORKBENCH_NOISE = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket \(renderer-/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\] registration/,
  /^\[AgentHost:remote\]/,
  /^\[AccountPolicyGate\]/,
  /ENOTFOUND open-vsx\.org/, // no extension gallery offline
];

const { values: options } = parseArgs({
  options: {
    'extension-dir': { type: 'string', default: extensionRoot },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    timeout: { type: 'string', default: process.env.NATOLEX_TEST_TIMEOUT_MS ?? '300000' },
    keep: { type: 'boolean', default: false },
  },
});
const extensionDir = resolve(options['extension-dir']);
const testsEntry = resolve(options.tests ?? join(extensionDir, 'dist', 'test', 'suite', 'index.cjs'));
const fixtureWorkspace = resolve(options.workspace ?? join(extensionDir, 'test', 'fixtures', 'workspace'));
const timeoutMs = Number(options.timeout);

for (const [what, path] of [['extension manifest', join(extensionDir, 'package.json')], ['test suite entry', testsEntry], ['fixture workspace', fixtureWorkspace]]) {
  if (!existsSync(path)) fail(`${what} not found: ${path}\nBuild the extension and its suite first: npm run build -w natolex`);
}
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) fail(`--timeout must be a number of milliseconds, got ${options.timeout}`);

let run;
let keepRunFolder = options.keep; // also kept when the run fails, for its logs
let failure;
try {
  failure = await runSuite();
} catch (error) {
  failure = `integration run failed: ${error.stack ?? error.message}`;
}
if (failure) keepRunFolder = true;
runCleanups();
if (failure) fail(`${failure}${run ? `\nlogs kept in ${run.root} (server.log, automation.log, browser-console.log)` : ''}`);

/** Runs the suite once; returns undefined when it passed, else what went wrong. */
async function runSuite() {
  step(`ensuring the offline VS Code ${PINS.vscode}`);
  const vscode = ensureOfflineVSCode();
  run = createRunFolder('integration');
  const runFolder = run.root;
  onCleanup(() => keepRunFolder || rmSync(runFolder, { recursive: true, force: true }));
  const workspace = join(run.root, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true }); // a copy: tests may edit, add and break files
  const port = await freePort();
  step(`starting the VS Code server on 127.0.0.1:${port} (run folder ${run.root})`);
  const server = await startTestServer(vscode, run, port);

  const { context, page } = await launchBrowser({ executablePath: vscode.chromium, profileDir: join(run.root, 'chromium-profile') });
  onCleanup(() => void context.close().catch(() => {}));
  const browserLog = join(run.root, 'browser-console.log');
  page.on('console', (message) => appendFileSync(browserLog, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => appendFileSync(browserLog, `[pageerror] ${error.stack ?? error.message}\n`));

  // The smoke-test driver hands the extension host's console to codeAutomationLog, and the suite's result (0 when
  // run() resolved, 1 when it rejected) to codeAutomationExit. Both must exist before the workbench loads.
  const output = [];
  let suiteFinished = false; // after the result, the extension host shuts down noisily ("Canceled")
  const automationLog = join(run.root, 'automation.log');
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const text = format(...(Array.isArray(args) ? args : [args])); // Mocha logs format strings with arguments
    appendFileSync(automationLog, `[${level}] ${text}\n`);
    output.push(text);
    if (!suiteFinished && !WORKBENCH_NOISE.some((pattern) => pattern.test(text))) console.log(text);
  });
  let reportExit;
  const suiteExit = new Promise((resolveExit) => (reportExit = resolveExit));
  await page.exposeFunction('codeAutomationExit', (code) => {
    suiteFinished = true;
    reportExit(code);
  });

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true'],
  ];
  step(`running ${testsEntry} in the extension host, workspace ${workspace}`);
  const suiteStartedAt = elapsedSeconds();
  const timedOut = delay(timeoutMs, { unref: true }).then(() => ({
    error: `timed out after ${timeoutMs / 1000}s waiting for the suite to finish (no result from the extension host); raise --timeout or NATOLEX_TEST_TIMEOUT_MS`,
  }));
  await page.goto(workbenchUrl(port, workspace, payload));

  const outcome = await Promise.race([
    suiteExit.then((code) => ({ code })),
    server.exited.then(({ code, signal }) => ({ error: `the VS Code server exited (${signal ?? code}) during the run` })),
    timedOut,
  ]);
  const suiteSeconds = elapsedSeconds() - suiteStartedAt;
  await context.close();
  await server.stop();

  const summary = summarizeMocha(output);
  const counts = summary.found
    ? `${summary.passed} passed, ${summary.failed} failed${summary.pending ? `, ${summary.pending} pending` : ''}`
    : '? passed, ? failed';
  console.log(`\nnatolex extension-host suite (VS Code ${PINS.vscode}): ${counts} in ${suiteSeconds.toFixed(1)}s (total ${elapsedSeconds().toFixed(1)}s)`);

  if (outcome.error) return outcome.error;
  if (outcome.code !== 0) return `the suite's run() rejected (exit code ${outcome.code})`;
  if (!summary.found) return 'the suite passed but printed no Mocha summary ("N passing"): use the spec reporter';
  if (summary.passed === 0) return 'the suite ran no tests';
  if (summary.failed > 0) return `${summary.failed} test(s) failed`;
  return undefined;
}
