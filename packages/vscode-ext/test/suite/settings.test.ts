import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, natolexDiagnostics, openScratch, revertAndCloseAll, waitFor } from './helpers.js';

const DRAFT = '# Partnership for Peace (PfP)\n\nThe PfP met NATO and the NUC.\n';

function firstUses(document: vscode.TextDocument): string[] {
  return natolexDiagnostics(document.uri, 'first-use').map((diagnostic) => document.getText(diagnostic.range));
}

suite('settings: natolex.wellKnown and natolex.headingDefinitions', () => {
  suiteSetup(activate);
  teardown(revertAndCloseAll);

  test('default: NATO needs no definition, a heading does not define the PfP for the body', async () => {
    const { document } = await openScratch(DRAFT);
    const found = await waitFor('first-use diagnostics', () => (firstUses(document).length >= 2 ? firstUses(document) : undefined));
    assert.deepEqual(found, ['PfP', 'NUC']);
  });

  test('wellKnown [] turns the exemption off, a list replaces it; headingDefinitions lets the heading define', async () => {
    const config = vscode.workspace.getConfiguration('natolex');
    const { document } = await openScratch(DRAFT);
    await waitFor('first-use diagnostics', () => firstUses(document).length >= 2);
    try {
      await config.update('wellKnown', [], vscode.ConfigurationTarget.Global);
      await waitFor('NATO reported', () => firstUses(document).join() === 'PfP,NATO,NUC');
      await config.update('wellKnown', ['NATO', 'NUC'], vscode.ConfigurationTarget.Global);
      await waitFor('NUC exempt', () => firstUses(document).join() === 'PfP');
      await config.update('headingDefinitions', true, vscode.ConfigurationTarget.Global);
      await waitFor('the heading defines the PfP', () => firstUses(document).length === 0);
    } finally {
      await config.update('wellKnown', undefined, vscode.ConfigurationTarget.Global);
      await config.update('headingDefinitions', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the defaults back', () => firstUses(document).join() === 'PfP,NUC');
  });
});
