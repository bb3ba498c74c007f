import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, openFixture, openScratch, revertAndCloseAll, waitFor, workspaceUri } from './helpers.js';
import type { NatolexApi } from '../../src/extension.js';

const COUNTER_TERRORISM = 'NATO contributes actively to the work of the UN Counter-Terrorism Committee (UN CTC)';
const CHICAGO = 'North Atlantic Treaty Organization, “NATO’s Relations with the United Nations,” n.d., sec. “Counter-terrorism.”';

suite('insert cited passage', () => {
  let api: NatolexApi;
  suiteSetup(async () => {
    api = await activate();
  });
  teardown(revertAndCloseAll);

  test('inserts a blockquote with a numbered footnote, as one undo step', async () => {
    const original = 'Intro with a note[^1].\n\n[^1]: An earlier note.\n';
    const editor = await openScratch(original);
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const result = await vscode.commands.executeCommand<{ inserted: boolean }>('natolex.insertCitedPassage', { snippetId: 'snippet.un.p12', format: 'footnote' });
    assert.equal(result.inserted, true);
    const text = editor.document.getText();
    assert.ok(text.includes(`> ${COUNTER_TERRORISM}`), text);
    assert.match(text, /\[\^2\]\n/);
    assert.ok(text.endsWith(`[^1]: An earlier note.\n[^2]: ${CHICAGO}\n`), text);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('inserts an inline quotation with an in-text citation in the style asked for, the full stop after it', async () => {
    const editor = await openScratch('As written: ');
    editor.selection = new vscode.Selection(0, 12, 0, 12);
    await vscode.commands.executeCommand('natolex.insertCitedPassage', { snippetId: 'snippet.un.p12', format: 'inline', style: 'apa' });
    assert.match(editor.document.getText(), /^As written: “NATO contributes actively[^”]*[^.]” \(North Atlantic Treaty Organization, n\.d\., Counter-terrorism section\)\.$/s);
  });

  test('renders with the workspace CSL style file of natolex.citation.styleFile', async () => {
    const style = workspaceUri('house.csl');
    await vscode.workspace.fs.writeFile(
      style,
      new TextEncoder().encode(
        '<?xml version="1.0"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>House</title><id>house</id><updated>2024-01-01T00:00:00+00:00</updated></info><citation><layout suffix="."><text variable="title" text-case="uppercase"/></layout></citation></style>\n',
      ),
    );
    const config = vscode.workspace.getConfiguration('natolex');
    await config.update('citation.styleFile', 'house.csl', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openScratch('Text.\n');
      await vscode.commands.executeCommand('natolex.insertCitedPassage', { snippetId: 'snippet.un.p12', format: 'footnote' });
      assert.ok(editor.document.getText().endsWith('[^1]: NATO’S RELATIONS WITH THE UNITED NATIONS.\n'), editor.document.getText());
    } finally {
      await config.update('citation.styleFile', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(style);
    }
  });

  test('answers the passage picker (typo-tolerant search); the format is the setting, not asked', async () => {
    const editor = await openScratch('# Draft\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const pending = vscode.commands.executeCommand<{ inserted: boolean }>('natolex.insertCitedPassage');
    const picker = await waitFor('the passage picker', () => api.testing.activePassagePicker());
    picker.value = 'counter terorism comittee';
    await waitFor('search hits', () => picker.items.length > 0 && picker.items[0]!.id === 'snippet.un.p12');
    await waitFor('the top hit to be active', () => picker.activeItems[0]?.id === 'snippet.un.p12');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor('the passage picker to close', () => api.testing.activePassagePicker() === undefined);
    const result = await pending; // no format picker: natolex.citation.format (footnote) is used
    assert.equal(result.inserted, true);
    const text = editor.document.getText();
    assert.ok(text.startsWith(`# Draft\n\n> ${COUNTER_TERRORISM}`), text);
    assert.ok(text.endsWith(`[^1]: ${CHICAGO}\n`), text);
  });

  test('inserts nothing when the picker is dismissed', async () => {
    const editor = await openScratch('Unchanged.\n');
    const pending = vscode.commands.executeCommand<{ inserted: boolean }>('natolex.insertCitedPassage');
    await waitFor('the passage picker', () => api.testing.activePassagePicker());
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal((await pending).inserted, false);
    assert.equal(editor.document.getText(), 'Unchanged.\n');
  });

  test('inserts a Pandoc citation and creates the CSL-JSON bibliography named in the front matter', async () => {
    const editor = await openFixture('drafts', 'pandoc-json.md');
    editor.selection = new vscode.Selection(6, 0, 6, 0);
    const result = await vscode.commands.executeCommand<{ inserted: boolean; bibliography?: string }>('natolex.insertCitedPassage', { snippetId: 'snippet.un.p12', format: 'pandoc' });
    assert.deepEqual(result, { inserted: true, bibliography: 'refs.json' });
    assert.ok(editor.document.getText().includes(`> ${COUNTER_TERRORISM}`));
    assert.ok(editor.document.getText().includes(' [@nato-un, sec. {Counter-terrorism}]'));
    const refs = await vscode.workspace.openTextDocument(workspaceUri('drafts', 'refs.json'));
    const items = JSON.parse(refs.getText()) as Array<{ id: string; title: string }>;
    assert.deepEqual(items.map((item) => item.id), ['nato-un']);
    assert.equal(items[0]!.title, 'NATO’s relations with the United Nations');
  });

  test('adds the BibTeX entry of a page to an existing bibliography once, whichever of its passages are quoted', async () => {
    const editor = await openFixture('drafts', 'pandoc-bib.md');
    for (const snippetId of ['snippet.un.p12', 'snippet.un.p23']) {
      editor.selection = new vscode.Selection(7, 0, 7, 0);
      await vscode.commands.executeCommand('natolex.insertCitedPassage', { snippetId, format: 'pandoc' });
    }
    assert.ok(editor.document.getText().includes('[@nato-un, sec. {Disaster relief}]'));
    const bib = (await vscode.workspace.openTextDocument(workspaceUri('drafts', 'refs.bib'))).getText();
    assert.ok(bib.startsWith('@misc{existing.entry,'), bib);
    assert.equal(bib.match(/@misc\{nato-un,/g)?.length, 1, bib);
    assert.ok(bib.includes('author = {{North Atlantic Treaty Organization}}'), bib);
  });
});
