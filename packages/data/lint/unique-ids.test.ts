import { describe, expect, it } from 'vitest';
import rule from './unique-ids.mjs';
import { realInput } from './test-support';

describe('unique-ids', () => {
  it('accepts the built lexicon', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails when two records of different kinds share an id', () => {
    const input = realInput();
    input.lexicon.events[0].id = 'term.virtual-silk-highway';
    expect(rule.check(input)).toEqual([
      { where: 'term.virtual-silk-highway', message: expect.stringMatching(/^id used twice: \/concepts\/\d+\/terms\/0 and \/events\/0$/) },
    ]);
  });

  it('fails when a concept id is also a term id (concepts and terms share the namespace)', () => {
    const input = realInput();
    input.lexicon.concepts[0].terms[0].id = input.lexicon.concepts[1].id;
    expect(rule.check(input)).toEqual([
      { where: input.lexicon.concepts[1].id, message: 'id used twice: /concepts/0/terms/0 and /concepts/1' },
    ]);
  });

  it('fails when a section id repeats one in another topic', () => {
    const input = realInput();
    input.lexicon.topics[4].sections[1].id = input.lexicon.topics[2].sections[1].id;
    expect(rule.check(input)).toHaveLength(1);
  });
});
