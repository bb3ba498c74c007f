#!/usr/bin/env node
// Installs the offline VS Code (pinned Node 24 + code-server, and Chromium via apt-get when missing) into the cache
// folder: <repo>/.cache/vscode-offline, or $NATOLEX_VSCODE_CACHE. Idempotent; prints where everything is.
// usage: node scripts/ensure-vscode.mjs
import { fail, step } from './lib/log.mjs';
import { PINS, cacheDir, ensureOfflineVSCode } from './lib/offline-vscode.mjs';

try {
  step(`offline VS Code ${PINS.vscode} (code-server ${PINS.codeServer}, Node ${PINS.node}) in ${cacheDir()}`);
  const installed = ensureOfflineVSCode();
  step(`node:        ${installed.nodeBin}`);
  step(`code-server: ${installed.codeServerDir}`);
  step(`chromium:    ${installed.chromium}`);
  step('ready');
} catch (error) {
  fail(`could not install the offline VS Code: ${error.message}`);
}
