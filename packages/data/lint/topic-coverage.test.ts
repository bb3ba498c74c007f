import { describe, expect, it } from 'vitest';
import rule from './topic-coverage.mjs';
import { realInput } from './test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const topic = (input: any, id: string) => input.lexicon.topics.find((candidate: any) => candidate.id === id);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const section = (input: any, topicId: string, id: string) => topic(input, topicId).sections.find((candidate: any) => candidate.id === id);

describe('topic-coverage', () => {
  it('finds every topic text exactly tiled by headings and snippets', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails when a paragraph is left out', () => {
    const input = realInput();
    section(input, 'topic.un', 'section.un.iraq').snippets = [];
    const messages = rule.check(input).map((issue) => issue.message);
    expect(messages).toContain('has no snippet and no subsection, so its heading cannot be placed');
    expect(messages.some((message) => message.includes('is in no snippet: “Iraq Under the terms of UN Security Council Resolution 1546'))).toBe(true);
  });

  it('fails when a section heading is not where the text has it', () => {
    const input = realInput();
    section(input, 'topic.uzbekistan', 'section.uzbekistan.key-milestones').title = 'Milestones';
    expect(rule.check(input).map((issue) => issue.where)).toContain('section.uzbekistan.key-milestones');
  });

  it('fails when two snippets overlap', () => {
    const input = realInput();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const p1 = input.lexicon.snippets.find((snippet: any) => snippet.id === 'snippet.uzbekistan.p1');
    p1.text = `${p1.text} Uzbekistan first engaged`;
    expect(rule.check(input).some((issue) => issue.message.includes('overlaps'))).toBe(true);
  });

  it('fails when an index entry of the text has no topic', () => {
    const input = realInput();
    input.lexicon.topics = input.lexicon.topics.filter((candidate: { id: string }) => candidate.id !== 'topic.unscr-1325');
    expect(rule.check(input)).toEqual([
      { where: 'cleaned text line 9', message: 'index entry “UNSCR 1325, Women, peace and security: NATO’s implementation of -” has no topic' },
    ]);
  });
});
