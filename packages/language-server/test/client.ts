// A minimal LSP client for the protocol tests: spawns the built `natolex-language-server --stdio`, speaks JSON-RPC
// over its stdin/stdout (vscode-languageserver-protocol's Node connection, as real clients do), answers the server's
// requests (configuration, registrations, applyEdit) and records what it pushes (diagnostics).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js';

export const SERVER = fileURLToPath(new URL('../dist/node.js', import.meta.url));

export async function makeFolder(files: Record<string, string>): Promise<{ root: string; uri: (name: string) => string; dispose(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'natolex-ls-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return { root, uri: (name) => pathToFileURL(path.join(root, name)).href, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** Applies LSP edits (all relative to the same text) to a text. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (position: { line: number; character: number }) => Math.min(text.length, (lineStarts[position.line] ?? text.length) + position.character);
  const sorted = [...edits].map((edit, index) => ({ edit, index })).sort((a, b) => offset(a.edit.range.start) - offset(b.edit.range.start) || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    result += text.slice(cursor, offset(edit.range.start)) + edit.newText;
    cursor = offset(edit.range.end);
  }
  return result + text.slice(cursor);
}

export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.changes?.[uri]) return edit.changes[uri]!;
  for (const change of edit.documentChanges ?? []) if ('textDocument' in change && change.textDocument.uri === uri) return change.edits as TextEdit[];
  return [];
}

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** The latest diagnostics pushed for a URI. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Workspace edits the server asked to apply. */
  applied: WorkspaceEdit[];
  /** Resolves when diagnostics for `uri` satisfy `check` (checked on every push). */
  diagnosticsFor(uri: string, check: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  settings: Record<string, unknown>;
  stderr(): string;
  close(): Promise<void>;
}

export function startClient(settings: Record<string, unknown> = {}): TestClient {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} does not exist: run \`npm run build\` in packages/language-server first`);
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, Diagnostic[]>();
  const waiters: Array<{ uri: string; check: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  const client: TestClient = {
    connection,
    process: child,
    diagnostics,
    applied: [],
    settings,
    stderr: () => stderr,
    diagnosticsFor(uri, check) {
      const now = diagnostics.get(uri);
      if (now && check(now)) return Promise.resolve(now);
      return new Promise((resolve) => waiters.push({ uri, check, resolve }));
    },
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.check(params.diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'natolex' ? client.settings : null)));
  connection.onRequest(RegistrationRequest.type, () => null);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    client.applied.push(params.edit);
    return { applied: true };
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  return client;
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
  textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {}, completion: {}, codeAction: {} },
  general: { positionEncodings: ['utf-16'] },
};
