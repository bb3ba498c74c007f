import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, hoverText, positionOf, revertAndCloseAll, waitFor, workspaceUri } from './helpers.js';

const encoder = new TextEncoder();

async function hoverOn(uri: vscode.Uri, word: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  return (await hoverText(document, positionOf(document, word))).text;
}

suite('the natolex.glossaries setting', () => {
  const notes = () => workspaceUri('drafts', 'ptf.md');
  const terms = () => workspaceUri('extra', 'terms.json');

  suiteSetup(async () => {
    await activate();
    await vscode.workspace.fs.writeFile(notes(), encoder.encode('The PTF met.\n'));
    const document = { name: 'Extra terms', acronyms: [{ id: 'acronym.extra.ptf', form: 'PTF', expansion: 'Partner Task Force' }] };
    await vscode.workspace.fs.writeFile(terms(), encoder.encode(`${JSON.stringify(document, null, 2)}\n`));
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('natolex', workspaceUri()).update('glossaries', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await revertAndCloseAll();
  });

  test('loads glossary files named by path (any file name), and drops them when the setting changes', async () => {
    assert.ok(!(await hoverOn(notes(), 'PTF')).includes('Partner Task Force'), 'terms.json is not a *.natolex.json file, so not loaded by default');
    const config = vscode.workspace.getConfiguration('natolex', workspaceUri());
    await config.update('glossaries', ['extra/terms.json'], vscode.ConfigurationTarget.WorkspaceFolder);
    await waitFor('the PTF hover from the configured glossary', async () => (await hoverOn(notes(), 'PTF')).includes('Partner Task Force'));
    await config.update('glossaries', [], vscode.ConfigurationTarget.WorkspaceFolder);
    await waitFor('the PTF hover to go', async () => !(await hoverOn(notes(), 'PTF')).includes('Partner Task Force'));
  });
});
