#!/usr/bin/env node
// The UI end-to-end check (test/e2e/ui-checks.mjs) against code-server with the packed VSIX installed, on a fresh
// copy of the demo workspace, in headless Chromium: once with natolex in the Node extension host (screenshots for
// the README go to docs/screenshots/), once in the web-worker extension host (the user setting
// "remote.extensionKind": {"natolex.natolex": ["web"]}; its screenshots stay in the run folder).
//
// usage: node scripts/ui-e2e.mjs [--host node|web-worker|all] [--vsix FILE] [--workspace DIR] [--screenshots DIR] [--keep]
// The VSIX defaults to natolex-<version>.vsix from `npm run package -w natolex`.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runUiChecks } from '../test/e2e/ui-checks.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { extensionHosts, selectHosts } from './lib/extension-hosts.mjs';
import { elapsedSeconds, fail, step } from './lib/log.mjs';
import { PINS, ensureOfflineVSCode, extensionRoot, repoRoot } from './lib/offline-vscode.mjs';
import { freePort, onCleanup, runCleanups } from './lib/processes.mjs';
import { createRunFolder, installVsix, startCodeServer, workbenchUrl } from './lib/servers.mjs';

const { version, publisher, name } = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));
const { values: options } = parseArgs({
  options: {
    host: { type: 'string', default: 'all' },
    vsix: { type: 'string', default: join(extensionRoot, `natolex-${version}.vsix`) },
    workspace: { type: 'string', default: join(extensionRoot, 'demo') },
    screenshots: { type: 'string', default: join(repoRoot, 'docs', 'screenshots') },
    keep: { type: 'boolean', default: false },
  },
});
const vsix = resolve(options.vsix);
const demoWorkspace = resolve(options.workspace);
const screenshotsDir = resolve(options.screenshots);
const failureScreenshot = join(extensionRoot, 'test-results', 'ui-e2e-failure.png');

if (!existsSync(vsix)) fail(`VSIX not found: ${vsix}\nPackage the extension first: npm run package -w natolex`);
if (!existsSync(demoWorkspace)) fail(`workspace not found: ${demoWorkspace}`);

let hosts;
try {
  hosts = selectHosts(options.host, extensionHosts(extensionRoot, `${publisher}.${name}`));
} catch (error) {
  fail(error.message);
}
for (const host of hosts) {
  let run;
  let keepRunFolder = options.keep; // also kept when the check fails, for its logs
  let failure;
  try {
    await runCheck(host, (created) => {
      run = created;
      onCleanup(() => keepRunFolder || rmSync(created.root, { recursive: true, force: true }));
    });
  } catch (error) {
    failure = error;
  }
  if (failure) keepRunFolder = true;
  runCleanups();
  if (failure) {
    const where = run ? `\nlogs kept in ${run.root} (server.log, browser-console.log); screenshot: ${failureScreenshot}` : '';
    fail(`UI end-to-end check FAILED in the ${host.label}: ${failure.message}${where}`, failure.cause);
  }
  console.log(`\nnatolex UI check (code-server ${PINS.codeServer}, VS Code ${PINS.vscode}, ${host.label}): passed in ${elapsedSeconds().toFixed(1)}s`);
}

async function runCheck(host, onRunFolder) {
  step(`ensuring the offline VS Code ${PINS.vscode}; natolex in the ${host.label}`);
  const vscode = ensureOfflineVSCode();
  const run = createRunFolder(`ui-${host.name}`, { settings: host.settings });
  onRunFolder(run);
  // The README's screenshots come from the Node host's run; the web worker's stay with its run folder.
  const shotsDir = host.name === 'node' ? screenshotsDir : join(run.root, 'screenshots');
  const workspace = join(run.root, 'workspace');
  cpSync(demoWorkspace, workspace, { recursive: true }); // a copy: the check inserts text and saves

  step(`installing ${vsix}`);
  installVsix(vscode, run, vsix);
  const port = await freePort();
  step(`starting code-server on 127.0.0.1:${port}`);
  const server = await startCodeServer(vscode, run, port, workspace); // its process group is killed on exit or Ctrl-C

  const { context, page } = await launchBrowser({ executablePath: vscode.chromium, profileDir: join(run.root, 'chromium-profile') });
  onCleanup(() => void context.close().catch(() => {}));
  const browserLog = [];
  page.on('console', (message) => browserLog.push(`[${message.type()}] ${message.text()}`));

  mkdirSync(shotsDir, { recursive: true });
  await page.goto(workbenchUrl(port, workspace));
  try {
    await runUiChecks(page, { workspaceDir: workspace, screenshotsDir: shotsDir, host: host.name, log: (message) => step(message) });
    step(`screenshots saved in ${shotsDir}`);
  } catch (error) {
    mkdirSync(join(extensionRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: failureScreenshot }).catch(() => {});
    cpSync(run.serverLog, join(extensionRoot, 'test-results', 'ui-e2e-server.log'));
    throw error;
  } finally {
    writeFileSync(join(run.root, 'browser-console.log'), `${browserLog.join('\n')}\n`);
    await context.close();
    await server.stop();
  }
}
