// The web-worker build where a worker runs it: the bundle loaded as a classic worker script (what `new Worker(url)`
// in vscode-languageclient/browser starts) in a context with a worker's globals only — no require, module, process
// or file system — then spoken to over postMessage: initialize, a glossary open in the editor, diagnostics, hover.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const BUNDLE = fileURLToPath(new URL('../dist/browser/server.js', import.meta.url));

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

/** A worker global scope: postMessage out, onmessage in, and the web APIs a worker has. */
function workerScope() {
  const posted: Message[] = [];
  const listeners: Array<(message: Message) => void> = [];
  const scope: Record<string, unknown> = {
    postMessage: (message: Message) => {
      posted.push(message);
      for (const listener of listeners) listener(message);
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    onmessage: undefined,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    structuredClone,
    performance,
  };
  scope.self = scope;
  scope.globalThis = scope;
  const context = vm.createContext(scope);
  return {
    context,
    posted,
    send(message: Message) {
      (scope.onmessage as (event: { data: Message }) => void)({ data: { jsonrpc: '2.0', ...message } as Message });
    },
    next(match: (message: Message) => boolean, timeout = 20_000): Promise<Message> {
      const found = posted.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message matched within ${timeout} ms; got ${JSON.stringify(posted.map((m) => m.method ?? m.id))}`)), timeout);
        listeners.push((message) => {
          if (match(message)) {
            clearTimeout(timer);
            resolve(message);
          }
        });
      });
    },
  };
}

describe('dist/browser/server.js in a web worker', () => {
  it('is one classic script: no import, export or require of anything outside the bundle', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(() => new vm.Script(code, { filename: 'server.js' })).not.toThrow(); // a classic script parses
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/require\(["'](node:|fs|path|os|child_process|url)/);
  });

  it('serves diagnostics and hovers with a glossary the editor has open', async () => {
    const worker = workerScope();
    vm.runInContext(readFileSync(BUNDLE, 'utf8'), worker.context, { filename: 'server.js' });
    const folder = 'vscode-vfs://github/team/repo';
    const draft = `${folder}/draft.md`;
    const glossary = `${folder}/team.natolex.json`;
    worker.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'repo' }], capabilities: {} } });
    const init = await worker.next((message) => message.id === 1);
    expect(init.result).toMatchObject({ capabilities: { hoverProvider: true, positionEncoding: 'utf-16' } });
    worker.send({ method: 'initialized', params: {} });
    worker.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: glossary, languageId: 'json', version: 1, text: JSON.stringify({ name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] }) } } });
    worker.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: draft, languageId: 'markdown', version: 1, text: 'The DRT and the NUC met.' } } });
    const published = await worker.next((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as { uri: string }).uri === draft);
    const diagnostics = (published.params as { diagnostics: Array<{ code: string; range: { start: { character: number } } }> }).diagnostics.filter((d) => d.code === 'first-use');
    expect(diagnostics.map((d) => d.range.start.character)).toEqual([4, 16]);
    worker.send({ id: 2, method: 'textDocument/hover', params: { textDocument: { uri: draft }, position: { line: 0, character: 5 } } });
    const hover = await worker.next((message) => message.id === 2);
    expect((hover.result as { contents: { value: string } }).contents.value).toContain('**DRT** — Drafting Review Team');
  });
});
