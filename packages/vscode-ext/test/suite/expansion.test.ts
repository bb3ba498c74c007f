import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, natolexDiagnostics, openScratch, positionOf, revertAndCloseAll, waitFor, waitForSome } from './helpers.js';

suite('acronym expansion', () => {
  suiteSetup(activate);
  teardown(revertAndCloseAll);

  test('offers the quick fix "Expand to \'NATO-Ukraine Commission (NUC)\'" and applying it rewrites the acronym', async () => {
    const editor = await openScratch('The NUC met. Later the NUC met again.\n');
    const document = editor.document;
    const position = positionOf(document, 'NUC');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(position, position));
    const fix = actions.find((action) => action.title === "Expand to 'NATO-Ukraine Commission (NUC)'");
    assert.ok(fix?.edit, `no expansion quick fix among: ${actions.map((action) => action.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), 'The NATO-Ukraine Commission (NUC) met. Later the NUC met again.\n');
  });

  test('attaches the quick fix to the first-use diagnostic', async () => {
    const editor = await openScratch('Then PfP joined.\n');
    const document = editor.document;
    const [diagnostic] = await waitForSome('the PfP diagnostic', () => natolexDiagnostics(document.uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic!.range);
    const fix = actions.find((action) => action.title === "Expand to 'Partnership for Peace (PfP)'");
    assert.ok(fix, `no PfP fix among: ${actions.map((action) => action.title).join(', ')}`);
    assert.equal(fix.isPreferred, true, 'the fix is preferred because it carries the diagnostic');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(document.getText(), 'Then Partnership for Peace (PfP) joined.\n');
    await waitFor('the diagnostic to go away', () => natolexDiagnostics(document.uri).length === 0);
  });

  test('expands every first use with one command, and one undo restores the text', async () => {
    const original = 'EADRCC and PfP.\n\nNTM-I, UN CTC, and EADRCC again.\n';
    const editor = await openScratch(original);
    assert.equal(await vscode.commands.executeCommand('natolex.expandFirstUses'), true);
    assert.equal(
      editor.document.getText(),
      'Euro-Atlantic Disaster Response Coordination Centre (EADRCC) and Partnership for Peace (PfP).\n\nNATO Training Mission-Iraq (NTM-I), UN Counter-Terrorism Committee (UN CTC), and EADRCC again.\n',
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  test('offers completions that expand the acronym being typed', async () => {
    const editor = await openScratch('The NU');
    const end = editor.document.positionAt(editor.document.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
    const item = list.items.find((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label) === 'NUC');
    assert.ok(item, 'no NUC completion');
    assert.equal(item.insertText, 'NATO-Ukraine Commission (NUC)');
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
    assert.equal(range && editor.document.getText(range), 'NU');
  });

  test('completes spaced and mixed-case acronyms', async () => {
    const editor = await openScratch('We saw the UN C');
    const end = editor.document.positionAt(editor.document.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
    const labels = list.items.map((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label));
    assert.ok(labels.includes('UN CTC'), labels.join(', '));
  });
});
