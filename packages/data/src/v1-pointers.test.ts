import { describe, expect, test } from 'vitest';
import type { LexiconV1 } from './api.js';
import { createLexicon } from './create-lexicon.js';
import { isLexiconError, type LexiconError } from './errors.js';

function thrown(action: () => unknown): LexiconError {
  try {
    action();
  } catch (error) {
    expect(isLexiconError(error)).toBe(true);
    return error as LexiconError;
  }
  throw new Error('expected a LexiconError');
}

const glossary = (extra: Partial<LexiconV1>): LexiconV1 => ({
  name: 'Old glossary',
  acronyms: [{ id: 'a.tx', form: 'TX', expansion: 'Team X', variants: [{ form: 'T-X' }], related: ['t.tx'] }],
  terms: [{ id: 't.tx', term: 'Team X', category: 'concept', aliases: ['the Team X'] }],
  ...extra,
});

describe('problems in an upgraded schema 1 document point into the document as written', () => {
  test('a duplicate id: the v1 entry’s id', () => {
    expect(createLexicon([glossary({})]).upgraded).toEqual([{ documentIndex: 0, name: 'Old glossary' }]);
    const twice = glossary({ terms: [...glossary({}).terms!, { id: 'acronym.kfor', term: 'Kilo', category: 'concept' }] });
    const clash = thrown(() => createLexicon([twice]));
    expect(clash).toMatchObject({ code: 'duplicate-id', pointer: '/terms/1/id', documentIndex: 0 });
    expect(clash.message).toContain('/terms/1/id (schema 1; upgraded on load)');
  });

  test('a form that can never match: the acronym variant or alias as written', () => {
    const blankVariant = glossary({ acronyms: [{ id: 'a.tx', form: 'TX', expansion: 'Team X', variants: [{ form: ' \n ' }] }] });
    expect(thrown(() => createLexicon([blankVariant], { bundled: false })).pointer).toBe('/acronyms/0/variants/0/form');
    const blankAlias = glossary({ terms: [{ id: 't.tx', term: 'Team X', category: 'concept', aliases: ['ok', ' \t '] }] });
    expect(thrown(() => createLexicon([blankAlias], { bundled: false })).pointer).toBe('/terms/0/aliases/1');
  });

  test('schema 1 references are checked as written: dangling related ids, a preferred entry that is itself or no entry', () => {
    const dangling = glossary({ terms: [{ id: 't.tx', term: 'Team X', category: 'concept', related: ['a.tx', 't.nowhere'] }] });
    expect(thrown(() => createLexicon([dangling], { bundled: false }))).toMatchObject({ code: 'unknown-id', pointer: '/terms/0/related/1' });
    const event = { id: 'e.1', date: '2004', text: 'It happened.', topic: 'topic.un', related: ['t.tx', 'e.gone'] };
    expect(thrown(() => createLexicon([glossary({ events: [event] })])).pointer).toBe('/events/0/related/1');
    const self = glossary({ terms: [{ id: 't.tx', term: 'Team X', category: 'concept', status: 'deprecated', preferred: 't.tx' }] });
    expect(thrown(() => createLexicon([self]))).toMatchObject({ code: 'invalid-document', pointer: '/terms/0/preferred' });
    const topic = glossary({ terms: [{ id: 't.tx', term: 'Team X', category: 'concept', status: 'deprecated', preferred: 'topic.un' }] });
    expect(thrown(() => createLexicon([topic]))).toMatchObject({ code: 'unknown-id', pointer: '/terms/0/preferred' });
    // A preferred entry in another document (or the bundled corpus) is fine: its id is a term id there.
    const elsewhere = glossary({ terms: [{ id: 't.tx', term: 'Team X', category: 'concept', status: 'deprecated', preferred: 'acronym.kfor' }] });
    expect(createLexicon([elsewhere]).get('t.tx')?.id).toBe('concept.t.tx');
  });

  test('an upgraded event’s related ids name concepts', () => {
    const event = { id: 'e.1', date: '2004', text: 'It happened.', topic: 'topic.un', related: ['t.tx'] };
    const v2 = createLexicon([glossary({ events: [event] })]).documents[1]!;
    expect(v2.events?.[0]?.related).toEqual(['concept.t.tx']);
  });
});
