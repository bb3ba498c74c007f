import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { checkDocument, type DocumentFinding } from '../check.js';
import { RULE_IDS } from '../rules/index.js';
import { applyEdits } from '../text/apply-edits.js';
import { LineIndex } from '../text/line-index.js';
import { lexicon } from '../test-support/lexicon.js';
import { doc } from '../test-support/documents.js';
import { codeActions, fixAllEdits } from './code-actions.js';

const state = {};
const onlyFirstUse = { severities: Object.fromEntries(RULE_IDS.map((id) => [id, id === 'first-use' ? 'error' : 'off'])) };

function actionsAt(text: string, word: string) {
  const document = doc(text);
  const findings = checkDocument(lexicon, document, onlyFirstUse);
  const at = new LineIndex(text).lspPosition(text.indexOf(word) + 1);
  return { document, findings, actions: codeActions(state, document, { start: at, end: at }, findings) };
}

describe('codeActions', () => {
  it("offers each finding's fixes under the cursor as quick fixes, the first preferred, with the finding attached", () => {
    const { document, actions, findings } = actionsAt('The NUC met.', 'NUC');
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: "Expand to 'NATO-Ukraine Commission (NUC)'", kind: 'quickfix', isPreferred: true, findings: [findings[0]] });
    expect(actions[0]!.lspEdits).toEqual([{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } }, newText: 'NATO-Ukraine Commission (NUC)' }]);
    expect(applyEdits(document.text, actions[0]!.edits)).toBe('The NATO-Ukraine Commission (NUC) met.');
  });

  it('expands all first uses as one edit set: a quick fix under a finding, a source action elsewhere', () => {
    const text = 'The NUC met.\nThen PfP and the UN CTC.\nThe NUC again.';
    const { document, actions } = actionsAt(text, 'NUC');
    const all = actions.find((action) => action.title === 'Expand all first uses')!;
    expect(all).toMatchObject({ kind: 'quickfix', rule: 'first-use' });
    expect(all.findings).toHaveLength(3);
    expect(applyEdits(document.text, all.edits)).toBe(
      'The NATO-Ukraine Commission (NUC) met.\nThen Partnership for Peace (PfP) and the UN Counter-Terrorism Committee (UN CTC).\nThe NUC again.',
    );
    const elsewhere = actionsAt(text, 'Then').actions;
    expect(elsewhere.map((action) => [action.title, action.kind])).toEqual([['Expand all first uses', 'source.fixAll']]);
  });

  it('offers nothing for a document without fixable findings, and no "all" for a lone finding under the cursor', () => {
    expect(actionsAt('Nothing here.', 'here').actions).toEqual([]);
    expect(actionsAt('The NUC met.', 'NUC').actions.map((action) => action.title)).not.toContain('Expand all first uses');
  });

  it('runs every rule of the registry: a fix of any rule is offered, titled by its message, translated', () => {
    const text = 'The NUC met.';
    const findings = checkDocument(lexicon, doc(text));
    const translated = codeActions({ translate: (template) => `«${template}»` }, doc(text), { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, findings);
    expect(translated[0]!.title).toBe("«Expand to '{0}'»");
  });

  it('fix-all skips a fix that overlaps one already taken, so the set always applies', () => {
    const fake = (start: number, end: number, text: string) => ({ rule: 'first-use', start, end, fixes: [{ title: { id: 'x', args: [], text: 'x' }, edits: [{ start, end, text }] }] }) as unknown as DocumentFinding;
    const { edits, findings } = fixAllEdits([fake(4, 9, 'B'), fake(0, 5, 'A'), fake(10, 12, 'C')]);
    expect(edits).toEqual([{ start: 0, end: 5, text: 'A' }, { start: 10, end: 12, text: 'C' }]);
    expect(findings).toHaveLength(2);
    expect(() => applyEdits('0123456789abc', edits)).not.toThrow();
  });

  it('fix-all never applies a manual fix (a quotation restore), keeps inserts at one offset in order, and stays sorted', () => {
    const fake = (start: number, end: number, text: string, manual = false) =>
      ({ rule: 'first-use', start, end, fixes: [{ title: { id: 'x', args: [], text: 'x' }, manual, edits: [{ start, end, text }] }] }) as unknown as DocumentFinding;
    const { edits, findings } = fixAllEdits([fake(6, 8, 'Q', true), fake(3, 3, 'first'), fake(3, 3, 'second'), fake(3, 5, 'R'), fake(0, 1, 'S')]);
    expect(edits).toEqual([
      { start: 0, end: 1, text: 'S' },
      { start: 3, end: 3, text: 'first' },
      { start: 3, end: 3, text: 'second' },
      { start: 3, end: 5, text: 'R' },
    ]);
    expect(findings).toHaveLength(4);
    const many = Array.from({ length: 50_000 }, (_, index) => fake(index * 2, index * 2 + 1, 'x'));
    expect(fixAllEdits(many).edits).toHaveLength(50_000);
  });

  it('works on the bundled corpus too', () => {
    const corpus = createLexicon();
    const text = 'The NUC and the EAPC met.';
    const findings = checkDocument(corpus, doc(text), onlyFirstUse);
    const all = codeActions(state, doc(text), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, findings).find((action) => action.rule === 'first-use')!;
    expect(applyEdits(text, all.edits)).toContain('NATO-Ukraine Commission (NUC)');
  });
});
