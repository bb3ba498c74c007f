// The language server in a web worker (vscode.dev, github.dev, browser editors): messages through the worker's
// postMessage. There is no file system here: glossaries come from the documents the editor has open (the server
// lists open *.natolex.json buffers as its folder's files), and a file read is refused with a clear message.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import type { WorkspaceHost } from '@natolex/language-service';
import { startServer } from './server.js';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const host: WorkspaceHost = {
  readFile: async (uri) => {
    throw new Error(`the browser language server cannot read files; open ${uri.split('/').pop() ?? uri} in the editor`);
  },
  listFiles: async () => [],
};

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), host);
