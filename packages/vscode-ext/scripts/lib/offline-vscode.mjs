// The offline "real VS Code": Node 24 and code-server (which bundles the VS Code 1.139.1 server and web workbench)
// installed from the npm registry into a git-ignored cache folder, plus Debian's Chromium to drive the workbench.
// @vscode/test-electron cannot download VS Code on machines without general internet access; these pieces can be
// installed from the npm registry and apt alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { step } from './log.mjs';
import { ensureSystemPackages, findChromium } from './system-packages.mjs';

/** Exact versions: bumping one installs a fresh copy next to the old one (folders are keyed by version). */
export const PINS = Object.freeze({
  node: '24.21.0', // code-server 4.139.1 declares engines.node "24" and refuses other majors
  codeServer: '4.139.1', // bundles VS Code 1.139.1
  vscode: '1.139.1',
});

export const extensionRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(extensionRoot, '../..');

/** The cache folder: $NATOLEX_VSCODE_CACHE, else <repo>/.cache/vscode-offline (git-ignored). */
export function cacheDir() {
  return resolve(process.env.NATOLEX_VSCODE_CACHE || join(repoRoot, '.cache', 'vscode-offline'));
}

/** Where each pinned piece lives inside the cache. Nothing here checks that it is installed. */
export function offlineLayout(cache = cacheDir()) {
  const nodePackage = nodePackageName();
  const nodeInstall = join(cache, `node-${PINS.node}`);
  const nodeDir = join(nodeInstall, 'node_modules', nodePackage);
  const codeServerInstall = join(cache, `code-server-${PINS.codeServer}`);
  const codeServerDir = join(codeServerInstall, 'node_modules', 'code-server');
  return {
    cache,
    nodePackage,
    nodeInstall,
    nodeDir,
    nodeBin: join(nodeDir, 'bin', 'node'),
    codeServerInstall,
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'out', 'node', 'entry.js'),
    vscodeServerMain: join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js'),
  };
}

/**
 * Installs what is missing (idempotent; a folder without its completion marker is reinstalled from scratch) and
 * returns the layout plus the Chromium executable. Prints progress with `step`.
 */
export function ensureOfflineVSCode({ cache = cacheDir() } = {}) {
  const layout = offlineLayout(cache);
  if (!isInstalled(layout)) {
    mkdirSync(cache, { recursive: true });
    withInstallLock(cache, () => install(layout)); // another process may have installed it meanwhile: install() re-checks
  } else {
    ensureSystemPackages({ forCodeServerBuild: false });
  }
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium is still missing after the install step; set NATOLEX_CHROMIUM to its executable');
  return { ...layout, chromium };
}

function isInstalled(layout) {
  return (
    isComplete(layout.nodeInstall, PINS.node) &&
    existsSync(layout.nodeBin) &&
    isComplete(layout.codeServerInstall, PINS.codeServer) &&
    existsSync(layout.vscodeServerMain)
  );
}

function install(layout) {
  const needsCodeServer = !isComplete(layout.codeServerInstall, PINS.codeServer) || !existsSync(layout.vscodeServerMain);
  // libkrb5-dev and a C++ toolchain are only needed while code-server's native modules compile.
  ensureSystemPackages({ forCodeServerBuild: needsCodeServer });

  if (!isComplete(layout.nodeInstall, PINS.node) || !existsSync(layout.nodeBin)) {
    step(`installing Node ${PINS.node} (${layout.nodePackage}) into ${layout.nodeInstall}`);
    npmInstall(layout.nodeInstall, `${layout.nodePackage}@${PINS.node}`, { nodeDir: null });
    if (!existsSync(layout.nodeBin)) throw new Error(`${layout.nodePackage}@${PINS.node} installed, but ${layout.nodeBin} is missing`);
    markComplete(layout.nodeInstall, PINS.node);
  }
  if (needsCodeServer) {
    step(`installing code-server ${PINS.codeServer} (VS Code ${PINS.vscode}) into ${layout.codeServerInstall}`);
    step('this compiles native modules and takes a few minutes the first time');
    npmInstall(layout.codeServerInstall, `code-server@${PINS.codeServer}`, { nodeDir: layout.nodeDir });
    for (const required of [layout.codeServerEntry, layout.vscodeServerMain, join(layout.codeServerDir, 'lib', 'vscode', 'node_modules')]) {
      if (!existsSync(required)) throw new Error(`code-server@${PINS.codeServer} installed, but ${required} is missing`);
    }
    markComplete(layout.codeServerInstall, PINS.codeServer);
  }
}

/**
 * Runs fn while holding <cache>/.install-lock (a file naming its owner's pid), so two test runs starting at once do
 * not install into the same folders. A lock whose owner is gone is taken over.
 */
function withInstallLock(cache, fn) {
  const lock = join(cache, '.install-lock');
  let announced = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(lock);
    if (owner === 'gone') {
      rmSync(lock, { force: true }); // left behind by an interrupted install
      continue;
    }
    if (!announced) step(`waiting for another install into ${cache} (pid ${owner})`);
    announced = true;
    sleep(2000);
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** The pid holding the lock, 'gone' if that process has ended, 'unknown' while the file is still being written. */
function lockOwner(lock) {
  let text = '';
  try {
    text = readFileSync(lock, 'utf8').trim();
  } catch {
    return 'gone';
  }
  const pid = Number(text);
  if (!text || !Number.isInteger(pid)) return Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 10_000 ? 'gone' : 'unknown';
  return isAlive(pid) ? pid : 'gone';
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function nodePackageName() {
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (process.platform !== 'linux' || !arch) {
    throw new Error(
      `the offline VS Code runs on Linux x64/arm64 only (this is ${process.platform}/${process.arch}); ` +
        'on other machines use the @vscode/test-cli launcher (`npx vscode-test`), which downloads VS Code',
    );
  }
  return `node-linux-${arch}`;
}

const MARKER = '.natolex-complete.json';

function isComplete(installDir, version) {
  try {
    return JSON.parse(readFileSync(join(installDir, MARKER), 'utf8')).version === version;
  } catch {
    return false;
  }
}

function markComplete(installDir, version) {
  writeFileSync(join(installDir, MARKER), `${JSON.stringify({ version, installedAt: new Date().toISOString() }, null, 2)}\n`);
}

/**
 * `npm install <spec>` into a fresh folder of its own. With nodeDir, npm runs under that Node (code-server's
 * postinstall checks the Node major in npm's user agent) and node-gyp takes headers from it instead of downloading.
 */
function npmInstall(installDir, spec, { nodeDir }) {
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  writeFileSync(
    join(installDir, 'package.json'),
    `${JSON.stringify({ name: 'natolex-vscode-offline-cache', private: true, description: 'natolex test cache (safe to delete)' }, null, 2)}\n`,
  );
  const env = npmEnvironment();
  if (nodeDir) {
    env.PATH = `${join(nodeDir, 'bin')}:${env.PATH ?? ''}`;
    env.npm_config_nodedir = nodeDir;
  }
  const args = ['install', '--no-audit', '--no-fund', '--save-exact', '--foreground-scripts', '--loglevel=warn', spec];
  const result = spawnSync('npm', args, { cwd: installDir, env, stdio: 'inherit' });
  if (result.error) throw new Error(`could not run npm: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`\`npm ${args.join(' ')}\` failed in ${installDir} (exit ${result.status}); see the output above`);
}

/** npm settings a user may rely on (mirror, proxy, certificates); every other npm_* variable is dropped. */
const KEPT_NPM_SETTINGS = /^npm_config_(registry|@.*:registry|proxy|https_proxy|noproxy|no_proxy|cafile|ca|strict_ssl|cache|userconfig)$/i;

/**
 * The environment for a nested npm. When this runs from an npm script, the outer npm exports its own settings as
 * npm_config_* (among them a user agent naming the outer Node); a nested npm would read them back as its own config.
 */
function npmEnvironment() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || KEPT_NPM_SETTINGS.test(key)) env[key] = value;
  }
  return env;
}
