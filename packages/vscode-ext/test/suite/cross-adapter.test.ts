// The drafts of test/cross-adapter, opened here, get exactly the findings expected.json pins, which the CLI's JSON
// output and the language server also give for them: rule id, range and message.
import * as vscode from 'vscode';
import { drafts, expected } from 'natolex:cross-adapter';
import * as assert from './assert.js';
import { activate, openScratch, revertAndCloseAll, waitFor } from './helpers.js';

type Found = (typeof expected)[string][number];

function findingsOf(uri: vscode.Uri): Found[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'natolex')
    .map((diagnostic): Found => {
      const { start, end } = diagnostic.range;
      return { rule: String(diagnostic.code), range: [start.line, start.character, end.line, end.character], message: diagnostic.message };
    })
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.range[2] - b.range[2] || a.range[3] - b.range[3] || a.rule.localeCompare(b.rule));
}

suite('cross-adapter: the same findings as the CLI and the language server', () => {
  suiteSetup(activate);
  teardown(revertAndCloseAll);

  test('covers every draft', () => {
    assert.deepEqual(Object.keys(drafts).sort(), Object.keys(expected).sort());
  });

  for (const [name, text] of Object.entries(drafts)) {
    test(name, async () => {
      const { document } = await openScratch(text, name.endsWith('.txt') ? 'txt' : 'md');
      const want = expected[name] ?? [];
      try {
        await waitFor(`${want.length} findings on ${name}`, () => findingsOf(document.uri).length === want.length || undefined, 20_000);
      } catch {
        // Compared below, so that a failure shows the difference rather than a count.
      }
      assert.deepEqual(findingsOf(document.uri), want);
    });
  }
});
