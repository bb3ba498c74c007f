import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activate, hoverText, openFixture, openScratch, positionOf, revertAndCloseAll } from './helpers.js';

suite('hovers', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await activate();
    document = (await openFixture('drafts', 'first-use.md')).document;
  });

  suiteTeardown(revertAndCloseAll);

  const cases: Array<[string, string, string]> = [
    ['an acronym at its first use', 'NUC', 'NATO\\-Ukraine Commission'],
    ['a mixed-case acronym', 'PfP', 'Partnership for Peace'],
    ['a hyphenated acronym', 'NTM-I', 'NATO Training Mission\\-Iraq'],
    ['a spaced acronym', 'UN CTC', 'UN Counter\\-Terrorism Committee'],
    ['a six-letter acronym', 'EADRCC', 'Euro\\-Atlantic Disaster Response Coordination Centre'],
    ['a term', 'Operation Unified Protector', '_operation_'],
  ];
  for (const [what, word, expected] of cases) {
    test(`explains ${what} (${word})`, async () => {
      const { text } = await hoverText(document, positionOf(document, word, 1, word.length - 1));
      assert.ok(text.includes(expected), `hover over ${word} lacks ${expected}:\n${text}`);
    });
  }

  test('covers exactly the hovered word', async () => {
    const { hovers } = await hoverText(document, positionOf(document, 'UN CTC', 1, 4));
    const ours = hovers.find((hover) => hover.contents.some((content) => typeof content !== 'string' && 'value' in content && content.value.includes('UN Counter')));
    assert.ok(ours?.range, 'the natolex hover has a range');
    assert.equal(document.getText(ours.range), 'UN CTC');
  });

  test('shows a superseded term with the preferred one', async () => {
    const { text } = await hoverText(document, positionOf(document, 'North Atlantic Cooperation Council'));
    assert.match(text, /Superseded\..*Use instead: \*\*Euro\\-Atlantic Partnership Council\*\*/);
  });

  test('links the source passage with the open-passage command, which opens the passage read-only', async () => {
    const { text } = await hoverText(document, positionOf(document, 'NUC'));
    const link = /\]\(command:natolex\.openPassage\?([^ )]+)/.exec(text);
    assert.ok(link, `no open-passage link in:\n${text}`);
    const [id] = JSON.parse(decodeURIComponent(link[1]!)) as string[];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('natolex.openPassage', id);
    assert.equal(editor.document.uri.scheme, 'natolex');
    assert.match(editor.document.getText(), /established the NATO-Ukraine Commission \(NUC\)/);
  });

  test('describes the concept whichever term is hovered: KFOR shows the Kosovo Force definition, the full form its acronym', async () => {
    const scratch = (await openScratch('KFOR was deployed. The Kosovo Force stayed.\n')).document;
    const acronym = (await hoverText(scratch, positionOf(scratch, 'KFOR'))).text;
    assert.ok(acronym.includes('**KFOR** — Kosovo Force'), acronym);
    assert.ok(acronym.includes('to provide an international security presence as the prerequisite for peace and reconstruction of Kosovo'), acronym);
    const fullForm = (await hoverText(scratch, positionOf(scratch, 'Kosovo Force', 1, 3))).text;
    assert.ok(fullForm.includes('**Kosovo Force** \\(KFOR\\)'), fullForm);
    assert.ok(fullForm.includes('to provide an international security presence'), fullForm);
  });

  test('shows natolex.language first and the other languages after it', async () => {
    const scratch = (await openScratch('The TWG met.\n')).document;
    const config = vscode.workspace.getConfiguration('natolex');
    try {
      await config.update('language', 'fr', vscode.ConfigurationTarget.Global);
      const french = (await hoverText(scratch, positionOf(scratch, 'TWG'))).text;
      assert.ok(french.includes("**TWG** — Groupe de rédaction de l\\'équipe"), french);
      assert.ok(french.includes('In other languages\\:  \nen: Team Writing Group'), french);
      await config.update('language', 'en', vscode.ConfigurationTarget.Global);
      const english = (await hoverText(scratch, positionOf(scratch, 'TWG'))).text;
      assert.ok(english.includes('**TWG** — Team Writing Group'), english);
      assert.ok(english.includes("In other languages\\:  \nfr: Groupe de rédaction de l\\'équipe"), english);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('gives no natolex hover on ordinary words', async () => {
    const { text } = await hoverText(document, positionOf(document, 'talks'));
    assert.ok(!text.includes('natolex.openPassage') && !text.includes('_acronym_'), text);
  });

  test('works in plain text documents', async () => {
    const notes = (await openFixture('drafts', 'notes.txt')).document;
    assert.equal(notes.languageId, 'plaintext');
    const { text } = await hoverText(notes, positionOf(notes, 'UN CTC'));
    assert.ok(text.includes('UN Counter\\-Terrorism Committee'), text);
  });
});
