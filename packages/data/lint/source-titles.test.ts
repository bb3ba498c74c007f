import { describe, expect, it } from 'vitest';
import rule from './source-titles.mjs';
import { realInput } from './test-support';

describe('source-titles', () => {
  it('every bundled source title is the page’s own words', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails on a title the seed does not write (the old mojibake guess for the Ukraine page)', () => {
    const input = realInput();
    input.lexicon.sources.find((source: { id: string }) => source.id === 'source.ukraine').title = 'NATO-Ukraine relations – NATO’s relations with Ukraine';
    expect(rule.check(input)).toEqual([{ where: 'source.ukraine', message: expect.stringContaining('not a verbatim span') }]);
  });

  it('fails on a "›" in a title', () => {
    const input = realInput();
    input.lexicon.sources.find((source: { id: string }) => source.id === 'source.un').title = 'NATO’s relations with the United Nations › Disaster relief';
    expect(rule.check(input)).toEqual([{ where: 'source.un', message: expect.stringContaining('›') }]);
  });
});
