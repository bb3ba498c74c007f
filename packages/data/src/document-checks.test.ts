import { describe, expect, test } from 'vitest';
import type { ConceptTerm, LexiconDocument } from './api.js';
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
const term = (text: string, extra: Partial<ConceptTerm> = {}): ConceptTerm => ({ text, type: 'fullForm', status: 'preferred', ...extra });
/** A concept with an acronym "TX" (or `terms`) and `extra` fields. */
const concept = (id: string, extra: Record<string, unknown> = {}, terms: ConceptTerm[] = [term('TX', { type: 'acronym' })]) => ({ id, subjectField: 'concept', terms, ...extra });
/** A form of exactly `tokens` tokens: words and single spaces, and a full stop when the number is even. */
const formOf = (tokens: number) => Array.from({ length: Math.ceil(tokens / 2) }, (_, index) => `w${index}`).join(' ') + (tokens % 2 === 0 ? '.' : '');

describe('form length', () => {
  test('the helper builds what it says', () => {
    expect(formTokens(formOf(MAX_FORM_TOKENS))).toHaveLength(MAX_FORM_TOKENS);
    expect(formTokens(formOf(MAX_FORM_TOKENS + 1))).toHaveLength(MAX_FORM_TOKENS + 1);
  });

  test(`a term of ${MAX_FORM_TOKENS} tokens is matched; one more is refused with the pointer of the term`, () => {
    const longest = formOf(MAX_FORM_TOKENS);
    const lexicon = createLexicon([team({ concepts: [concept('team.x', {}, [term(longest, { type: 'acronym' })])] })], { bundled: false });
    expect(lexicon.scan(`Before ${longest} after.`).map((match) => match.id)).toEqual(['team.x']);
    const error = thrown(() => createLexicon([team({ concepts: [concept('team.x', {}, [term(formOf(MAX_FORM_TOKENS + 1), { type: 'acronym' })])] })]));
    expect(error).toMatchObject({ code: 'invalid-document', pointer: '/concepts/0/terms/0/text', documentIndex: 0, documentName: 'Team' });
    expect(error.message).toBe(
      `document 0 ("Team") at /concepts/0/terms/0/text: the form has more than ${MAX_FORM_TOKENS} tokens (words, spaces and punctuation marks count one each); forms are limited to ${MAX_FORM_TOKENS} so that matching stays linear`,
    );
  });

  test('punctuation and runs of spaces count as tokens; every term of a concept is checked', () => {
    const dots = `A${'.A'.repeat(MAX_FORM_TOKENS / 2)}`; // 65 tokens
    const terms = [term('TX', { type: 'acronym' }), term(dots, { type: 'acronym', status: 'admitted' })];
    expect(thrown(() => createLexicon([team({ concepts: [concept('team.x', {}, terms)] })])).pointer).toBe('/concepts/0/terms/1/text');
    expect(thrown(() => createLexicon([team({ concepts: [concept('team.t', {}, [term('Team term'), term(' \n ', { type: 'variant', status: 'admitted' })])] })])).pointer).toBe('/concepts/0/terms/1/text');
  });

  test('the bundled corpus is within the bound (its longest term has 44 tokens)', () => {
    const forms = (bundledDocument.concepts ?? []).flatMap((entry) => entry.terms.map((item) => item.text));
    expect(Math.max(...forms.map((form) => formTokens(form).length))).toBeLessThanOrEqual(MAX_FORM_TOKENS);
  });
});

describe('preferred terms', () => {
  test('a preferred full form and a preferred acronym may stand side by side, in each language', () => {
    const terms = [term('TX', { type: 'acronym' }), term('Team X'), term('ÉX', { type: 'acronym', language: 'fr' }), term('Équipe X', { language: 'fr' })];
    expect(createLexicon([team({ concepts: [concept('team.x', {}, terms)] })], { bundled: false }).expand('ÉX')).toBe('Équipe X');
  });

  test('a second preferred term of the same type and language is refused, naming its pointer', () => {
    const terms = [term('Team X'), term('TX', { type: 'acronym' }), term('Team Ex')];
    const error = thrown(() => createLexicon([team({ concepts: [concept('team.x', {}, terms)] })]));
    expect(error).toMatchObject({ code: 'invalid-document', pointer: '/concepts/0/terms/2/status', documentIndex: 0 });
    expect(error.message).toBe(
      'document 0 ("Team") at /concepts/0/terms/2/status: a second preferred fullForm in "en" (the first is /concepts/0/terms/0); a concept has one preferred term per language and type',
    );
    expect(error.issues).toEqual([{ pointer: '/concepts/0/terms/2/status', message: expect.any(String), keyword: 'onePreferredTerm' }]);
  });

  test('an untagged term is in the document’s language; tags compare case-insensitively', () => {
    const terms = [term('Équipe X'), term('Équipe Ex', { language: 'FR' })];
    expect(thrown(() => createLexicon([team({ language: 'fr', concepts: [concept('team.x', {}, terms)] })])).pointer).toBe('/concepts/0/terms/1/status');
    expect(createLexicon([team({ concepts: [concept('team.x', {}, terms)] })], { bundled: false }).concepts).toHaveLength(1);
  });
});

describe('references', () => {
  test('relation targets may name concepts, terms and topics of the same document, of the bundled corpus or of another', () => {
    const related = [{ type: 'replacedBy', target: 'concept.nato-ukraine-commission' }, { type: 'related', target: 'team.new' }, { type: 'partOf', target: 'topic.un' }, { type: 'related', target: 'other.y' }];
    const first = team({ concepts: [concept('team.new'), concept('team.old', { related }, [term('TO', { type: 'acronym', status: 'deprecated' })])] });
    const second = { name: 'Other', concepts: [concept('other.y', { related: [{ type: 'broader', target: 'acronym.nuc' }] }, [term('Other')])] } as LexiconDocument;
    expect(createLexicon([first, second]).get('other.y')).toBeDefined();
  });

  test('a dangling relation target is an unknown-id error at its pointer', () => {
    const dangling = thrown(() => createLexicon([team({ concepts: [concept('team.old', { related: [{ type: 'replacedBy', target: 'team.nowhere' }] })] })]));
    expect(dangling).toMatchObject({ code: 'unknown-id', pointer: '/concepts/0/related/0/target', documentIndex: 0 });
    expect(dangling.message).toBe(
      'document 0 ("Team") at /concepts/0/related/0/target: no concept or topic has the replacedBy id "team.nowhere" (in this document, the bundled corpus or the other documents)',
    );
    expect(dangling.issues).toEqual([{ pointer: '/concepts/0/related/0/target', message: expect.stringContaining('team.nowhere'), keyword: 'knownId' }]);
    const related = [{ type: 'related', target: 'team.a' }, { type: 'related', target: 'team.c' }];
    const second = [team({ concepts: [concept('team.a')] }), team({ name: 'B', concepts: [concept('team.b', { related }, [term('TB', { type: 'acronym' })])] })];
    expect(thrown(() => createLexicon(second))).toMatchObject({ code: 'unknown-id', pointer: '/concepts/0/related/1/target', documentIndex: 1, documentName: 'B' });
  });

  test('without the bundled corpus, its ids do not resolve', () => {
    const related = [{ type: 'related', target: 'concept.nato-ukraine-commission' }];
    expect(thrown(() => createLexicon([team({ concepts: [concept('team.a', { related })] })], { bundled: false })).pointer).toBe('/concepts/0/related/0/target');
  });

  test('a concept related to itself is refused', () => {
    const self = thrown(() => createLexicon([team({ concepts: [concept('team.t', { related: [{ type: 'replacedBy', target: 'team.t' }] })] })]));
    expect(self).toMatchObject({ code: 'invalid-document', pointer: '/concepts/0/related/0/target' });
    expect(self.message).toContain('"team.t" names itself as a replacedBy concept');
  });

  test('events: related ids must resolve', () => {
    const event = { id: 'team.e', date: '2004/2011', text: 'It happened.', topic: 'topic.un', related: ['team.gone'] };
    expect(thrown(() => createLexicon([team({ events: [event] })])).pointer).toBe('/events/0/related/0');
    expect(createLexicon([team({ events: [{ ...event, related: ['acronym.kfor', 'concept.kosovo-force'] }] })]).get('team.e')).toMatchObject({ date: '2004/2011' });
  });

  test('a 1 MB id in a reference is echoed in at most 80 characters', () => {
    const error = thrown(() => createLexicon([team({ concepts: [concept('team.a', { related: [{ type: 'related', target: 'x'.repeat(1_000_000) }] })] })], { bundled: false }));
    expect(error.message.length).toBeLessThan(400);
  });
});
