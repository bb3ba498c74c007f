import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '@natolex/language-service';
import { expandActionsAt, expandTitle, firstUseEdits } from './expand.js';

const lexicon = createLexicon();

describe('expandActionsAt', () => {
  it('offers "Expand to \'NATO-Ukraine Commission (NUC)\'" on an acronym and replaces it in place', () => {
    const text = 'The NUC met.';
    const [action] = expandActionsAt(lexicon, text, 5, 5);
    expect(action?.title).toBe("Expand to 'NATO-Ukraine Commission (NUC)'");
    expect(applyEdits(text, [action!.edit])).toBe('The NATO-Ukraine Commission (NUC) met.');
  });

  it('works for mixed-case, hyphenated and spaced forms and keeps the form as written', () => {
    const text = 'PfP, NTM-I, UN CTC';
    const actions = expandActionsAt(lexicon, text, 0, text.length);
    expect(actions.map((action) => action.edit.text)).toEqual(['Partnership for Peace (PfP)', 'NATO Training Mission-Iraq (NTM-I)', 'UN Counter-Terrorism Committee (UN CTC)']);
  });

  it('offers nothing on an acronym that is already the (ABBR) of a definition, or on a term', () => {
    const text = 'The NATO-Ukraine Commission (NUC) and Ocean Shield';
    expect(expandActionsAt(lexicon, text, text.indexOf('NUC'), text.indexOf('NUC'))).toEqual([]);
    expect(expandActionsAt(lexicon, text, text.indexOf('Ocean'), text.indexOf('Ocean'))).toEqual([]);
  });
});

describe('expandTitle', () => {
  it('says what the fix writes', () => {
    expect(expandTitle('NATO-Ukraine Commission', 'NUC')).toBe("Expand to 'NATO-Ukraine Commission (NUC)'");
  });
});

describe('firstUseEdits', () => {
  it('defines every acronym at its first use only', () => {
    const text = 'NUC, then NUC. PfP and UN CTC.';
    expect(applyEdits(text, firstUseEdits(lexicon, text, { markdown: true }))).toBe(
      'NATO-Ukraine Commission (NUC), then NUC. Partnership for Peace (PfP) and UN Counter-Terrorism Committee (UN CTC).',
    );
  });
});
