import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, openScratch, revertAndCloseAll } from './helpers.js';

suite('lexicon view and passages', () => {
  suiteSetup(activate);
  teardown(revertAndCloseAll);

  test('filters the Lexicon view with a typo-tolerant search and clears it', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.natolex');
    assert.equal(await vscode.commands.executeCommand('natolex.filterLexicon', 'counter terorism'), 'counter terorism');
    await vscode.commands.executeCommand('natolex.clearLexiconFilter');
  });

  test('inserts an acronym from the view, defined, as one edit', async () => {
    const editor = await openScratch('Before  after');
    editor.selection = new vscode.Selection(0, 7, 0, 7);
    const node = { kind: 'acronym', id: 'acronym.pfp', label: 'PfP', description: 'Partnership for Peace' };
    assert.equal(await vscode.commands.executeCommand('natolex.insertFromLexicon', node), true);
    assert.equal(editor.document.getText(), 'Before Partnership for Peace (PfP) after');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'Before  after');
  });

  test('inserts a passage from the view as a cited passage in the default format', async () => {
    const editor = await openScratch('');
    const node = { kind: 'passage', id: 'snippet.un.p12', label: '', description: '', tooltip: '' };
    assert.equal(await vscode.commands.executeCommand('natolex.insertFromLexicon', node), true);
    assert.match(editor.document.getText(), /^> NATO contributes actively.*\[\^1\]\n\n\[\^1\]: North Atlantic Treaty Organization/s);
  });

  test('shows an entry read-only', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('natolex.openEntry', 'term.north-atlantic-cooperation-council');
    assert.equal(editor.document.uri.scheme, 'natolex');
    assert.match(editor.document.getText(), /Status: superseded — Use instead: Euro-Atlantic Partnership Council/);
  });
});
