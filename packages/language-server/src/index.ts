// @natolex/language-server as a library: start the server on a connection you made (another transport, a test),
// with your own WorkspaceHost. The executable is dist/node.js; the web-worker build is dist/browser/server.js.
export { COMMANDS, SERVER_NAME, startServer } from './server.js';
export { createNodeHost } from './node-host.js';
