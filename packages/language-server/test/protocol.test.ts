// The built server over stdio, as an editor uses it: initialize, diagnostics on a draft (with the folder's glossary),
// hover, completion, a code action and its edit, the cited-passage command, a glossary change, pull diagnostics,
// natolex.wellKnown / natolex.headingDefinitions and a workspace natolex.config.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type InitializeResult,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node.js';
import { applyLspEdits, CAPABILITIES, editsFor, makeFolder, startClient, type TestClient } from './client.js';

const GLOSSARY = { name: 'Team glossary', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] };
// The emoji is two UTF-16 code units: the PfP after it starts at character 28 in UTF-16 (27 in code points).
const DRAFT = '# Report\n\nThe NUC met the DRT. 😀 The PfP met.\nLater the NUC and the XQZW.\nFinally the UN C';

let folder: Awaited<ReturnType<typeof makeFolder>>;
let client: TestClient;
let draft: string;
let text = DRAFT;
let version = 1;
let init: InitializeResult;

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);
const wordAt = (diagnostic: Diagnostic) => text.split('\n')[diagnostic.range.start.line]!.slice(diagnostic.range.start.character, diagnostic.range.end.character);

async function change(next: string) {
  text = next;
  version += 1;
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: draft, version }, contentChanges: [{ text }] });
}

beforeAll(async () => {
  folder = await makeFolder({ 'draft.md': DRAFT, 'glossary/team.natolex.json': JSON.stringify(GLOSSARY, null, 2) });
  draft = folder.uri('draft.md');
  client = startClient({});
  init = await client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folder.uri(''), capabilities: CAPABILITIES, workspaceFolders: [{ uri: folder.uri('').replace(/\/$/, ''), name: 'w' }] });
  await client.connection.sendNotification(InitializedNotification.type, {});
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draft, languageId: 'markdown', version, text } });
});

afterAll(async () => {
  await client?.close();
  await folder?.dispose();
});

describe('natolex-language-server --stdio', () => {
  it('initializes with the features, UTF-16 positions and the command', () => {
    expect(init.serverInfo?.name).toBe('natolex-language-server');
    expect(init.capabilities).toMatchObject({ positionEncoding: 'utf-16', hoverProvider: true, executeCommandProvider: { commands: ['natolex.insertCitedPassage'] } });
    expect(init.capabilities.completionProvider?.triggerCharacters).toContain(':');
    expect(init.capabilities.diagnosticProvider).toBeUndefined(); // this client has no pull diagnostics: push
  });

  it("pushes the registry's diagnostics for the draft, with the folder's glossary and UTF-16 ranges", async () => {
    const diagnostics = await client.diagnosticsFor(draft, (d) => byRule(d, 'first-use').length > 0);
    const firstUses = byRule(diagnostics, 'first-use');
    expect(firstUses.map(wordAt).slice(0, 3)).toEqual(['NUC', 'DRT', 'PfP']);
    const pfp = firstUses[2]!;
    expect(pfp.range).toEqual({ start: { line: 2, character: 28 }, end: { line: 2, character: 31 } });
    expect(pfp).toMatchObject({ severity: DiagnosticSeverity.Error, source: 'natolex' });
    expect(firstUses[1]!.message).toContain('Drafting Review Team (DRT)');
    expect(byRule(diagnostics, 'unknown-acronym').map(wordAt)).toContain('XQZW');
  });

  it('answers a hover with the entry and the glossary it comes from', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draft }, position: { line: 2, character: 17 } });
    const contents = hover!.contents as MarkupContent;
    expect(contents.kind).toBe('markdown');
    expect(contents.value).toContain('**DRT** — Drafting Review Team');
    expect(contents.value).toContain('From glossary\\: glossary\\/team\\.natolex\\.json');
    expect(hover!.range).toEqual({ start: { line: 2, character: 16 }, end: { line: 2, character: 19 } });
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draft }, position: { line: 0, character: 3 } })).toBeNull();
  });

  it('completes an acronym being typed with its definition', async () => {
    const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draft }, position: { line: 4, character: 16 } })) as CompletionList;
    const item = result.items.find((candidate) => candidate.label === 'UN CTC')!;
    expect(item.textEdit).toEqual({ range: { start: { line: 4, character: 12 }, end: { line: 4, character: 16 } }, newText: 'UN Counter-Terrorism Committee (UN CTC)' });
  });

  it('offers the quick fix and "Expand all first uses"; applying the latter defines every first use', async () => {
    const diagnostics = client.diagnostics.get(draft)!;
    const nuc = byRule(diagnostics, 'first-use')[0]!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draft }, range: nuc.range, context: { diagnostics: [nuc] } }))!;
    const titles = actions.map((action) => action.title);
    expect(titles).toContain("Expand to 'NATO-Ukraine Commission (NUC)'");
    const all = actions.find((action) => action.title === 'Expand all first uses')!;
    expect('kind' in all && all.kind).toBe('quickfix');
    const fixed = applyLspEdits(text, editsFor(('edit' in all && all.edit) || {}, draft));
    expect(fixed).toContain('The NATO-Ukraine Commission (NUC) met the Drafting Review Team (DRT). 😀 The Partnership for Peace (PfP) met.');
    expect(fixed).toContain('Later the NUC and');
    await change(fixed);
    const after = await client.diagnosticsFor(draft, (d) => byRule(d, 'first-use').every((f) => wordAt(f) !== 'NUC'));
    expect(byRule(after, 'first-use').map(wordAt)).not.toContain('DRT');
  });

  it('inserts a cited passage chosen by a completion item, through executeCommand and workspace/applyEdit', async () => {
    await change(`${text}\n\ncite:ukraine commission`);
    const line = text.split('\n').length - 1;
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draft }, position: { line, character: 'cite:ukraine commission'.length } })) as CompletionList;
    expect(list.isIncomplete).toBe(true);
    const item: CompletionItem = list.items[0]!;
    expect(item.command?.command).toBe('natolex.insertCitedPassage');
    // The editor applies the item's edit (removes the query), then runs its command.
    await change(applyLspEdits(text, [item.textEdit as never]));
    const before = client.applied.length;
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: item.command!.command, arguments: item.command!.arguments });
    expect(result).toMatchObject({ applied: true, footnote: 1 });
    const inserted = applyLspEdits(text, editsFor(client.applied[before]!, draft));
    expect(inserted).toMatch(/\n> .*Ukraine.*\[\^1\]\n/);
    expect(inserted).toMatch(/\n\[\^1\]: North Atlantic Treaty Organization, .+\n$/);
  });

  it('inserts a passage chosen by id, and refuses bad arguments with an error', async () => {
    const before = client.applied.length;
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'natolex.insertCitedPassage', arguments: [{ uri: draft, snippetId: 'snippet.un.p12', format: 'pandoc', position: { line: 0, character: 0 } }] });
    expect(applyLspEdits(text, editsFor(client.applied[before]!, draft))).toMatch(/^> .+ \[@nato-un, sec\. \{Counter-terrorism\}\]\n\n# Report/);
    await expect(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'natolex.insertCitedPassage', arguments: [{ uri: draft, snippetId: 'acronym.nuc' }] })).rejects.toThrow(/cannot cite/);
    await expect(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'natolex.insertCitedPassage', arguments: ['x'] })).rejects.toThrow(/takes one argument/);
  });

  it('reloads a glossary when the client reports it changed, and reports a broken one on the glossary itself', async () => {
    const glossary = path.join(folder.root, 'glossary/team.natolex.json');
    await writeFile(glossary, JSON.stringify({ ...GLOSSARY, acronyms: [...GLOSSARY.acronyms, { id: 'acronym.team.xqzw', form: 'XQZW', expansion: 'Extra Quiet Zone Watch' }] }, null, 2));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: folder.uri('glossary/team.natolex.json'), type: FileChangeType.Changed }] });
    const reloaded = await client.diagnosticsFor(draft, (d) => byRule(d, 'first-use').some((f) => wordAt(f) === 'XQZW'));
    expect(byRule(reloaded, 'unknown-acronym').map(wordAt)).not.toContain('XQZW');

    await writeFile(glossary, '{\n  "name": "Team glossary",\n  "acronyms": [\n    { "id": "acronym.team.drt" "form": "DRT" }\n  ]\n}\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: folder.uri('glossary/team.natolex.json'), type: FileChangeType.Changed }] });
    // (Until now it had the schema 1 hint alone: it loaded.)
    const problems = await client.diagnosticsFor(folder.uri('glossary/team.natolex.json'), (d) => d.some((diagnostic) => diagnostic.code === 'glossary'));
    const syntax = problems.find((diagnostic) => diagnostic.code === 'glossary')!;
    expect(syntax.range.start.line).toBe(3);
    expect(syntax.source).toBe('natolex');
    // A last good version is served: no schema 1 hint on a file that does not load.
    expect(problems.map((d) => d.code)).not.toContain('glossary-schema-1');
    // The broken file keeps serving its last good version, and says so.
    expect(problems.map((d) => d.code)).toContain('glossary-stale');
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes('(DRT)'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draft }, position: { line, character: lines[line]!.indexOf('(DRT)') + 2 } });
    expect((hover!.contents as MarkupContent).value).toContain('Drafting Review Team');
  });
});

describe('a client with pull diagnostics and its own severities', () => {
  it('declares a diagnostic provider and answers textDocument/diagnostic with the configured severity', async () => {
    const pull = startClient({ diagnostics: { severity: 'hint' } });
    try {
      const result = await pull.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folder.uri(''),
        capabilities: { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, diagnostic: {} } },
        workspaceFolders: [{ uri: folder.uri(''), name: 'w' }],
      });
      expect(result.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
      await pull.connection.sendNotification(InitializedNotification.type, {});
      const uri = folder.uri('other.md');
      await pull.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: 'The NUC met.' } });
      const report = await pull.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      expect(report.kind).toBe('full');
      const items = 'items' in report ? report.items : [];
      expect(items.find((d) => d.code === 'first-use')).toMatchObject({ severity: DiagnosticSeverity.Hint, range: { start: { line: 0, character: 4 } } });
    } finally {
      await pull.close();
    }
  });
});

describe('concepts, the writer language and schema 1 glossaries', () => {
  const bilingual = {
    $schema: 'urn:natolex:schema:lexicon:2',
    name: 'Bilingual team glossary (test fixture)',
    language: 'en',
    concepts: [
      {
        id: 'concept.team.twg',
        subjectField: 'body',
        terms: [
          { text: 'Team Writing Group', type: 'fullForm', status: 'preferred' },
          { text: 'TWG', type: 'acronym', status: 'preferred' },
          { text: "Groupe de rédaction de l'équipe", type: 'fullForm', status: 'preferred', language: 'fr' },
        ],
        notes: ['A fictional team body in two languages; not NATO terminology.'],
      },
    ],
  };

  async function withServer(settings: Record<string, unknown>, locale: string | undefined, run: (client: TestClient, uri: (name: string) => string) => Promise<void>) {
    const files = await makeFolder({ 'draft.md': 'KFOR and the TWG.\n', 'bilingual.natolex.json': JSON.stringify(bilingual, null, 2), 'old.natolex.json': JSON.stringify(GLOSSARY, null, 2) });
    const server = startClient(settings);
    try {
      await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: files.uri(''), capabilities: CAPABILITIES, workspaceFolders: [{ uri: files.uri('').replace(/\/$/, ''), name: 'b' }], ...(locale ? { locale } : {}) });
      await server.connection.sendNotification(InitializedNotification.type, {});
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: files.uri('draft.md'), languageId: 'markdown', version: 1, text: 'KFOR and the TWG.\n' } });
      await run(server, files.uri);
    } finally {
      await server.close();
      await files.dispose();
    }
  }

  const hoverAt = async (server: TestClient, uri: string, character: number) =>
    ((await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character } }))!.contents as MarkupContent).value;

  it('hovers KFOR with the Kosovo Force definition, and says on a schema 1 glossary how to migrate it', async () => {
    await withServer({}, undefined, async (server, uri) => {
      expect(await hoverAt(server, uri('draft.md'), 1)).toContain('to provide an international security presence');
      const hints = await server.diagnosticsFor(uri('old.natolex.json'), (d) => d.length > 0);
      expect(hints).toEqual([expect.objectContaining({ code: 'glossary-schema-1', severity: DiagnosticSeverity.Information, message: expect.stringContaining('natolex migrate old.natolex.json') })]);
      // A schema 2 glossary gets no hint.
      expect(server.diagnostics.get(uri('bilingual.natolex.json')) ?? []).toEqual([]);
    });
  });

  it('shows natolex.language first, else the client locale, with the other languages after it', async () => {
    await withServer({ language: 'fr' }, 'en', async (server, uri) => {
      const french = await hoverAt(server, uri('draft.md'), 14);
      expect(french).toContain("**TWG** — Groupe de rédaction de l\\'équipe");
      expect(french).toContain('In other languages\\:  \nen: Team Writing Group');
    });
    await withServer({}, 'en-GB', async (server, uri) => {
      expect(await hoverAt(server, uri('draft.md'), 14)).toContain('**TWG** — Team Writing Group');
    });
    await withServer({}, 'fr', async (server, uri) => {
      expect(await hoverAt(server, uri('draft.md'), 14)).toContain("**TWG** — Groupe de rédaction de l\\'équipe");
    });
  });
});

describe('natolex.wellKnown and natolex.headingDefinitions: from natolex.config.json, overridden by the client', () => {
  const DRAFT_MD = '# Partnership for Peace (PfP)\n\nThe PfP met NATO and the NUC.\n';
  const firstUses = (diagnostics: Diagnostic[]) => byRule(diagnostics, 'first-use').map((d) => DRAFT_MD.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character));

  async function firstUsesWith(files: Record<string, string>, settings: Record<string, unknown>, logs: string[] = []): Promise<string[]> {
    const workspace = await makeFolder({ 'draft.md': DRAFT_MD, ...files });
    const session = startClient(settings);
    session.connection.onNotification(LogMessageNotification.type, (params) => logs.push(params.message));
    try {
      await session.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: workspace.uri(''), capabilities: CAPABILITIES, workspaceFolders: [{ uri: workspace.uri('').replace(/\/$/, ''), name: 'w' }] });
      await session.connection.sendNotification(InitializedNotification.type, {});
      const uri = workspace.uri('draft.md');
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT_MD } });
      return firstUses(await session.diagnosticsFor(uri, () => true));
    } finally {
      await session.close();
      await workspace.dispose();
    }
  }

  it('defaults: NATO is well known, a heading does not define the PfP for the body', async () => {
    expect(await firstUsesWith({}, {})).toEqual(['PfP', 'NUC']);
  });

  it('reads the settings the client sends', async () => {
    expect(await firstUsesWith({}, { wellKnown: [], headingDefinitions: true })).toEqual(['NATO', 'NUC']);
  });

  it("reads the folder's natolex.config.json as the CLI does, and the client's settings win over it", async () => {
    const config = { 'natolex.config.json': JSON.stringify({ wellKnown: ['NATO', 'NUC'], headingDefinitions: true }) };
    expect(await firstUsesWith(config, {})).toEqual([]);
    expect(await firstUsesWith(config, { headingDefinitions: false })).toEqual(['PfP']);
    expect(await firstUsesWith({ 'package.json': JSON.stringify({ name: 'x', natolex: { wellKnown: [] } }) }, {})).toEqual(['PfP', 'NATO', 'NUC']);
  });

  it('reports a broken natolex.config.json with file:line:col and keeps the defaults', async () => {
    const logs: string[] = [];
    expect(await firstUsesWith({ 'natolex.config.json': '{\n  "wellKnown": "NUC"\n}\n' }, {}, logs)).toEqual(['PfP', 'NUC']);
    expect(logs.join('\n')).toContain('natolex.config.json:2:16  /wellKnown  must be array, found "NUC"');
  });
});

describe('"Define ABBR before the quotation"', () => {
  it("is offered on a quotation where the writer's own text has the long form, and edits only that text", async () => {
    const quoted = 'The NATO-Ukraine Commission said:\n\n> The NUC agreed on the plan.\n';
    const workspace = await makeFolder({ 'quote.md': quoted });
    const session = startClient({});
    try {
      await session.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: workspace.uri(''), capabilities: CAPABILITIES, workspaceFolders: [{ uri: workspace.uri('').replace(/\/$/, ''), name: 'w' }] });
      await session.connection.sendNotification(InitializedNotification.type, {});
      const uri = workspace.uri('quote.md');
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: quoted } });
      const at = { line: 2, character: 7 };
      const actions = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
      const define = (actions ?? []).find((action) => 'title' in action && action.title.startsWith('Define NUC'));
      expect(define?.title).toBe("Define NUC before the quotation: 'NATO-Ukraine Commission (NUC)'");
      const edit = 'edit' in define! ? define.edit : undefined;
      expect(applyLspEdits(quoted, editsFor(edit!, uri))).toBe('The NATO-Ukraine Commission (NUC) said:\n\n> The NUC agreed on the plan.\n');
    } finally {
      await session.close();
      await workspace.dispose();
    }
  });
});
