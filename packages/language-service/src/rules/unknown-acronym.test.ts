import { describe, expect, it } from 'vitest';
import { createLexicon } from '@natolex/data';
import { checkText } from '../check.js';
import { brief, check, only } from '../test-support/lexicon.js';

describe('rule unknown-acronym', () => {
  it('reports unknown ALL-CAPS tokens once, skipping known, defined, ignored, code and Roman numerals', () => {
    const text = 'Partnership for Peace (PfP) met ABC, ABC and XY-2. Team Writing Group (TWG) and TWG. Part II. `CODE` A B. QQQ.';
    expect(brief(text, { ignore: ['QQQ'] })).toEqual(['unknown-acronym:info:ABC', 'unknown-acronym:info:XY-2']);
  });

  it('does not call parts of known forms unknown', () => {
    // The full form is a term of the concept too (schema 2), so the "UN" in it is part of a known form.
    expect(brief('UN Counter-Terrorism Committee (UN CTC) and UN CTC.')).toEqual([]);
    expect(brief('The UN and the UN CTC.', only('unknown-acronym'))).toEqual(['unknown-acronym:warning:UN']);
  });

  it('asks whether a known acronym was meant when only its capitals differ', () => {
    const pfpOnly = createLexicon(
      {
        $schema: 'urn:natolex:schema:lexicon:2',
        name: 'one concept',
        concepts: [{ id: 'concept.pfp', subjectField: 'programme', terms: [{ text: 'Partnership for Peace', type: 'fullForm', status: 'preferred' }, { text: 'PfP', type: 'acronym', status: 'preferred' }] }],
      },
      { bundled: false },
    );
    const messages = checkText(pfpOnly, 'The PfP, the PFP and the PFPX.', { markdown: true, ignore: [], ...only('unknown-acronym') }).map((f) => f.message);
    expect(messages).toEqual([
      "'PFP' is not in the lexicon; did you mean 'PfP' (Partnership for Peace)?",
      '\'PFPX\' is not in the lexicon; define it in the text, add it to a glossary, or list it under "ignore"',
    ]);
  });

  it('says how to make the token known', () => {
    expect(check('ZZZ', only('unknown-acronym'))[0]?.message).toBe(
      '\'ZZZ\' is not in the lexicon; define it in the text, add it to a glossary, or list it under "ignore"',
    );
  });
});
