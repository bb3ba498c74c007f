import { describe, expect, it } from 'vitest';
import rule, { readIdSnapshot } from './stable-ids.mjs';
import { realInput } from './test-support';

describe('stable-ids', () => {
  it('finds every id of the committed snapshot, and nothing unrecorded', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('the snapshot covers every kind of record', () => {
    const ids: string[] = readIdSnapshot();
    for (const prefix of ['source.', 'topic.', 'section.', 'snippet.', 'acronym.', 'term.', 'event.']) {
      expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
    }
    expect(ids).toEqual([...ids].sort());
  });

  it('fails when an id disappears', () => {
    const input = realInput();
    input.lexicon.acronyms = input.lexicon.acronyms.filter((acronym: { id: string }) => acronym.id !== 'acronym.nuc');
    expect(rule.check(input)).toEqual([{ where: 'acronym.nuc', message: expect.stringContaining('id disappeared') }]);
  });

  it('fails when an id is renamed (one disappears, one is new)', () => {
    const input = realInput();
    input.lexicon.snippets[0].id = 'snippet.ukraine.intro';
    expect(rule.check(input).map((issue) => issue.where).sort()).toEqual(['snippet.ukraine.intro', 'snippet.ukraine.p1']);
  });
});
