import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { completionsAt } from './completions.js';

const lexicon = createLexicon();

function labelsAt(text: string) {
  return completionsAt(lexicon, text, text.length);
}

describe('completionsAt', () => {
  it('offers the definition of an acronym being typed', () => {
    const nuc = labelsAt('The NU').find((item) => item.label === 'NUC');
    expect(nuc).toMatchObject({ insertText: 'NATO-Ukraine Commission (NUC)', detail: 'NATO-Ukraine Commission', replaceStart: 4, kind: 'acronym' });
  });

  it('offers just the acronym once the document has defined it', () => {
    const text = 'The NATO-Ukraine Commission (NUC) met. Later the NU';
    expect(completionsAt(lexicon, text, text.length).find((item) => item.label === 'NUC')?.insertText).toBe('NUC');
  });

  it('matches case-insensitively, hyphenated forms and spaced forms over two words', () => {
    expect(labelsAt('the pf').map((item) => item.label)).toContain('PfP');
    expect(labelsAt('the NTM-').map((item) => item.label)).toContain('NTM-I');
    const spaced = labelsAt('the UN C').find((item) => item.label === 'UN CTC');
    expect(spaced).toMatchObject({ replaceStart: 4, insertText: 'UN Counter-Terrorism Committee (UN CTC)' });
  });

  it('offers terms as written', () => {
    expect(labelsAt('Operation Unif').find((item) => item.kind === 'term')).toMatchObject({ label: 'Operation Unified Protector', insertText: 'Operation Unified Protector', replaceStart: 0 });
  });

  it('offers nothing without a prefix', () => {
    expect(labelsAt('text ')).toEqual([]);
  });
});
