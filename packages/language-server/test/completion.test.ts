// Completion over stdio on a draft edited incrementally (as editors send it): the server finds the cursor's line
// through the open document's line offsets and whether an acronym is already defined from the current text, so
// both must follow each edit, on CRLF and lone-CR lines too.
import { CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, type CompletionList, type Range } from 'vscode-languageserver-protocol/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES, makeFolder, startClient, type TestClient } from './client.js';

let folder: Awaited<ReturnType<typeof makeFolder>>;
let client: TestClient;
let draft: string;
let version = 1;

async function edit(range: Range, text: string) {
  version += 1;
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: draft, version }, contentChanges: [{ range, text }] });
}
const complete = async (line: number, character: number) => (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draft }, position: { line, character } })) as CompletionList;
const nuc = async (line: number, character: number) => (await complete(line, character)).items.find((item) => item.label === 'NUC');

beforeAll(async () => {
  folder = await makeFolder({ 'draft.md': '' });
  draft = folder.uri('draft.md');
  client = startClient({});
  await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folder.uri(''), capabilities: CAPABILITIES, workspaceFolders: [{ uri: folder.uri('').replace(/\/$/, ''), name: 'w' }] });
  await client.connection.sendNotification(InitializedNotification.type, {});
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draft, languageId: 'markdown', version, text: '# Report\r\n\r\nThe NU' } });
});

afterAll(async () => {
  await client?.close();
  await folder?.dispose();
});

describe('completion on an incrementally edited draft', () => {
  it('defines an acronym until an edit defines it earlier, and again once that definition is deleted', async () => {
    expect((await nuc(2, 6))?.textEdit).toEqual({ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } }, newText: 'NATO-Ukraine Commission (NUC)' });
    // "# Report\r\nThe NATO-Ukraine Commission (NUC) met.\r\n\r\nThe NU"
    await edit({ start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, 'The NATO-Ukraine Commission (NUC) met.\r\n');
    expect((await nuc(3, 6))?.textEdit).toEqual({ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 6 } }, newText: 'NUC' });
    // The cursor past its line's end completes at the line's end (as LSP asks).
    expect((await nuc(3, 99))?.textEdit).toMatchObject({ newText: 'NUC', range: { end: { line: 3, character: 6 } } });
    await edit({ start: { line: 1, character: 28 }, end: { line: 1, character: 33 } }, '');
    expect((await nuc(3, 6))?.textEdit).toMatchObject({ newText: 'NATO-Ukraine Commission (NUC)' });
  });

  it('completes passages on a line after lone-CR line breaks, removing what was typed on that line', async () => {
    // The draft is now four lines; a fifth and sixth after lone CRs.
    await edit({ start: { line: 3, character: 6 }, end: { line: 3, character: 6 } }, '\r\rcite:ukraine');
    const list = await complete(5, 'cite:ukraine'.length);
    expect(list.isIncomplete).toBe(true);
    expect(list.items[0]?.textEdit).toEqual({ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 12 } }, newText: '' });
  });
});
