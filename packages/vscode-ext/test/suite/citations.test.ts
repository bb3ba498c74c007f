import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, openFixture, openScratch, revertAndCloseAll, waitFor, workspaceUri } from './helpers.js';
import type { NatolexApi } from '../../src/extension.js';

const COUNTER_TERRORISM = 'NATO contributes actively to the work of the UN Counter-Terrorism Committee (UN CTC)';
const CHICAGO = 'North Atlantic Treaty Organization, “NATO’s relations with the United Nations › Counter-terrorism,” NATO A–Z topics, n.d.';

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

  test('inserts an inline quotation with a parenthetical citation in the style asked for', async () => {
    const editor = await openScratch('As written: ');
    editor.selection = new vscode.Selection(0, 12, 0, 12);
    await vscode.commands.executeCommand('natolex.insertCitedPassage', { snippetId: 'snippet.un.p12', format: 'inline', style: 'apa' });
    assert.match(editor.document.getText(), /^As written: “NATO contributes actively.*” \(North Atlantic Treaty Organization\. \(n\.d\.\)\. NATO’s relations with the United Nations › Counter-terrorism\. NATO A–Z topics\)$/s);
  });

  test('answers the pickers: typo-tolerant passage search, then the format', async () => {
    const editor = await openScratch('# Draft\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const pending = vscode.commands.executeCommand<{ inserted: boolean }>('natolex.insertCitedPassage');
    const picker = await waitFor('the passage picker', () => api.testing.activePassagePicker());
    picker.value = 'counter terorism comittee';
    await waitFor('search hits', () => picker.items.length > 0 && picker.items[0]!.id === 'snippet.un.p12');
    await waitFor('the top hit to be active', () => picker.activeItems[0]?.id === 'snippet.un.p12');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor('the passage picker to close', () => api.testing.activePassagePicker() === undefined);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the format picker open
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // the default format: footnote
    const result = await pending;
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
    assert.ok(editor.document.getText().includes(' [@snippet.un.p12]'));
    const refs = await vscode.workspace.openTextDocument(workspaceUri('drafts', 'refs.json'));
    const items = JSON.parse(refs.getText()) as Array<{ id: string; title: string }>;
    assert.deepEqual(items.map((item) => item.id), ['snippet.un.p12']);
    assert.equal(items[0]!.title, 'NATO’s relations with the United Nations');
  });

  test('adds the BibTeX entry to an existing bibliography, once', async () => {
    const editor = await openFixture('drafts', 'pandoc-bib.md');
    for (let i = 0; i < 2; i++) {
      editor.selection = new vscode.Selection(7, 0, 7, 0);
      await vscode.commands.executeCommand('natolex.insertCitedPassage', { snippetId: 'snippet.un.p12', format: 'pandoc' });
    }
    const bib = (await vscode.workspace.openTextDocument(workspaceUri('drafts', 'refs.bib'))).getText();
    assert.ok(bib.startsWith('@misc{existing.entry,'), bib);
    assert.equal(bib.match(/@misc\{snippet\.un\.p12,/g)?.length, 1, bib);
    assert.ok(bib.includes('author = {{North Atlantic Treaty Organization}}'), bib);
  });
});
