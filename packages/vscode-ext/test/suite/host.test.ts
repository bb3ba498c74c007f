import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID } from './helpers.js';
import { HOST } from './host.js';

suite(`the extension host (${HOST})`, () => {
  test('natolex runs in the host the suite runs in, and the host is what it seems', async () => {
    const api = await activate();
    assert.equal(api.host, HOST);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    if (HOST === 'web-worker') {
      // A worker scope without Node: what vscode.dev and github.dev give extensions.
      assert.equal(typeof process, 'undefined');
      assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function');
      assert.equal(typeof navigator, 'object');
      // The browser-side host runs "UI" extensions; code-server's Node host is the remote ("Workspace") one.
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    } else {
      assert.equal(typeof process.versions.node, 'string');
      assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
    }
  });

  test('reports what was loaded: the host, the fixture glossaries with their entries, and their problems', async () => {
    await activate();
    const report = await vscode.commands.executeCommand<{ host: string; lines: string[] }>('natolex.showOutput');
    await vscode.commands.executeCommand('workbench.action.closePanel'); // its editor would count as open
    assert.equal(report.host, HOST);
    const text = report.lines.join('\n');
    assert.match(text, /^workspace: \d+ entries \(\d+ from the bundled corpus, \d+ from \d+ glossaries\)/);
    assert.ok(text.includes('  glossary/team.natolex.json: 1 entries'), text);
  });
});
