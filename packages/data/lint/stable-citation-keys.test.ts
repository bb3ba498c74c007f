import { describe, expect, it } from 'vitest';
import rule, { readCitationKeySnapshot } from './stable-citation-keys.mjs';
import { realInput } from './test-support';

describe('stable-citation-keys', () => {
  it('every bundled source has the key recorded for it', () => {
    expect(rule.check(realInput())).toEqual([]);
    expect(readCitationKeySnapshot()['source.un']).toBe('nato-un');
  });

  it('fails when a key changes (the source id is renamed and takes a new key)', () => {
    const input = realInput();
    input.lexicon.sources.find((source: { id: string }) => source.id === 'source.un').id = 'source.united-nations';
    expect(rule.check(input)).toEqual([{ where: 'source.united-nations', message: expect.stringContaining('not recorded') }]);
  });

  it('fails when a new first author changes a recorded key', () => {
    const input = realInput();
    input.lexicon.sources.find((source: { id: string }) => source.id === 'source.un').author = [{ family: 'Doe', given: 'Jane' }];
    expect(rule.check(input)).toEqual([{ where: 'source.un', message: expect.stringContaining('changed from "nato-un" to "doe-un"') }]);
  });

  it('fails when a new source would take the key of a source that is gone', () => {
    const lexicon = { sources: [{ id: 'source.ukraine', type: 'webpage', title: 'x', author: [{ literal: 'North Atlantic Treaty Organization' }] }] };
    expect(rule.check({ lexicon, citationKeySnapshot: { 'source.gone': 'nato-ukraine' } })).toEqual([
      { where: 'source.ukraine', message: expect.stringContaining('belongs to source.gone') },
    ]);
  });
});
