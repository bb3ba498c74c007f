import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { doc } from '../test-support/documents.js';
import { LineIndex } from '../text/line-index.js';
import { INSERT_CITED_PASSAGE_COMMAND } from './citation.js';
import { doComplete } from './completions.js';

const state = { lexicon: createLexicon() };

function at(text: string) {
  return doComplete(state, doc(text), new LineIndex(text).lspPosition(text.length));
}
const items = (text: string) => at(text).items;

describe('doComplete: acronyms and terms', () => {
  it('offers the definition of an acronym being typed, replacing the prefix', () => {
    const nuc = items('Intro.\nThe NU').find((item) => item.label === 'NUC');
    expect(nuc).toMatchObject({ insertText: 'NATO-Ukraine Commission (NUC)', detail: 'NATO-Ukraine Commission', start: 11, end: 13, kind: 'acronym', filterText: 'NUC' });
    expect(nuc!.range).toEqual({ start: { line: 1, character: 4 }, end: { line: 1, character: 6 } });
    expect(at('The NU').isIncomplete).toBe(false);
  });

  it('offers just the acronym once the document has defined it', () => {
    expect(items('The NATO-Ukraine Commission (NUC) met. Later the NU').find((item) => item.label === 'NUC')?.insertText).toBe('NUC');
  });

  it('matches case-insensitively, hyphenated forms and spaced forms over two words', () => {
    expect(items('the pf').map((item) => item.label)).toContain('PfP');
    expect(items('the NTM-').map((item) => item.label)).toContain('NTM-I');
    expect(items('the UN C').find((item) => item.label === 'UN CTC')).toMatchObject({ start: 4, insertText: 'UN Counter-Terrorism Committee (UN CTC)' });
  });

  it('offers terms as written, and nothing without a prefix', () => {
    expect(items('Operation Unif').find((item) => item.kind === 'term')).toMatchObject({ label: 'Operation Unified Protector', insertText: 'Operation Unified Protector', start: 0 });
    expect(items('text ')).toEqual([]);
  });
});

describe('doComplete: passages after cite:', () => {
  it('lists the passages a query finds; choosing one removes what was typed and runs the insertion there', () => {
    const text = 'Intro.\n\ncite:ukraine commission';
    const list = at(text);
    expect(list.isIncomplete).toBe(true);
    const first = list.items[0]!;
    expect(first).toMatchObject({ kind: 'passage', id: 'snippet.ukraine.p1', insertText: '', start: 8, end: text.length, filterText: 'cite:ukraine commission' });
    expect(first.label).toContain('NATO-Ukraine relations');
    expect(first.command).toEqual({ command: INSERT_CITED_PASSAGE_COMMAND, arguments: [{ uri: 'file:///w/draft.md', snippetId: 'snippet.ukraine.p1', position: { line: 2, character: 0 } }] });
    expect(list.items.every((item) => item.kind === 'passage')).toBe(true);
  });

  it('never offers "has moved" stubs, and caps the list', () => {
    const all = items('cite:');
    expect(all.length).toBe(20);
    expect(all.some((item) => item.id.endsWith('.stub'))).toBe(false);
    expect(items('cite:unscr 1325 moved').some((item) => item.id === 'snippet.unscr-1325.stub')).toBe(false);
  });

  it('is not triggered inside a word', () => {
    expect(items('precite:ukr').every((item) => item.kind !== 'passage')).toBe(true);
  });
});
