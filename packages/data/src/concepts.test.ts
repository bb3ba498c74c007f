import { describe, expect, test } from 'vitest';
import type { Concept, ConceptTerm } from './api.js';
import { acronymsOf, conceptLabel, describeConcept, expansionOf, fullFormOf, preferredTerm, replacementOf } from './concepts.js';
import { createLexicon } from './create-lexicon.js';
import { isLexiconError } from './errors.js';

const term = (text: string, type: ConceptTerm['type'], status: ConceptTerm['status'] = 'preferred', language?: string): ConceptTerm => ({
  text,
  type,
  status,
  ...(language === undefined ? {} : { language }),
});

/** A bilingual concept in a document whose language is English (untagged texts are English). */
const nato: Concept = {
  id: 'c.nato',
  subjectField: 'organisation',
  terms: [
    term('North Atlantic Treaty Organization', 'fullForm'),
    term('NATO', 'acronym'),
    term('the Alliance', 'variant', 'admitted'),
    term('N.A.T.O.', 'acronym', 'deprecated'),
    term('OTAN', 'acronym', 'preferred', 'fr'),
    term('Organisation du Traité de l’Atlantique Nord', 'fullForm', 'preferred', 'fr'),
  ],
  definitions: [{ text: 'Une alliance.', language: 'fr', provenance: [{ source: 's', quote: 'Une alliance.' }] }],
  contexts: [
    { text: 'NATO l’a dit.', language: 'fr', provenance: [{ source: 's', quote: 'NATO l’a dit.' }] },
    { text: 'NATO and the UN share a commitment.', provenance: [{ source: 's', quote: 'NATO and the UN share a commitment.' }] },
  ],
};

describe('preferredTerm', () => {
  test('the preferred full form before the preferred acronym; by type and by language', () => {
    expect(preferredTerm(nato)?.text).toBe('North Atlantic Treaty Organization');
    expect(preferredTerm(nato, { type: 'acronym' })?.text).toBe('NATO');
    expect(preferredTerm(nato, { language: 'fr' })?.text).toBe('Organisation du Traité de l’Atlantique Nord');
    expect(preferredTerm(nato, { type: 'acronym', language: 'FR-ca' })?.text).toBe('OTAN');
    expect(preferredTerm(nato, { type: 'variant' })).toBeUndefined();
    expect(preferredTerm(nato, { language: 'de' })).toBeUndefined();
  });

  test('undefined when no term is preferred (a concept superseded as a whole)', () => {
    expect(preferredTerm({ ...nato, terms: [term('NACC', 'acronym', 'superseded')] })).toBeUndefined();
  });
});

describe('acronymsOf, fullFormOf, expansionOf', () => {
  test('acronyms preferred first, in a language or all', () => {
    expect(acronymsOf(nato).map((item) => item.text)).toEqual(['NATO', 'OTAN', 'N.A.T.O.']);
    expect(acronymsOf(nato, 'en').map((item) => item.text)).toEqual(['NATO', 'N.A.T.O.']);
    expect(acronymsOf(nato, 'fr').map((item) => item.text)).toEqual(['OTAN']);
  });

  test('the full form in a language, the document’s by default, the best status when none is preferred', () => {
    expect(fullFormOf(nato)?.text).toBe('North Atlantic Treaty Organization');
    expect(fullFormOf(nato, 'fr')?.text).toBe('Organisation du Traité de l’Atlantique Nord');
    expect(fullFormOf(nato, 'de')).toBeUndefined();
    const admitted = { ...nato, terms: [term('Old Name', 'fullForm', 'deprecated'), term('Name', 'fullForm', 'admitted')] };
    expect(fullFormOf(admitted)?.text).toBe('Name');
  });

  test('an acronym expands to the full form in its own language, else in another', () => {
    expect(expansionOf(nato, nato.terms[4]!)).toBe('Organisation du Traité de l’Atlantique Nord');
    expect(expansionOf(nato, nato.terms[1]!)).toBe('North Atlantic Treaty Organization');
    expect(expansionOf(nato, term('NAVO', 'acronym', 'preferred', 'nl'))).toBe('North Atlantic Treaty Organization');
    expect(expansionOf({ ...nato, terms: [term('XY', 'acronym')] }, term('XY', 'acronym'))).toBeUndefined();
  });
});

describe('describeConcept', () => {
  test('the definition in the language, else the first context (in the language first), else another language’s definition', () => {
    expect(describeConcept(nato, 'fr')).toEqual({ text: 'Une alliance.', kind: 'definition', language: 'fr' });
    expect(describeConcept(nato)).toEqual({ text: 'NATO and the UN share a commitment.', kind: 'context', language: 'en' });
    expect(describeConcept(nato, 'de')).toEqual({ text: 'NATO l’a dit.', kind: 'context', language: 'fr' });
    expect(describeConcept({ ...nato, contexts: [] }, 'en')).toEqual({ text: 'Une alliance.', kind: 'definition', language: 'fr' });
    expect(describeConcept({ ...nato, contexts: undefined, definitions: undefined })).toBeUndefined();
  });

  test('untagged texts are in their document’s language, as createLexicon records it', () => {
    const french = createLexicon(
      { language: 'fr', concepts: [{ id: 'c.x', subjectField: 'concept', terms: [term('X', 'fullForm')], definitions: [{ text: 'Un x.', provenance: [{ source: 's', quote: 'Un x.' }] }] }] },
      { bundled: false },
    );
    const concept = french.get('c.x') as Concept;
    expect(describeConcept(concept)).toEqual({ text: 'Un x.', kind: 'definition', language: 'fr' });
    expect(preferredTerm(concept, { language: 'fr' })?.text).toBe('X');
  });
});

describe('replacementOf', () => {
  test('a deprecated term: the preferred term of its type and language; others: none', () => {
    expect(replacementOf(nato, nato.terms[3]!)?.text).toBe('NATO');
    expect(replacementOf(nato, nato.terms[1]!)).toBeUndefined();
    expect(replacementOf(nato, nato.terms[2]!)).toBeUndefined();
    const alone = { ...nato, terms: [term('NACC', 'acronym', 'superseded')] };
    expect(replacementOf(alone, alone.terms[0]!)).toBeUndefined();
  });
});

describe('conceptLabel', () => {
  test('"ACRONYM — Full form" when the concept has both, else its preferred term', () => {
    expect(conceptLabel(nato)).toBe('NATO — North Atlantic Treaty Organization');
    expect(conceptLabel(nato, 'fr')).toBe('OTAN — Organisation du Traité de l’Atlantique Nord');
    expect(conceptLabel({ ...nato, terms: [term('Mélange', 'fullForm')] })).toBe('Mélange');
    expect(conceptLabel({ ...nato, terms: [term('XY', 'acronym')] })).toBe('XY');
  });

  test('the bundled corpus: KFOR', () => {
    const kfor = createLexicon().lookup('KFOR')!.concept;
    expect(conceptLabel(kfor)).toBe('KFOR — Kosovo Force');
    expect(describeConcept(kfor)?.text).toContain('to provide an international security presence');
  });
});

test('arguments that are not a concept, a term or a language are a LexiconError', () => {
  const calls = [
    () => preferredTerm(null as never),
    () => acronymsOf({ terms: 'x' } as never),
    () => fullFormOf(nato, 5 as never),
    () => describeConcept(undefined as never),
    () => replacementOf(nato, null as never),
    () => conceptLabel({} as never),
    () => expansionOf(nato, 'NATO' as never),
    () => acronymsOf({ terms: [null] } as never),
  ];
  for (const call of calls) {
    let error: unknown;
    try {
      call();
    } catch (caught) {
      error = caught;
    }
    expect(isLexiconError(error)).toBe(true);
  }
});
