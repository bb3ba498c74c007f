import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, delay, hoverText, openFixture, positionOf, revertAndCloseAll, waitFor, waitForSome, workspaceUri } from './helpers.js';

const encoder = new TextEncoder();

function glossary(form: string, expansion: string, id = `acronym.added.${form.toLowerCase()}`): string {
  return `${JSON.stringify({ name: 'Added glossary', acronyms: [{ id, form, expansion }] }, null, 2)}\n`;
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

async function hoverOn(document: vscode.TextDocument, word: string): Promise<string> {
  return (await hoverText(document, positionOf(document, word))).text;
}

/** natolex's diagnostics on a glossary, but for the hint a schema 1 glossary gets (these tests write schema 1). */
function glossaryProblems(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'natolex' && diagnostic.code !== 'schema-1');
}

suite('workspace glossaries', () => {
  suiteSetup(activate);
  suiteTeardown(revertAndCloseAll);

  test('serves the entries of *.natolex.json files with the bundled corpus, naming the glossary', async () => {
    const { document } = await openFixture('drafts', 'team.md');
    const text = await hoverOn(document, 'DRT');
    assert.ok(text.includes('Drafting Review Team'), text);
    assert.ok(text.includes('From glossary\\: glossary\\/team\\.natolex\\.json'), text);
    assert.ok((await hoverOn(document, 'NUC')).includes('NATO\\-Ukraine Commission'));
  });

  test('hints on a schema 1 glossary (it loads, upgraded) that natolex migrate rewrites it, and not on a schema 2 one', async () => {
    const [hint] = await waitForSome('the schema 1 hint', () => vscode.languages.getDiagnostics(workspaceUri('glossary', 'team.natolex.json')).filter((diagnostic) => diagnostic.code === 'schema-1'));
    assert.equal(hint!.severity, vscode.DiagnosticSeverity.Information);
    assert.match(hint!.message, /Run `natolex migrate glossary\/team\.natolex\.json` to rewrite it in schema 2/);
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceUri('glossary', 'bilingual.natolex.json')).filter((diagnostic) => diagnostic.source === 'natolex'), []);
  });

  test('renders hostile glossary entries as text: no HTML, no foreign links, untrusted but for the passage command', async () => {
    const { document } = await openFixture('drafts', 'team.md');
    for (const word of ['HSTL', 'Hostile Term']) {
      const { hovers, text } = await hoverText(document, positionOf(document, word));
      assert.ok(text.length > 0, `no hover on ${word}`);
      assert.doesNotMatch(text, /(?<!\\)[<`]/, `unescaped HTML or code in:\n${text}`);
      assert.doesNotMatch(text, /(?<!\\)\]\((?!command:natolex\.openPassage\?)/, `a foreign link in:\n${text}`);
      if (word === 'HSTL') assert.ok(text.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), text);
      for (const hover of hovers) {
        for (const content of hover.contents) {
          if (content instanceof vscode.MarkdownString && content.value.includes('HSTL')) {
            assert.notEqual(content.isTrusted, true);
            assert.notEqual(content.supportHtml, true);
          }
        }
      }
    }
  });

  test('inserts a glossary passage verbatim ($, }, \\ and Markdown untouched) as one edit', async () => {
    const draft = workspaceUri('drafts', 'hostile-cite.md');
    await write(draft, 'Quote: \n');
    const editor = await openFixture('drafts', 'hostile-cite.md');
    editor.selection = new vscode.Selection(0, 7, 0, 7);
    const result = await vscode.commands.executeCommand<{ inserted: boolean }>('natolex.insertCitedPassage', { snippetId: 'snippet.hostile.p1', format: 'inline' });
    assert.equal(result.inserted, true);
    assert.ok(editor.document.getText().startsWith('Quote: “Pay $1 then ${2:two} and } and \\ and [x](command:workbench.action.quit) <img src=x>” ('), editor.document.getText());
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'Quote: \n');
  });

  suite('a glossary added, broken and fixed while the editor runs', () => {
    const uri = () => workspaceUri('glossary', 'added.natolex.json');
    let document: vscode.TextDocument;

    suiteSetup(async () => {
      // A workspace file, so the folder's glossaries apply.
      const draft = workspaceUri('drafts', 'added.md');
      await write(draft, 'The QRT reviewed it, and the NUC agreed with the ZRT.\n');
      document = (await openFixture('drafts', 'added.md')).document;
    });

    test('picks up a new glossary without reloading', async () => {
      assert.ok(!(await hoverOn(document, 'QRT')).includes('Quick Review Team'));
      await write(uri(), glossary('QRT', 'Quick Review Team'));
      await waitFor('the QRT hover', async () => (await hoverOn(document, 'QRT')).includes('Quick Review Team'));
    });

    test('reports invalid JSON on the right line, and keeps serving the last good version of the file', async () => {
      const broken = glossary('QRT', 'Quick Review Team').replace('"form": "QRT",', '"form": "QRT"');
      await write(uri(), broken);
      const [problem] = await waitForSome('a diagnostic on the broken glossary', () => glossaryProblems(uri()));
      const expectedLine = broken.split('\n').findIndex((line) => line.includes('"expansion"'));
      assert.equal(problem!.range.start.line, expectedLine, problem!.message);
      assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
      assert.match(problem!.message, /^Glossary not reloaded: .*natolex keeps serving the last good version of this file \(1 entries\)/);
      assert.ok((await hoverOn(document, 'NUC')).includes('NATO\\-Ukraine Commission'));
      const qrt = await hoverOn(document, 'QRT');
      assert.ok(qrt.includes('Quick Review Team') && qrt.includes('its last good version'), qrt);
    });

    test('leaves out only the entry with a misspelt property, and its "did you mean" quick fix brings it back', async () => {
      const text = `${JSON.stringify({ name: 'Added glossary', acronyms: [{ id: 'acronym.added.qrt', form: 'QRT', expansoin: 'Quick Review Team' }, { id: 'acronym.added.zrt', form: 'ZRT', expansion: 'Zone Review Team' }] }, null, 2)}\n`;
      await write(uri(), text);
      const [problem] = await waitForSome('the diagnostic on the misspelt property', () => glossaryProblems(uri()).filter((diagnostic) => diagnostic.message.includes("did you mean 'expansion'")));
      assert.match(problem!.message, /^Entry not loaded \(the rest of this glossary is\)/);
      const glossaryDocument = await vscode.workspace.openTextDocument(uri());
      assert.equal(glossaryDocument.getText(problem!.range), '"expansoin"');
      await waitFor('ZRT to load and QRT to be left out', async () => !(await hoverOn(document, 'QRT')).includes('Quick Review Team') && (await hoverOn(document, 'ZRT')).includes('Zone Review Team'));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), problem!.range);
      const fix = actions.find((action) => action.title === "Rename to 'expansion'");
      assert.ok(fix?.edit, `no rename among: ${actions.map((action) => action.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      await glossaryDocument.save();
      await waitFor('QRT to come back', async () => (await hoverOn(document, 'QRT')).includes('Quick Review Team'));
      await waitFor('the diagnostics to clear', () => glossaryProblems(uri()).length === 0);
    });

    test('reports schema errors and duplicate ids at the offending value', async () => {
      await write(uri(), glossary('QRT', 'Quick Review Team').replace('"expansion": "Quick Review Team"', '"expansion": 7'));
      await waitFor('a schema diagnostic', () => glossaryProblems(uri()).some((diagnostic) => diagnostic.code === 'schema' && diagnostic.message.includes('/acronyms/0/expansion')));
      const clash = glossary('QRT', 'Quick Review Team', 'acronym.nuc');
      await write(uri(), clash);
      const [problem] = await waitForSome('a duplicate-id diagnostic', () => glossaryProblems(uri()).filter((diagnostic) => diagnostic.code === 'duplicate-id'));
      assert.equal(problem?.range.start.line, clash.split('\n').findIndex((line) => line.includes('"acronym.nuc"')));
      assert.match(problem!.message, /already used by the bundled corpus/);
    });

    test('refuses a glossary over natolex.maxGlossarySize with a diagnostic', async () => {
      const config = vscode.workspace.getConfiguration('natolex');
      await config.update('maxGlossarySize', 100, vscode.ConfigurationTarget.Global);
      try {
        await write(uri(), glossary('QRT', 'Quick Review Team'));
        await waitFor('a too-large diagnostic', () => glossaryProblems(uri()).some((diagnostic) => diagnostic.code === 'too-large'));
        assert.ok((await hoverOn(document, 'NUC')).includes('NATO\\-Ukraine Commission'));
      } finally {
        await config.update('maxGlossarySize', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    test('serves the glossary again once it is fixed, and clears its diagnostics', async () => {
      await write(uri(), glossary('QRT', 'Quick Review Team'));
      await waitFor('the QRT hover to come back', async () => (await hoverOn(document, 'QRT')).includes('Quick Review Team'));
      await waitFor('the diagnostics to clear', () => glossaryProblems(uri()).length === 0);
    });

    test('stops serving a deleted glossary', async () => {
      await vscode.workspace.fs.delete(uri());
      await waitFor('QRT to be gone', async () => !(await hoverOn(document, 'QRT')).includes('Quick Review Team'));
      await delay(200);
      assert.deepEqual(glossaryProblems(uri()), []);
    });
  });
});
