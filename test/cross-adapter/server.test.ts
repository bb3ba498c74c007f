// The language server (built, over stdio, driven by its own protocol test client) reports for drafts/ exactly the
// findings of the golden file, which the CLI and the VS Code extension also give.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, type Diagnostic } from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES, startClient, type TestClient } from '../../packages/language-server/test/client.js';
import { DRAFTS, draftNames, readGolden, sortFindings, type GoldenFinding } from './golden.js';

let client: TestClient;
const folder = pathToFileURL(DRAFTS).href.replace(/\/$/, '');

function asGolden(diagnostics: Diagnostic[]): GoldenFinding[] {
  return sortFindings(
    diagnostics.map((diagnostic) => {
      const { start, end } = diagnostic.range;
      return { rule: String(diagnostic.code), range: [start.line, start.character, end.line, end.character], message: diagnostic.message };
    }),
  );
}

beforeAll(async () => {
  client = startClient({});
  await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folder, capabilities: CAPABILITIES, workspaceFolders: [{ uri: folder, name: 'drafts' }] });
  await client.connection.sendNotification(InitializedNotification.type, {});
});

afterAll(async () => {
  await client?.close();
});

describe('natolex-language-server --stdio', () => {
  const golden = readGolden();
  for (const name of draftNames()) {
    it(`reports the golden findings for ${name}`, async () => {
      const uri = `${folder}/${name}`;
      const want = golden[name] ?? [];
      const text = readFileSync(`${DRAFTS}${name}`, 'utf8');
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: name.endsWith('.txt') ? 'plaintext' : 'markdown', version: 1, text } });
      // Pushed once checked; compared even when the count never matches, to show the difference.
      const pushed = await Promise.race([client.diagnosticsFor(uri, (diagnostics) => diagnostics.length === want.length), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 15_000))]);
      expect(asGolden(pushed ?? client.diagnostics.get(uri) ?? [])).toEqual(want);
    });
  }
});
