import { describe, expect, it } from 'vitest';
import rule from './cross-references.mjs';
import { conceptIn, realInput, termIn } from './test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const find = (list: any[], id: string) => list.find((record) => record.id === id);

describe('cross-references', () => {
  it('resolves every reference of the built lexicon', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails on a related id that does not exist', () => {
    const input = realInput();
    conceptIn(input.lexicon, 'concept.nato-ukraine-commission').related = [{ type: 'related', target: 'concept.nato-ukraine-comission' }];
    expect(rule.check(input)).toEqual([
      { where: 'concept.nato-ukraine-commission', message: 'related (related) → concept.nato-ukraine-comission does not exist' },
    ]);
  });

  it('fails on a reference to the wrong kind of record', () => {
    const input = realInput();
    conceptIn(input.lexicon, 'concept.north-atlantic-cooperation-council').related = [{ type: 'replacedBy', target: 'acronym.eapc' }];
    expect(rule.check(input)).toEqual([
      { where: 'concept.north-atlantic-cooperation-council', message: 'related (replacedBy) → acronym.eapc is a term, expected concepts or topics' },
    ]);
  });

  it('fails on a concept related to itself, and on an event related to a term id instead of its concept', () => {
    const input = realInput();
    conceptIn(input.lexicon, 'concept.kosovo-force').related.push({ type: 'broader', target: 'concept.kosovo-force' });
    find(input.lexicon.events, 'event.un.1945-06-26').related = ['term.charter-of-the-united-nations'];
    expect(rule.check(input).map((issue) => `${issue.where}: ${issue.message}`)).toEqual([
      'concept.kosovo-force: is related to itself',
      'event.un.1945-06-26: related → term.charter-of-the-united-nations is a term, expected concepts or topics',
    ]);
  });

  it('fails when a footnote reference points to a paragraph', () => {
    const input = realInput();
    find(input.lexicon.snippets, 'snippet.un.p30').footnotes = ['snippet.un.p31'];
    expect(rule.check(input)).toEqual([
      { where: 'snippet.un.p30', message: 'footnotes → snippet.un.p31 has role paragraph, not footnote' },
    ]);
  });

  it('fails when provenance section and snippet disagree', () => {
    const input = realInput();
    termIn(input.lexicon, 'acronym.nuc').provenance[0].section = 'section.un.lead';
    const messages = rule.check(input).map((issue) => issue.message);
    expect(messages).toContain('provenance.section section.un.lead is in topic.un, whose source is source.un, not source.ukraine');
    expect(messages).toContain('provenance.snippet snippet.ukraine.p1 is in section.ukraine.lead, but provenance.section is section.un.lead');
  });

  it('fails when a section lists a snippet of another section, or a snippet is in no section', () => {
    const input = realInput();
    const uzbekistan = find(input.lexicon.topics, 'topic.uzbekistan');
    const lead = uzbekistan.sections[0];
    lead.snippets = lead.snippets.filter((id: string) => id !== 'snippet.uzbekistan.caption');
    lead.snippets.push('snippet.un.p1');
    const messages = rule.check(input).map((issue) => `${issue.where}: ${issue.message}`);
    expect(messages).toContain('snippet.uzbekistan.caption: is listed in no section');
    expect(messages).toContain('section.uzbekistan.lead: snippet snippet.un.p1 is already listed in section.un.lead');
  });
});
