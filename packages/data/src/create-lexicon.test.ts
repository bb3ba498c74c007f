import { describe, expect, test } from 'vitest';
import type { LexiconDocument } from './api.js';
import { bundledDocument } from './bundled.js';
import { createLexicon } from './create-lexicon.js';
import { LexiconError, isLexiconError } from './errors.js';
import { fixtureDocument } from './test-support/fixture.js';

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

  test('acronyms case-sensitively as written, by form or variant', () => {
    expect(lexicon.lookup('DEEP')?.id).toBe('acronym.fixture.deep');
    expect(lexicon.lookup('deep')).toBeUndefined();
    expect(lexicon.lookup('Deep')).toBeUndefined();
    expect(lexicon.lookup('PFP')?.id).toBe('acronym.fixture.pfp');
    expect(lexicon.lookup('UN')?.id).toBe('acronym.fixture.un');
    expect(lexicon.lookup('UNDERSTANDING')).toBeUndefined();
  });

  test('whitespace and separators are normalised like in scan', () => {
    expect(lexicon.lookup(' UN\u00a0CTC ')?.id).toBe('acronym.fixture.un-ctc');
    expect(lexicon.lookup('NTM\u2011I')?.id).toBe('acronym.fixture.ntm-i');
    expect(lexicon.lookup('')).toBeUndefined();
    expect(lexicon.lookup('   ')).toBeUndefined();
  });

  test('terms by term or alias, first letter in either case', () => {
    expect(lexicon.lookup('Ocean Shield')?.id).toBe('term.fixture.ocean-shield');
    expect(lexicon.lookup('Operation Ocean Shield')?.id).toBe('term.fixture.ocean-shield');
    expect(lexicon.lookup('Mélange')?.id).toBe('term.fixture.melange');
    expect(lexicon.lookup('MÉLANGE')).toBeUndefined();
  });

  test('expand gives the acronym expansion, even when a term shares the form', () => {
    expect(lexicon.expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(lexicon.expand('PFP')).toBe('Partnership for Peace');
    expect(lexicon.expand('nuc')).toBeUndefined();
    expect(lexicon.expand('Ocean Shield')).toBeUndefined();
    const shared = createLexicon([{ acronyms: [{ id: 'a.x', form: 'XY', expansion: 'Ex Why' }] }, { terms: [{ id: 't.x', term: 'XY', category: 'concept' }] }], {
      bundled: false,
    });
    expect(shared.lookup('XY')?.id).toBe('t.x');
    expect(shared.expand('XY')).toBe('Ex Why');
  });

  test('get finds any record by id; the collections list every document in order', () => {
    expect(lexicon.get('snippet.fixture.uzbekistan.p1')).toMatchObject({ role: 'paragraph' });
    expect(lexicon.get('event.fixture.uzbekistan.2008')).toMatchObject({ date: '2008' });
    expect(lexicon.get('nope')).toBeUndefined();
    expect(lexicon.acronyms.length).toBe(fixtureDocument.acronyms!.length);
    expect(lexicon.documents).toEqual([fixtureDocument]);
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
    expect(createLexicon(fixtureDocument, { bundled: false }).lookup('DEEP')?.id).toBe('acronym.fixture.deep');
  });

  test('a later document overrides an earlier one for the same written form', () => {
    const glossary: LexiconDocument = { name: 'Team glossary', acronyms: [{ id: 'team.deep', form: 'DEEP', expansion: 'Team meaning' }] };
    const lexicon = createLexicon([fixtureDocument, glossary], { bundled: false });
    expect(lexicon.lookup('DEEP')?.id).toBe('team.deep');
    expect(lexicon.expand('DEEP')).toBe('Team meaning');
    expect(lexicon.scan('DEEP')[0]?.id).toBe('team.deep');
  });
});

describe('createLexicon errors', () => {
  test('a schema-invalid document: LexiconError with the pointer, document index and name', () => {
    const broken = { name: 'Broken glossary', acronyms: [{ id: 'a.ok', form: 'OK', expansion: 'Okay' }, { id: 'a.bad', form: 'BAD' }] };
    const error = thrown(() => createLexicon([fixtureDocument, broken as LexiconDocument]));
    expect(error).toBeInstanceOf(LexiconError);
    expect(error.code).toBe('invalid-document');
    expect(error.pointer).toBe('/acronyms/1');
    expect(error.documentIndex).toBe(1);
    expect(error.documentName).toBe('Broken glossary');
    expect(error.issues[0]).toMatchObject({ pointer: '/acronyms/1', keyword: 'required' });
    expect(error.message).toContain('Broken glossary');
    expect(error.message).toContain('expansion');
  });

  test('values that are not documents at all', () => {
    for (const value of [null, 42, 'text', [1], { acronyms: 'x' }]) {
      const error = thrown(() => createLexicon([value as unknown as LexiconDocument], { bundled: false }));
      expect(error.code).toBe('invalid-document');
      expect(error.documentIndex).toBe(0);
    }
  });

  test('an id used twice within a document', () => {
    const twice: LexiconDocument = {
      acronyms: [{ id: 'a.same', form: 'AA', expansion: 'A' }],
      terms: [{ id: 'a.same', term: 'same', category: 'concept' }],
    };
    const error = thrown(() => createLexicon([twice], { bundled: false }));
    expect(error.code).toBe('duplicate-id');
    expect(error.pointer).toBe('/terms/0/id');
    expect(error.documentIndex).toBe(0);
    expect(error.message).toContain('a.same');
  });

  test('an id used across documents, including the bundled corpus', () => {
    const again = { ...fixtureDocument, name: 'Copy' };
    const error = thrown(() => createLexicon([fixtureDocument, again], { bundled: false }));
    expect(error.code).toBe('duplicate-id');
    expect(error.documentIndex).toBe(1);
    expect(error.documentName).toBe('Copy');
    expect(error.pointer).toBe('/sources/0/id');

    const bundledId = bundledDocument.acronyms![0]!.id;
    const clash: LexiconDocument = { acronyms: [{ id: bundledId, form: 'ZZZ', expansion: 'Zed' }] };
    const withBundled = thrown(() => createLexicon([clash]));
    expect(withBundled.pointer).toBe('/acronyms/0/id');
    expect(withBundled.message).toContain('bundled corpus');
    expect(createLexicon([clash], { bundled: false }).lookup('ZZZ')?.id).toBe(bundledId);
  });

  test('a document that throws or changes while it is read is still a LexiconError', () => {
    for (const failAfter of [0, 1, 2, 3, 5, 8]) {
      let reads = 0;
      const sneaky = {
        get acronyms() {
          if (reads++ >= failAfter) throw new Error('boom');
          return [{ id: 'a.x', form: 'X', expansion: 'Ex' }];
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
