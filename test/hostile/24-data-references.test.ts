// Item 24 (data part): dangling `preferred` / `related` ids passed, an entry could name itself as its own preferred
// entry ("'X' is deprecated; use 'X' instead"), and a whitespace-only form was accepted but could never match.
// createLexicon now refuses each with a LexiconError that names the document and the JSON pointer.
import { createLexicon, isLexiconError, type LexiconDocument } from '@natolex/data';
import { describe, expect, it } from 'vitest';

function refusal(documents: LexiconDocument[]): { code: string; pointer: string; documentIndex: number | undefined; message: string } {
  try {
    createLexicon(documents);
  } catch (error) {
    if (!isLexiconError(error)) throw error;
    return { code: error.code, pointer: error.pointer, documentIndex: error.documentIndex, message: error.message };
  }
  throw new Error('createLexicon accepted the documents');
}

const acronym = (id: string, extra: Record<string, unknown> = {}) => ({ id, form: id.toUpperCase().replace(/[^A-Z]/g, ''), expansion: `${id} expanded`, ...extra });
const team = (acronyms: Record<string, unknown>[], extra: Record<string, unknown> = {}): LexiconDocument => ({ name: 'Team', acronyms, ...extra }) as unknown as LexiconDocument;

describe('createLexicon refuses references that resolve nowhere', () => {
  it('a dangling preferred id', () => {
    expect(refusal([team([acronym('team.old', { status: 'deprecated', preferred: 'team.nowhere' })])])).toMatchObject({
      code: 'unknown-id',
      pointer: '/acronyms/0/preferred',
      documentIndex: 0,
    });
  });

  it('a dangling related id, in an acronym, a term or an event', () => {
    expect(refusal([team([acronym('team.a', { related: ['acronym.nuc', 'team.nowhere'] })])])).toMatchObject({ code: 'unknown-id', pointer: '/acronyms/0/related/1' });
    const term = { id: 'team.t', term: 'Team term', category: 'concept', related: ['team.gone'] };
    expect(refusal([team([], { terms: [term] })])).toMatchObject({ code: 'unknown-id', pointer: '/terms/0/related/0' });
    const event = { id: 'team.e', date: '2024', text: 'It happened.', topic: 'topic.un', related: ['team.a', 'team.gone'] };
    expect(refusal([team([acronym('team.a')], { events: [event] })])).toMatchObject({ code: 'unknown-id', pointer: '/events/0/related/1' });
  });

  it('an entry that names itself as its preferred entry', () => {
    const result = refusal([team([acronym('team.self', { status: 'deprecated', preferred: 'team.self' })])]);
    expect(result).toMatchObject({ code: 'invalid-document', pointer: '/acronyms/0/preferred', documentIndex: 0 });
    expect(result.message).toContain('team.self');
  });

  it('a preferred id that names a record that is not an acronym or term', () => {
    expect(refusal([team([acronym('team.old', { status: 'deprecated', preferred: 'snippet.un.p4' })])])).toMatchObject({ pointer: '/acronyms/0/preferred' });
  });

  it('a whitespace-only form, variant or alias', () => {
    expect(refusal([team([acronym('team.blank', { form: ' \t ' })])])).toMatchObject({ code: 'invalid-document', pointer: '/acronyms/0/form' });
    expect(refusal([team([acronym('team.blank', { variants: [{ form: '\u00a0' }] })])])).toMatchObject({ pointer: '/acronyms/0/variants/0/form' });
    const term = { id: 'team.t', term: 'Team term', category: 'concept', aliases: ['  '] };
    expect(refusal([team([], { terms: [term] })])).toMatchObject({ pointer: '/terms/0/aliases/0' });
  });
});

describe('references that resolve are accepted', () => {
  it('in the same document, in the bundled corpus, or in another document given to createLexicon', () => {
    const first = team([acronym('team.new'), acronym('team.old', { status: 'deprecated', preferred: 'team.new', related: ['acronym.nuc', 'other.x'] })]);
    const second = { name: 'Other', acronyms: [acronym('other.x', { related: ['team.old'] })] } as LexiconDocument;
    const lexicon = createLexicon([first, second]);
    // Schema 1 glossaries are upgraded: the deprecated entry's concept is replaced by the preferred entry's.
    expect(lexicon.get('team.old')).toMatchObject({ related: expect.arrayContaining([{ type: 'replacedBy', target: 'concept.team.new' }]) });
  });
});
