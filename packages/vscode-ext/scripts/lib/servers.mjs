// Starting the two kinds of server from the offline cache, each with its state inside one run folder:
// - the VS Code server bundled in code-server, with the smoke-test driver (integration tests via test payloads);
// - code-server itself (what a user runs: the UI check and `npm start`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnGroup, waitForHttp } from './processes.mjs';

/** Quiet, offline-friendly user settings: no welcome page, trust prompt, telemetry, update checks or AI prompts. */
const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
};

/**
 * A fresh run folder (under the system temp dir unless given) holding the server's HOME, XDG dirs, TMPDIR, user data
 * and extensions, so nothing is read from or written to the real home and sockets stay inside it.
 */
export function createRunFolder(kind, { parent = tmpdir(), settings = {} } = {}) {
  const root = mkdtempSync(join(parent, `natolex-${kind}-`));
  const run = {
    root,
    home: join(root, 'home'),
    tmp: join(root, 'tmp'),
    userData: join(root, 'user-data'),
    serverData: join(root, 'server-data'),
    extensions: join(root, 'extensions'),
    serverLog: join(root, 'server.log'),
  };
  const settingsText = `${JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2)}\n`;
  for (const dir of [run.home, run.tmp, run.extensions, join(run.userData, 'User'), join(run.userData, 'Machine'), join(run.serverData, 'data', 'Machine')]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(run.userData, 'User', 'settings.json'), settingsText);
  writeFileSync(join(run.userData, 'Machine', 'settings.json'), settingsText);
  writeFileSync(join(run.serverData, 'data', 'Machine', 'settings.json'), settingsText);
  return run;
}

/** The environment for a server: isolated home and temp dirs; no VS Code/Electron variables from a parent editor. */
export function serverEnvironment(run) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VSCODE_|ELECTRON_|npm_)/i.test(key)) env[key] = value;
  }
  return {
    ...env,
    HOME: run.home,
    TMPDIR: run.tmp,
    XDG_RUNTIME_DIR: run.tmp,
    XDG_CONFIG_HOME: join(run.home, '.config'),
    XDG_DATA_HOME: join(run.home, '.local', 'share'),
    XDG_CACHE_HOME: join(run.home, '.cache'),
  };
}

/**
 * The VS Code server (server-main.js) with --enable-smoke-test-driver: code-server's own CLI rejects that flag, and
 * without it a built workbench ignores the extensionDevelopmentPath/extensionTestsPath payload.
 */
export async function startTestServer(layout, run, port) {
  const args = [
    layout.vscodeServerMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--disable-update-check',
    '--server-data-dir', run.serverData,
    '--user-data-dir', run.userData,
    '--extensions-dir', run.extensions,
  ];
  const server = spawnGroup(layout.nodeBin, args, { env: serverEnvironment(run), cwd: run.root, logFile: run.serverLog });
  await waitForHttp(`http://127.0.0.1:${port}/version`, { timeoutMs: 60_000, server, logFile: run.serverLog });
  return server;
}

/** code-server bound to 127.0.0.1 only, without a password (nothing is reachable from other machines). */
export async function startCodeServer(layout, run, port, folder) {
  const args = [
    layout.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', run.userData,
    '--extensions-dir', run.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    folder,
  ];
  const server = spawnGroup(layout.nodeBin, args, { env: serverEnvironment(run), cwd: run.root, logFile: run.serverLog });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, { timeoutMs: 60_000, server, logFile: run.serverLog });
  return server;
}

/** Installs a .vsix into the run folder's extensions dir with code-server's CLI; throws with its output on failure. */
export function installVsix(layout, run, vsixPath) {
  const args = [layout.codeServerEntry, '--user-data-dir', run.userData, '--extensions-dir', run.extensions, '--force', '--install-extension', vsixPath];
  const result = spawnSync(layout.nodeBin, args, { env: serverEnvironment(run), cwd: run.root, encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsixPath} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  return output;
}

/** The workbench URL for a folder (and, for the test server, a test payload). */
export function workbenchUrl(port, folder, payload) {
  let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
