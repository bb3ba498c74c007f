import { describe, expect, test } from 'vitest';
import type { LexiconDocument } from './api.js';
import { bundledDocument } from './bundled.js';
import { createLexicon } from './create-lexicon.js';
import { MAX_FORM_TOKENS } from './document-checks.js';
import { LexiconError, isLexiconError } from './errors.js';
import { formTokens } from './text/tokens.js';

function thrown(action: () => unknown): LexiconError {
  try {
    action();
  } catch (error) {
    expect(isLexiconError(error)).toBe(true);
    return error as LexiconError;
  }
  throw new Error('expected a LexiconError');
}

const team = (document: Record<string, unknown>): LexiconDocument => ({ name: 'Team', ...document }) as LexiconDocument;
const acronym = (id: string, extra: Record<string, unknown> = {}) => ({ id, form: 'TX', expansion: 'team x', ...extra });
/** A form of exactly `tokens` tokens: words and single spaces, and a full stop when the number is even. */
const formOf = (tokens: number) => Array.from({ length: Math.ceil(tokens / 2) }, (_, index) => `w${index}`).join(' ') + (tokens % 2 === 0 ? '.' : '');

describe('form length', () => {
  test('the helper builds what it says', () => {
    expect(formTokens(formOf(MAX_FORM_TOKENS))).toHaveLength(MAX_FORM_TOKENS);
    expect(formTokens(formOf(MAX_FORM_TOKENS + 1))).toHaveLength(MAX_FORM_TOKENS + 1);
  });

  test(`a form of ${MAX_FORM_TOKENS} tokens is matched; one more is refused with the pointer of the form`, () => {
    const longest = formOf(MAX_FORM_TOKENS);
    const lexicon = createLexicon([team({ acronyms: [acronym('team.x', { form: longest })] })], { bundled: false });
    expect(lexicon.scan(`Before ${longest} after.`).map((match) => match.id)).toEqual(['team.x']);
    const error = thrown(() => createLexicon([team({ acronyms: [acronym('team.x', { form: formOf(MAX_FORM_TOKENS + 1) })] })]));
    expect(error).toMatchObject({ code: 'invalid-document', pointer: '/acronyms/0/form', documentIndex: 0, documentName: 'Team' });
    expect(error.message).toBe(
      `document 0 ("Team") at /acronyms/0/form: the form has more than ${MAX_FORM_TOKENS} tokens (words, spaces and punctuation marks count one each); forms are limited to ${MAX_FORM_TOKENS} so that matching stays linear`,
    );
  });

  test('punctuation and runs of spaces count as tokens; variants, terms and aliases are checked too', () => {
    const dots = `A${'.A'.repeat(MAX_FORM_TOKENS / 2)}`; // 65 tokens
    expect(thrown(() => createLexicon([team({ acronyms: [acronym('team.x', { variants: [{ form: 'TX' }, { form: dots }] })] })])).pointer).toBe('/acronyms/0/variants/1/form');
    const term = { id: 'team.t', term: formOf(MAX_FORM_TOKENS + 1), category: 'concept' };
    expect(thrown(() => createLexicon([team({ terms: [term] })])).pointer).toBe('/terms/0/term');
    const alias = { id: 'team.t', term: 'Team term', category: 'concept', aliases: ['ok', formOf(MAX_FORM_TOKENS + 1)] };
    expect(thrown(() => createLexicon([team({ terms: [alias] })])).pointer).toBe('/terms/0/aliases/1');
  });

  test('the bundled corpus is within the bound (its longest form has 44 tokens)', () => {
    const forms = [...(bundledDocument.acronyms ?? []).flatMap((entry) => [entry.form, ...(entry.variants ?? []).map((variant) => variant.form)]), ...(bundledDocument.terms ?? []).flatMap((entry) => [entry.term, ...(entry.aliases ?? [])])];
    expect(Math.max(...forms.map((form) => formTokens(form).length))).toBeLessThanOrEqual(MAX_FORM_TOKENS);
  });
});

describe('references', () => {
  test('preferred and related may name records of the same document, of the bundled corpus or of another document', () => {
    const first = team({ acronyms: [acronym('team.new'), acronym('team.old', { form: 'TO', status: 'deprecated', preferred: 'acronym.nuc', related: ['team.new', 'topic.un', 'other.y'] })] });
    const second = { name: 'Other', terms: [{ id: 'other.y', term: 'Other', category: 'concept', preferred: 'team.new', related: ['team.old'] }] } as LexiconDocument;
    expect(createLexicon([first, second]).get('other.y')).toBeDefined();
  });

  test('a dangling preferred or related id is an unknown-id error at its pointer', () => {
    const dangling = thrown(() => createLexicon([team({ acronyms: [acronym('team.old', { preferred: 'team.nowhere' })] })]));
    expect(dangling).toMatchObject({ code: 'unknown-id', pointer: '/acronyms/0/preferred', documentIndex: 0 });
    expect(dangling.message).toBe('document 0 ("Team") at /acronyms/0/preferred: no acronym or term has the id "team.nowhere" (in this document, the bundled corpus or the other documents)');
    expect(dangling.issues).toEqual([{ pointer: '/acronyms/0/preferred', message: expect.stringContaining('team.nowhere'), keyword: 'knownId' }]);
    const second = [team({ acronyms: [acronym('team.a')] }), team({ name: 'B', acronyms: [acronym('team.b', { form: 'TB', related: ['team.a', 'team.c'] })] })];
    expect(thrown(() => createLexicon(second))).toMatchObject({ code: 'unknown-id', pointer: '/acronyms/0/related/1', documentIndex: 1, documentName: 'B' });
  });

  test('without the bundled corpus, its ids do not resolve', () => {
    expect(thrown(() => createLexicon([team({ acronyms: [acronym('team.a', { related: ['acronym.nuc'] })] })], { bundled: false })).pointer).toBe('/acronyms/0/related/0');
  });

  test('an entry that is its own preferred entry, or whose preferred entry is no acronym or term, is refused', () => {
    const self = thrown(() => createLexicon([team({ terms: [{ id: 'team.t', term: 'Team term', category: 'concept', status: 'deprecated', preferred: 'team.t' }] })]));
    expect(self).toMatchObject({ code: 'invalid-document', pointer: '/terms/0/preferred' });
    expect(self.message).toContain('"team.t" names itself as its preferred entry');
    expect(thrown(() => createLexicon([team({ acronyms: [acronym('team.a', { preferred: 'topic.un' })] })]))).toMatchObject({ code: 'unknown-id', pointer: '/acronyms/0/preferred' });
  });

  test('events: related ids must resolve', () => {
    const event = { id: 'team.e', date: '2024', text: 'It happened.', topic: 'topic.un', related: ['team.gone'] };
    expect(thrown(() => createLexicon([team({ events: [event] })])).pointer).toBe('/events/0/related/0');
  });

  test('a 1 MB id in a reference is echoed in at most 80 characters', () => {
    const error = thrown(() => createLexicon([team({ acronyms: [acronym('team.a', { related: ['x'.repeat(1_000_000)] })] })], { bundled: false }));
    expect(error.message.length).toBeLessThan(400);
  });
});
