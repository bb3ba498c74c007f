import { describe, expect, test } from 'vitest';
import type { LexiconDocument } from './api.js';
import { bundledDocument } from './bundled.js';
import { createLexicon } from './create-lexicon.js';
import { LexiconError, isLexiconError } from './errors.js';
import { fixtureDocument, fixtureDocumentV1 } from './test-support/fixture.js';

function thrown(action: () => unknown): LexiconError {
  try {
    action();
  } catch (error) {
    expect(isLexiconError(error)).toBe(true);
    return error as LexiconError;
  }
  throw new Error('expected a LexiconError');
}

describe('lookup, expand, get', () => {
  const lexicon = createLexicon([fixtureDocument], { bundled: false });

  const termId = (text: string) => lexicon.lookup(text)?.term.id;
  const conceptId = (text: string) => lexicon.lookup(text)?.concept.id;

  test('acronym terms case-sensitively as written; lookup gives the concept and the term matched', () => {
    expect(lexicon.lookup('DEEP')).toEqual({ concept: lexicon.get('concept.fixture.deep'), term: expect.objectContaining({ id: 'acronym.fixture.deep', type: 'acronym' }) });
    expect(lexicon.lookup('deep')).toBeUndefined();
    expect(lexicon.lookup('Deep')).toBeUndefined();
    expect(lexicon.lookup('PFP')).toMatchObject({ concept: { id: 'concept.fixture.pfp' }, term: { text: 'PFP', status: 'admitted' } });
    expect(termId('UN')).toBe('acronym.fixture.un');
    expect(lexicon.lookup('UNDERSTANDING')).toBeUndefined();
  });

  test('whitespace and separators are normalised like in scan', () => {
    expect(termId(' UN\u00a0CTC ')).toBe('acronym.fixture.un-ctc');
    expect(termId('NTM\u2011I')).toBe('acronym.fixture.ntm-i');
    expect(lexicon.lookup('')).toBeUndefined();
    expect(lexicon.lookup('   ')).toBeUndefined();
  });

  test('other terms by any of their texts, first letter in either case, all giving the one concept', () => {
    expect(lexicon.lookup('Ocean Shield')).toMatchObject({ concept: { id: 'concept.fixture.ocean-shield' }, term: { text: 'Ocean Shield', type: 'variant' } });
    expect(termId('Operation Ocean Shield')).toBe('term.fixture.ocean-shield');
    expect(conceptId('Mélange')).toBe('concept.fixture.melange');
    expect(lexicon.lookup('MÉLANGE')).toBeUndefined();
    // An acronym and its full form are one concept.
    expect(conceptId('Partnership for Peace')).toBe(conceptId('PfP'));
  });

  test('expand gives the preferred full form of the acronym’s concept, even when a term elsewhere shares the form', () => {
    expect(lexicon.expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(lexicon.expand('PFP')).toBe('Partnership for Peace');
    expect(lexicon.expand('nuc')).toBeUndefined();
    expect(lexicon.expand('Ocean Shield')).toBeUndefined();
    const shared = createLexicon(
      [
        { concepts: [{ id: 'c.x', subjectField: 'concept', terms: [{ text: 'XY', type: 'acronym', status: 'preferred' }, { text: 'Ex Why', type: 'fullForm', status: 'preferred' }] }] },
        { concepts: [{ id: 'c.t', subjectField: 'concept', terms: [{ id: 't.x', text: 'XY', type: 'fullForm', status: 'preferred' }] }] },
      ],
      { bundled: false },
    );
    expect(shared.lookup('XY')?.term.id).toBe('t.x');
    expect(shared.expand('XY')).toBe('Ex Why');
  });

  test('expand picks the full form in the acronym’s language, and another language’s when it has none', () => {
    const bilingual = createLexicon(
      {
        language: 'en',
        concepts: [
          {
            id: 'c.otan',
            subjectField: 'organisation',
            terms: [
              { text: 'NATO', type: 'acronym', status: 'preferred' },
              { text: 'North Atlantic Treaty Organization', type: 'fullForm', status: 'preferred' },
              { text: 'OTAN', type: 'acronym', status: 'preferred', language: 'fr' },
              { text: 'Organisation du Traité de l’Atlantique Nord', type: 'fullForm', status: 'preferred', language: 'fr' },
              { text: 'NAVO', type: 'acronym', status: 'preferred', language: 'nl' },
            ],
          },
        ],
      },
      { bundled: false },
    );
    expect(bilingual.expand('OTAN')).toBe('Organisation du Traité de l’Atlantique Nord');
    expect(bilingual.expand('NATO')).toBe('North Atlantic Treaty Organization');
    expect(bilingual.expand('NAVO')).toBe('North Atlantic Treaty Organization');
  });

  test('get finds any record by id, and a term id gives its concept; the collections list every document in order', () => {
    expect(lexicon.get('snippet.fixture.uzbekistan.p1')).toMatchObject({ role: 'paragraph' });
    expect(lexicon.get('event.fixture.uzbekistan.2008')).toMatchObject({ date: '2008' });
    expect(lexicon.get('acronym.fixture.deep')).toBe(lexicon.get('concept.fixture.deep'));
    expect(lexicon.get('nope')).toBeUndefined();
    expect(lexicon.concepts.length).toBe(fixtureDocument.concepts!.length);
    expect(lexicon.documents).toEqual([fixtureDocument]);
    expect(lexicon.upgraded).toEqual([]);
  });

  test('non-string arguments give undefined or [] rather than a crash', () => {
    expect(lexicon.lookup(undefined as unknown as string)).toBeUndefined();
    expect(lexicon.expand(null as unknown as string)).toBeUndefined();
    expect(lexicon.get(3 as unknown as string)).toBeUndefined();
    expect(lexicon.search({} as unknown as string)).toEqual([]);
  });
});

describe('createLexicon documents and options', () => {
  test('the bundled corpus comes first by default, then the extra documents', () => {
    const lexicon = createLexicon([fixtureDocument]);
    expect(lexicon.documents).toEqual([bundledDocument, fixtureDocument]);
    expect(createLexicon().documents).toEqual([bundledDocument]);
    expect(createLexicon([], { bundled: false }).documents).toEqual([]);
  });

  test('a single document may be passed without an array', () => {
    expect(createLexicon(fixtureDocument, { bundled: false }).lookup('DEEP')?.term.id).toBe('acronym.fixture.deep');
  });

  test('a later document overrides an earlier one for the same written form', () => {
    const glossary: LexiconDocument = {
      name: 'Team glossary',
      concepts: [{ id: 'team.deep', subjectField: 'programme', terms: [{ text: 'DEEP', type: 'acronym', status: 'preferred' }, { text: 'Team meaning', type: 'fullForm', status: 'preferred' }] }],
    };
    const lexicon = createLexicon([fixtureDocument, glossary], { bundled: false });
    expect(lexicon.lookup('DEEP')?.concept.id).toBe('team.deep');
    expect(lexicon.expand('DEEP')).toBe('Team meaning');
    expect(lexicon.scan('DEEP')[0]).toMatchObject({ id: 'team.deep', kind: 'acronym', term: { text: 'DEEP' } });
  });
});

describe('schema 1 documents', () => {
  test('are validated as schema 1, upgraded, listed in `upgraded`, and answer like their schema 2 upgrade', () => {
    const v1 = createLexicon([fixtureDocumentV1 as never, { name: 'old', acronyms: [] } as never], { bundled: false });
    expect(v1.upgraded).toEqual([
      { documentIndex: 0, name: 'Test fixture: excerpts of the seed text' },
      { documentIndex: 1, name: 'old' },
    ]);
    expect(v1.documents[0]).toEqual(fixtureDocument);
    const v2 = createLexicon([fixtureDocument], { bundled: false });
    for (const text of ['DEEP', 'PFP', 'Ocean Shield', 'UN CTC', 'mélange']) {
      expect(v1.lookup(text)).toEqual(v2.lookup(text));
      expect(v1.expand(text)).toEqual(v2.expand(text));
    }
    // Schema 1 ids still resolve, to the concept.
    expect(v1.get('term.fixture.ocean-shield')?.id).toBe('concept.fixture.ocean-shield');
  });

  test('a schema 1 document that is invalid as schema 1 fails with the schema 1 pointer', () => {
    const broken = { name: 'Broken glossary', acronyms: [{ id: 'a.ok', form: 'OK', expansion: 'Okay' }, { id: 'a.bad', form: 'BAD' }] };
    const error = thrown(() => createLexicon([fixtureDocument, broken as never]));
    expect(error).toBeInstanceOf(LexiconError);
    expect(error.code).toBe('invalid-document');
    expect(error.pointer).toBe('/acronyms/1');
    expect(error.documentIndex).toBe(1);
    expect(error.documentName).toBe('Broken glossary');
    expect(error.issues[0]).toMatchObject({ pointer: '/acronyms/1', keyword: 'required' });
    expect(error.message).toContain('Broken glossary');
    expect(error.message).toContain('schema 1');
    expect(error.message).toContain('expansion');
  });
});

describe('createLexicon errors', () => {
  test('a schema-invalid document: LexiconError with the pointer, document index and name', () => {
    const broken = { name: 'Broken glossary', concepts: [{ id: 'c.ok', subjectField: 'concept', terms: [{ text: 'OK', type: 'acronym', status: 'preferred' }] }, { id: 'c.bad', subjectField: 'concept', terms: [{ text: 'BAD', type: 'acronym' }] }] };
    const error = thrown(() => createLexicon([fixtureDocument, broken as LexiconDocument]));
    expect(error).toBeInstanceOf(LexiconError);
    expect(error.code).toBe('invalid-document');
    expect(error.pointer).toBe('/concepts/1/terms/0');
    expect(error.documentIndex).toBe(1);
    expect(error.documentName).toBe('Broken glossary');
    expect(error.issues[0]).toMatchObject({ pointer: '/concepts/1/terms/0', keyword: 'required' });
    expect(error.message).toContain('Broken glossary');
    expect(error.message).toContain('status');
  });

  test('values that are not documents at all', () => {
    for (const value of [null, 42, 'text', [1], { acronyms: 'x' }, { concepts: 'x' }]) {
      const error = thrown(() => createLexicon([value as unknown as LexiconDocument], { bundled: false }));
      expect(error.code).toBe('invalid-document');
      expect(error.documentIndex).toBe(0);
    }
  });

  test('an id used twice within a document', () => {
    const twice: LexiconDocument = {
      concepts: [
        { id: 'c.one', subjectField: 'concept', terms: [{ id: 'a.same', text: 'AA', type: 'acronym', status: 'preferred' }] },
        { id: 'a.same', subjectField: 'concept', terms: [{ text: 'same', type: 'fullForm', status: 'preferred' }] },
      ],
    };
    const error = thrown(() => createLexicon([twice], { bundled: false }));
    expect(error.code).toBe('duplicate-id');
    expect(error.pointer).toBe('/concepts/1/id');
    expect(error.documentIndex).toBe(0);
    expect(error.message).toContain('a.same');
    expect(error.message).toContain('/concepts/0/terms/0/id');
  });

  test('an id used across documents, including the bundled corpus', () => {
    const again = { ...fixtureDocument, name: 'Copy' };
    const error = thrown(() => createLexicon([fixtureDocument, again], { bundled: false }));
    expect(error.code).toBe('duplicate-id');
    expect(error.documentIndex).toBe(1);
    expect(error.documentName).toBe('Copy');
    expect(error.pointer).toBe('/sources/0/id');

    // A term id of the bundled corpus (a schema 1 acronym id) is taken, like every other id.
    const bundledId = 'acronym.kfor';
    const clash: LexiconDocument = { concepts: [{ id: 'c.zzz', subjectField: 'concept', terms: [{ id: bundledId, text: 'ZZZ', type: 'acronym', status: 'preferred' }] }] };
    const withBundled = thrown(() => createLexicon([clash]));
    expect(withBundled.pointer).toBe('/concepts/0/terms/0/id');
    expect(withBundled.message).toContain('bundled corpus');
    expect(createLexicon([clash], { bundled: false }).lookup('ZZZ')?.term.id).toBe(bundledId);
  });

  test('a document that throws or changes while it is read is still a LexiconError', () => {
    for (const failAfter of [0, 1, 2, 3, 5, 8]) {
      let reads = 0;
      const sneaky = {
        get concepts() {
          if (reads++ >= failAfter) throw new Error('boom');
          return [{ id: 'c.x', subjectField: 'concept', terms: [{ text: 'X', type: 'acronym', status: 'preferred' }] }];
        },
      };
      try {
        createLexicon([sneaky as unknown as LexiconDocument], { bundled: false });
      } catch (error) {
        expect(error).toBeInstanceOf(LexiconError);
      }
    }
  });

  test('section ids must be unique among sections', () => {
    const topic = fixtureDocument.topics![0]!;
    const twice: LexiconDocument = {
      ...fixtureDocument,
      topics: [{ ...topic, sections: [topic.sections[0]!, topic.sections[0]!] }],
    };
    expect(thrown(() => createLexicon([twice], { bundled: false })).pointer).toBe('/topics/0/sections/1/id');
  });
});
