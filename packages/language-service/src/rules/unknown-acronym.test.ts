import { describe, expect, it } from 'vitest';
import { brief, check, only } from '../test-support/lexicon.js';

describe('rule unknown-acronym', () => {
  it('reports unknown ALL-CAPS tokens once, skipping known, defined, ignored, code and Roman numerals', () => {
    const text = 'Partnership for Peace (PfP) met ABC, ABC and XY-2. Team Writing Group (TWG) and TWG. Part II. `CODE` A B. QQQ.';
    expect(brief(text, { ignore: ['QQQ'] })).toEqual(['unknown-acronym:info:ABC', 'unknown-acronym:info:XY-2']);
  });

  it('does not call parts of known forms unknown', () => {
    expect(brief('UN Counter-Terrorism Committee (UN CTC) and UN CTC.')).toEqual(['unknown-acronym:info:UN']);
  });

  it('says how to make the token known', () => {
    expect(check('ZZZ', only('unknown-acronym'))[0]?.message).toBe(
      '\'ZZZ\' is not in the lexicon; define it in the text, add it to a glossary, or list it under "ignore"',
    );
  });
});
