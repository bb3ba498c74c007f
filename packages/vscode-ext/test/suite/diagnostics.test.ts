import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, natolexDiagnostics, openFixture, openScratch, openUntitled, revertAndCloseAll, waitFor, waitForSome } from './helpers.js';

function reported(document: vscode.TextDocument): string[] {
  return natolexDiagnostics(document.uri).map((diagnostic) => document.getText(diagnostic.range));
}

suite('diagnostics: every rule of the registry', () => {
  suiteSetup(activate);
  teardown(revertAndCloseAll);

  test('reports first uses of 6+ letter, mixed-case, hyphenated and spaced acronyms, once each, not in code', async () => {
    const { document } = await openFixture('drafts', 'first-use.md');
    const forms = await waitFor('diagnostics on first-use.md', () => (reported(document).length >= 5 ? reported(document) : undefined));
    assert.deepEqual(forms, ['NUC', 'PfP', 'NTM-I', 'UN CTC', 'EADRCC']);
    const [first] = natolexDiagnostics(document.uri);
    assert.equal(first!.severity, vscode.DiagnosticSeverity.Error); // the registry's default for first-use
    assert.equal(first!.message, "'NUC' is used before it is defined; write 'NATO-Ukraine Commission (NUC)' at its first use");
  });

  test('show deprecated and unknown-acronym findings too, each at its severity, and natolex.rules overrides one', async () => {
    const { document } = await openScratch('The North Atlantic Cooperation Council met. ZZQX came up.\n');
    const deprecated = await waitForSome('the deprecated diagnostic', () => natolexDiagnostics(document.uri, 'deprecated'));
    assert.equal(document.getText(deprecated[0]!.range), 'North Atlantic Cooperation Council');
    assert.equal(deprecated[0]!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(deprecated[0]!.message, "'North Atlantic Cooperation Council' is superseded; use 'Euro-Atlantic Partnership Council' instead");
    const unknown = await waitForSome('the unknown-acronym diagnostic', () => natolexDiagnostics(document.uri, 'unknown-acronym'));
    assert.equal(document.getText(unknown[0]!.range), 'ZZQX');
    assert.equal(unknown[0]!.severity, vscode.DiagnosticSeverity.Information);
    const config = vscode.workspace.getConfiguration('natolex');
    try {
      await config.update('rules', { deprecated: 'error', 'unknown-acronym': 'off' }, vscode.ConfigurationTarget.Global);
      await waitFor('deprecated as an error, unknown-acronym off', () => natolexDiagnostics(document.uri, 'deprecated')[0]?.severity === vscode.DiagnosticSeverity.Error && natolexDiagnostics(document.uri, 'unknown-acronym').length === 0);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForSome('unknown-acronym back', () => natolexDiagnostics(document.uri, 'unknown-acronym'));
  });

  test('accepts an inline "Long Form (ABBR)" definition', async () => {
    const { document } = await openFixture('drafts', 'defined.md');
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 0)); // settle
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(reported(document), []);
  });

  test('appear and disappear as the text changes', async () => {
    const editor = await openScratch('Nothing yet.\n');
    const { document } = editor;
    await editor.edit((builder) => builder.insert(new vscode.Position(1, 0), 'The NTM-I ended.\n'));
    await waitFor('the NTM-I diagnostic', () => reported(document).includes('NTM-I'));
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'The NATO Training Mission-Iraq (NTM-I) began.\n'));
    await waitFor('the NTM-I diagnostic to disappear', () => reported(document).length === 0);
  });

  test('follow the severity setting, and "off" removes them', async () => {
    const config = vscode.workspace.getConfiguration('natolex');
    const { document } = await openScratch('EADRCC first.\n');
    try {
      await config.update('diagnostics.severity', 'warning', vscode.ConfigurationTarget.Global);
      await waitFor('a warning', () => natolexDiagnostics(document.uri)[0]?.severity === vscode.DiagnosticSeverity.Warning);
      await config.update('diagnostics.severity', 'off', vscode.ConfigurationTarget.Global);
      await waitFor('no diagnostics', () => natolexDiagnostics(document.uri).length === 0);
    } finally {
      await config.update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('diagnostics back at the rule\'s own severity', () => natolexDiagnostics(document.uri)[0]?.severity === vscode.DiagnosticSeverity.Error);
  });

  test('check a document over natolex.maxFileSize in the background, and the host keeps answering', async () => {
    const filler = 'Some policy text without any acronym in it at all, repeated to make a long draft.\n\n'.repeat(12_000);
    const text = `${filler}Finally the UN CTC.\n`;
    assert.ok(text.length > 500_000);
    const { document } = await openScratch(text);
    const started = Date.now();
    let hoversAnswered = 0;
    const forms = await waitFor('the chunked check to report UN CTC', async () => {
      await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 2));
      hoversAnswered++;
      return reported(document).length > 0 ? reported(document) : undefined;
    }, 60_000);
    assert.deepEqual(forms, ['UN CTC']);
    assert.ok(hoversAnswered >= 1, `hovers answered while checking: ${hoversAnswered} in ${Date.now() - started} ms`);
  });

  test('skip binary-looking documents', async () => {
    const { document } = await openUntitled('\u0000\u0001NUC PfP binary', 'plaintext');
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(reported(document), []);
  });
});
