#!/usr/bin/env node
// `npm start` (after the build and `npm run package -w natolex`): a real VS Code in the browser (code-server,
// bound to 127.0.0.1 only) with the freshly packed VSIX installed and a scratch copy of the demo workspace open.
// Ctrl-C stops code-server and everything it started.
//
// usage: node scripts/start-demo.mjs [--vsix FILE] [--folder DIR] [--keep]
//   PORT=8080      port to use (default: 8080, or the next free one)
//   --folder DIR   open DIR itself instead of a copy of demo/ (e.g. your own drafts)
//   --keep         keep the scratch copy (and server logs) after stopping
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail, step } from './lib/log.mjs';
import { PINS, ensureOfflineVSCode, extensionRoot } from './lib/offline-vscode.mjs';
import { freePort, isPortFree, onCleanup } from './lib/processes.mjs';
import { createRunFolder, installVsix, startCodeServer } from './lib/servers.mjs';

const DEMO_HINT = `Workspace: a scratch copy of packages/vscode-ext/demo (%s when you stop).
  Try: open draft.md, hover NUC, run "natolex: Insert Cited Passage…" from the command palette (F1).`;

const { version } = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));
const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string', default: join(extensionRoot, `natolex-${version}.vsix`) },
    folder: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const vsix = resolve(options.vsix);
if (!existsSync(vsix)) fail(`VSIX not found: ${vsix}\nBuild and package first (npm start does both): npm run build && npm run package -w natolex`);
if (options.folder && !existsSync(options.folder)) fail(`folder not found: ${options.folder}`);

let run;
try {
  step(`ensuring the offline VS Code ${PINS.vscode} (first run installs it into the cache; later runs reuse it)`);
  const vscode = ensureOfflineVSCode();
  const port = await choosePort();
  run = createRunFolder('demo');
  const runFolder = run.root;
  onCleanup(() => options.keep || rmSync(runFolder, { recursive: true, force: true }));

  let folder;
  if (options.folder) {
    folder = resolve(options.folder);
  } else {
    folder = join(run.root, 'workspace');
    cpSync(join(extensionRoot, 'demo'), folder, { recursive: true });
  }
  step(`installing ${vsix}`);
  installVsix(vscode, run, vsix);
  step(`starting code-server ${PINS.codeServer} on 127.0.0.1:${port}`);
  const server = await startCodeServer(vscode, run, port, folder);

  const url = `http://127.0.0.1:${port}/`; // code-server redirects to the folder it was started with
  console.log(`
  natolex ${version} is running in VS Code ${PINS.vscode} (code-server ${PINS.codeServer}), on this machine only:

    ${url}

  ${options.folder ? `Folder: ${folder}` : DEMO_HINT.replace('%s', options.keep ? 'kept' : 'deleted')}
  Desktop VS Code instead: code --install-extension ${vsix}
  Press Ctrl-C to stop.
`);
  const { code, signal } = await server.exited;
  options.keep = true; // for the log
  fail(`code-server stopped unexpectedly (${signal ?? `exit ${code}`}); its log: ${run.serverLog}`);
} catch (error) {
  if (run) options.keep = true; // for the server log
  fail(`could not start the demo: ${error.message}${run ? `\nlogs kept in ${run.root}` : ''}`);
}

/** $PORT if set (it must be free), else 8080 or the next free port up to 8099, else any free port. */
async function choosePort() {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
    if (!(await isPortFree(port))) throw new Error(`port ${port} (from PORT) is in use on 127.0.0.1; choose another, e.g. PORT=${port + 1} npm start`);
    return port;
  }
  for (let port = 8080; port < 8100; port++) {
    if (await isPortFree(port)) return port;
  }
  return freePort();
}
