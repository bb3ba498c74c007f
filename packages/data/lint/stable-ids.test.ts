import { describe, expect, it } from 'vitest';
import rule, { readIdSnapshot } from './stable-ids.mjs';
import { conceptIn, realInput } from './test-support';

describe('stable-ids', () => {
  it('finds every id of the committed snapshot, and nothing unrecorded', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('the snapshot covers every kind of record', () => {
    const ids: string[] = readIdSnapshot();
    for (const prefix of ['source.', 'topic.', 'section.', 'snippet.', 'concept.', 'acronym.', 'term.', 'event.']) {
      expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
    }
    expect(ids).toEqual([...ids].sort());
  });

  it('fails when an id disappears', () => {
    const input = realInput();
    const nuc = conceptIn(input.lexicon, 'concept.nato-ukraine-commission');
    nuc.terms = nuc.terms.filter((term: { id?: string }) => term.id !== 'acronym.nuc');
    expect(rule.check(input)).toEqual([{ where: 'acronym.nuc', message: expect.stringContaining('id disappeared') }]);
  });

  it('fails when an id is renamed (one disappears, one is new)', () => {
    const input = realInput();
    input.lexicon.snippets[0].id = 'snippet.ukraine.intro';
    expect(rule.check(input).map((issue) => issue.where).sort()).toEqual(['snippet.ukraine.intro', 'snippet.ukraine.p1']);
  });
});
