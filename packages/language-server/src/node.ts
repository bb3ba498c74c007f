#!/usr/bin/env node
// `natolex-language-server --stdio`: the language server over stdin/stdout (what Neovim, Helix, Zed, Emacs and
// Sublime Text start). --node-ipc and --socket=<port> work too (vscode-languageserver reads the transport from argv).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createNodeHost } from './node-host.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
} else {
  startServer(createConnection(ProposedFeatures.all), createNodeHost());
}

declare const SERVER_VERSION: string;
