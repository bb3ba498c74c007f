// @vscode/test-cli configuration: the extension-host suite in desktop VS Code, for machines that can download it
// (`npx vscode-test` from this folder; it downloads VS Code into .vscode-test/). Offline machines use
// scripts/test-integration.mjs instead, which runs the same suite files in the VS Code from the offline cache.
//
//   npx vscode-test                                  VS Code 1.139.1, the version the offline launcher runs
//   NATOLEX_VSCODE_VERSION=stable npx vscode-test    or any version, e.g. the lowest that engines.vscode allows
import { defineConfig } from '@vscode/test-cli';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PINS } from './scripts/lib/offline-vscode.mjs';

// Tests may edit, add and break files: they get a fresh copy of the fixture workspace on every run.
const fixtureWorkspace = new URL('./test/fixtures/workspace', import.meta.url);
if (!existsSync(fixtureWorkspace)) throw new Error(`fixture workspace not found: ${fixtureWorkspace.pathname}`);
const workspaceFolder = join(mkdtempSync(join(tmpdir(), 'natolex-vscode-test-')), 'workspace');
cpSync(fixtureWorkspace, workspaceFolder, { recursive: true });

export default defineConfig({
  tests: [
    {
      label: 'extension-host',
      files: 'dist/test/suite/**/*.test.cjs',
      version: process.env.NATOLEX_VSCODE_VERSION || PINS.vscode,
      workspaceFolder,
      launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      mocha: { ui: 'tdd', timeout: 20_000, color: true, failZero: true },
    },
  ],
});
