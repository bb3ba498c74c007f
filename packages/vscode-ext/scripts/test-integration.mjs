#!/usr/bin/env node
// The offline launcher for the extension-host integration suite: the same Mocha suite @vscode/test-cli runs
// (dist/test/suite/index.cjs exporting run()), inside the real VS Code 1.139.1 from the offline cache, twice: in the
// Node extension host, then in the web-worker extension host (what vscode.dev and github.dev run), where the
// extension's `browser` entry and the bundled suite (dist/test/web/suite.cjs) load in a web worker.
//
// For each host it starts the VS Code server bundled in code-server with the smoke-test driver (and, for the web
// worker, the user setting "remote.extensionKind": {"natolex.natolex": ["web"]}), opens the workbench in headless
// Chromium with a test payload (extensionDevelopmentPath + extensionTestsPath) on a fresh copy of the fixture
// workspace, prints the extension host's console (Mocha's output), and checks that the suite ran in the host asked
// for. It exits with the combined result.
//
// usage: node scripts/test-integration.mjs [--host node|web-worker|all] [--extension-dir DIR] [--tests FILE]
//                                          [--workspace DIR] [--timeout MS] [--keep]
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.mjs';
import { extensionHosts, reportedHost, selectHosts } from './lib/extension-hosts.mjs';
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
    host: { type: 'string', default: 'all' },
    'extension-dir': { type: 'string', default: extensionRoot },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    timeout: { type: 'string', default: process.env.NATOLEX_TEST_TIMEOUT_MS ?? '300000' },
    keep: { type: 'boolean', default: false },
  },
});
const extensionDir = resolve(options['extension-dir']);
const fixtureWorkspace = resolve(options.workspace ?? join(extensionDir, 'test', 'fixtures', 'workspace'));
const timeoutMs = Number(options.timeout);
const manifestPath = join(extensionDir, 'package.json');
if (!existsSync(manifestPath)) fail(`extension manifest not found: ${manifestPath}`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
let hosts;
try {
  hosts = selectHosts(options.host, extensionHosts(extensionDir, `${manifest.publisher}.${manifest.name}`));
} catch (error) {
  fail(error.message);
}
if (options.tests) {
  if (hosts.length > 1) fail('--tests names one suite entry: pick its host with --host node or --host web-worker');
  hosts[0] = { ...hosts[0], testsEntry: resolve(options.tests) };
}

for (const [what, path] of [...hosts.map((host) => [`test suite entry (${host.label})`, host.testsEntry]), ['fixture workspace', fixtureWorkspace]]) {
  if (!existsSync(path)) fail(`${what} not found: ${path}\nBuild the extension and its suite first: npm run build -w natolex`);
}
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) fail(`--timeout must be a number of milliseconds, got ${options.timeout}`);

const failures = [];
for (const host of hosts) {
  let run;
  let keepRunFolder = options.keep; // also kept when the run fails, for its logs
  let failure;
  try {
    failure = await runSuite(host, (created) => {
      run = created;
      onCleanup(() => keepRunFolder || rmSync(created.root, { recursive: true, force: true }));
    });
  } catch (error) {
    failure = `integration run failed: ${error.stack ?? error.message}`;
  }
  if (failure) keepRunFolder = true;
  runCleanups();
  if (failure) failures.push(`${host.label}: ${failure}${run ? `\n  logs kept in ${run.root} (server.log, automation.log, browser-console.log)` : ''}`);
}
if (failures.length > 0) fail(failures.join('\n'));

/** Runs the suite once; returns undefined when it passed, else what went wrong. */
async function runSuite(host, onRunFolder) {
  step(`ensuring the offline VS Code ${PINS.vscode}`);
  const vscode = ensureOfflineVSCode();
  const run = createRunFolder(`integration-${host.name}`, { settings: host.settings });
  onRunFolder(run);
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
    ['extensionTestsPath', remote(host.testsEntry)],
    ['skipWelcome', 'true'],
  ];
  step(`running ${host.testsEntry} in the ${host.label}, workspace ${workspace}`);
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
  console.log(`\nnatolex extension-host suite (VS Code ${PINS.vscode}, ${host.label}): ${counts} in ${suiteSeconds.toFixed(1)}s (total ${elapsedSeconds().toFixed(1)}s)`);

  if (outcome.error) return outcome.error;
  // A suite that silently ran elsewhere (e.g. the setting not applied, so the Node host) proves nothing.
  const ranIn = reportedHost(output);
  if (ranIn !== host.name) return `the suite ran in the ${ranIn ?? 'unknown (it never said)'} host, not the ${host.name} one`;
  if (outcome.code !== 0) return `the suite's run() rejected (exit code ${outcome.code})`;
  if (!summary.found) return 'the suite passed but printed no Mocha summary ("N passing"): use the spec reporter';
  if (summary.passed === 0) return 'the suite ran no tests';
  if (summary.failed > 0) return `${summary.failed} test(s) failed`;
  return undefined;
}
