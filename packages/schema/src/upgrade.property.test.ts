// Property tests of upgradeLexicon over generated valid schema 1 documents (fixed seeds): the output is a valid
// schema 2 document, the same input gives the same bytes, nothing of the input is lost or changed, and ids stay
// resolvable. Ids and forms come from small pools so that joins, clashes and shared links are frequent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AcronymV1, EventV1, LexiconV1, TermV1, VariantV1 } from './index.js';
import { upgradeLexicon, validateLexicon, validateLexiconV1 } from './index.js';

const RUNS = 2_000;
const settings = (seed: number) => ({ numRuns: RUNS, seed, endOnFailure: true });

const slug = fc.constantFrom('nuc', 'pfp', 'kfor', 'x', 'concept.x', 'x-2', 'nato');
const entryId = fc.oneof(slug.map((s) => `acronym.${s}`), slug.map((s) => `term.${s}`), slug, fc.constantFrom('concept.nuc', 'topic.un'));
const form = fc.constantFrom('NUC', 'PfP', 'KFOR', 'NATO-Ukraine Commission', 'Partnership for Peace', 'Kosovo Force', 'X', ' padded ', 'NATO A–Z');
const status = fc.constantFrom('preferred', 'admitted', 'deprecated', 'superseded') as fc.Arbitrary<'preferred' | 'admitted' | 'deprecated' | 'superseded'>;
const provenance = fc.record({ source: fc.constantFrom('source.un', 'source.t'), quote: fc.constantFrom('Kosovo Force (KFOR)', 'a quote') }, { requiredKeys: ['source', 'quote'] });
const ids = (max: number) => fc.uniqueArray(entryId, { maxLength: max });

const common = {
  status,
  preferred: entryId,
  definition: fc.constantFrom('What it is.', 'Another definition.'),
  related: ids(4),
  topics: fc.uniqueArray(fc.constantFrom('topic.un', 'topic.ukraine'), { maxLength: 2 }),
  notes: fc.array(fc.constantFrom('A note.', 'Another note.'), { maxLength: 2 }),
  provenance: fc.array(provenance, { minLength: 1, maxLength: 2 }),
  usedIn: fc.uniqueArray(fc.constantFrom('snippet.un.p1', 'snippet.un.p2'), { maxLength: 2 }),
};
const variant: fc.Arbitrary<VariantV1> = fc.record({ form, status, note: fc.constant('Team style.') }, { requiredKeys: ['form'] });
const acronym: fc.Arbitrary<AcronymV1> = fc.record(
  { id: entryId, form, expansion: form, definedInSource: fc.boolean(), variants: fc.array(variant, { maxLength: 2 }), ...common },
  { requiredKeys: ['id', 'form', 'expansion'] },
);
const term: fc.Arbitrary<TermV1> = fc.record(
  {
    id: entryId,
    term: form,
    category: fc.constantFrom('operation', 'mission', 'body', 'concept', 'resolution') as fc.Arbitrary<TermV1['category']>,
    aliases: fc.uniqueArray(form, { maxLength: 2 }),
    ...common,
  },
  { requiredKeys: ['id', 'term', 'category'] },
);
const event: fc.Arbitrary<EventV1> = fc.record(
  { id: fc.constantFrom('event.a', 'event.b'), date: fc.constantFrom('1994', '2003-04', '2008-09-03'), text: fc.constant('It happened.'), topic: fc.constant('topic.un'), related: ids(3), provenance },
  { requiredKeys: ['id', 'date', 'text', 'topic'] },
);
const lexiconV1: fc.Arbitrary<LexiconV1> = fc.record(
  {
    $schema: fc.constant('urn:natolex:schema:lexicon:1'),
    name: fc.constant('Generated'),
    language: fc.constantFrom('en', 'en-GB'),
    acronyms: fc.array(acronym, { maxLength: 6 }),
    terms: fc.array(term, { maxLength: 6 }),
    events: fc.array(event, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** Every id of the document, by where it is. */
function idsOf(lexicon: ReturnType<typeof upgradeLexicon>): string[] {
  return [...(lexicon.concepts ?? []).map((concept) => concept.id), ...(lexicon.events ?? []).map((e) => e.id)];
}

describe('upgradeLexicon properties (fast-check, fixed seeds)', () => {
  it('turns every valid schema 1 document into a valid schema 2 document', () => {
    fc.assert(
      fc.property(lexiconV1, (v1) => {
        expect(validateLexiconV1(v1).errors).toEqual([]);
        expect(validateLexicon(upgradeLexicon(v1)).errors).toEqual([]);
      }),
      settings(20261202),
    );
  }, 120_000);

  it('is stable: the same input gives the same bytes, and the input is left as it was', () => {
    fc.assert(
      fc.property(lexiconV1, (v1) => {
        const before = JSON.stringify(v1);
        const first = JSON.stringify(upgradeLexicon(v1));
        expect(JSON.stringify(v1)).toBe(before);
        expect(JSON.stringify(upgradeLexicon(JSON.parse(before) as LexiconV1))).toBe(first);
      }),
      settings(1999),
    );
  }, 120_000);

  it('keeps every entry: one concept per term and lone acronym, each v1 id a term id of exactly one concept, every form a term', () => {
    fc.assert(
      fc.property(lexiconV1, (v1) => {
        const lexicon = upgradeLexicon(v1);
        const concepts = lexicon.concepts ?? [];
        const termIds = concepts.flatMap((concept) => concept.terms.flatMap((t) => (t.id === undefined ? [] : [t.id])));
        const entries = [...(v1.terms ?? []), ...(v1.acronyms ?? [])];
        expect(termIds.sort()).toEqual(entries.map((entry) => entry.id).sort());
        expect(concepts.length).toBeLessThanOrEqual(entries.length);
        expect(concepts.length).toBeGreaterThanOrEqual(v1.terms?.length ?? 0);
        for (const concept of concepts) {
          const texts = new Set(concept.terms.map((t) => t.text));
          for (const t of concept.terms.filter((t) => t.id !== undefined)) {
            // Ids may repeat in a generated document: one of the entries with this id and text is the one upgraded.
            const candidates = entries.filter((e) => e.id === t.id && ('form' in e ? e.form : e.term) === t.text);
            const formsOf = (e: AcronymV1 | TermV1) => ('form' in e ? [e.form, e.expansion, ...(e.variants ?? []).map((v) => v.form)] : [e.term, ...(e.aliases ?? [])]);
            expect(candidates.some((e) => formsOf(e).every((written) => texts.has(written))), t.id).toBe(true);
          }
          // A concept has a full form: the term's, or the lone acronym's expansion.
          expect(concept.terms.some((t) => t.type === 'fullForm')).toBe(true);
        }
      }),
      settings(1325),
    );
  }, 120_000);

  it('gives concepts unique ids that no other record of the document has, and relations that never point at their own concept', () => {
    fc.assert(
      fc.property(lexiconV1, (v1) => {
        const lexicon = upgradeLexicon(v1);
        const conceptIds = (lexicon.concepts ?? []).map((concept) => concept.id);
        expect(new Set(conceptIds).size).toBe(conceptIds.length);
        const v1Ids = new Set([...(v1.acronyms ?? []), ...(v1.terms ?? []), ...(v1.events ?? [])].map((entry) => entry.id));
        for (const id of conceptIds) {
          expect(id.startsWith('concept.')).toBe(true);
          expect(v1Ids.has(id), id).toBe(false);
        }
        for (const concept of lexicon.concepts ?? []) expect(concept.related?.some((relation) => relation.target === concept.id) ?? false).toBe(false);
        expect(idsOf(lexicon).length).toBeGreaterThanOrEqual(conceptIds.length);
      }),
      settings(1244),
    );
  }, 120_000);
});
