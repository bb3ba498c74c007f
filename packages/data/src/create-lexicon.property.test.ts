// createLexicon either accepts a document or throws one LexiconError naming where the problem is; nothing else.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isLexiconV1, upgradeLexicon, validateLexiconV1, type LexiconV1 } from '@natolex/schema';
import fixtureV1 from './test-fixtures/fixture.lexicon.json' with { type: 'json' };
import fixture from './test-fixtures/fixture-v2.lexicon.json' with { type: 'json' };
import { createLexicon } from './create-lexicon.js';
import { LexiconError, isLexiconError } from './errors.js';
import { documentsArbitrary, formsOf } from './test-support/arbitraries.js';

const SEED = 20_240_612;

/** The value a JSON Pointer (RFC 6901) designates, or a marker when it designates nothing. */
const NOTHING = Symbol('nothing');
function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let value: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return NOTHING;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Paths (as key lists) of every value inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...paths(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown } | { kind: 'copy-id' };

/** A fixture (schema 2, or the schema 1 original) with one random change at a random place: a wrong value, a missing or unknown key, a reused id. */
const mutatedFixture = fc
  .tuple(
    fc.nat(),
    fc.boolean(),
    fc.oneof(
      fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
      fc.record({ kind: fc.constant('delete' as const) }),
      fc.record({ kind: fc.constant('add' as const), key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('id', 'form', '~/x', '')), value: fc.jsonValue({ maxDepth: 1 }) }),
      fc.record({ kind: fc.constant('copy-id' as const) }),
    ),
  )
  .map(([choice, v1, mutation]: [number, boolean, Mutation]) => {
    const document = structuredClone(v1 ? fixtureV1 : fixture) as Record<string, unknown>;
    const all = paths(document);
    const path = all[choice % all.length]!;
    if (path.length === 0) return mutation.kind === 'set' ? mutation.value : document;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((value, key) => value[key] as Record<string | number, unknown>, document as Record<string | number, unknown>);
    const key = path[path.length - 1]!;
    if (mutation.kind === 'set') parent[key] = mutation.value;
    else if (mutation.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (mutation.kind === 'add') {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[mutation.key] = mutation.value;
    } else {
      const entries = (v1 ? document.acronyms : (document.concepts as { terms: { id: string }[] }[]).flatMap((concept) => concept.terms)) as { id: string }[];
      entries[choice % entries.length]!.id = (document.snippets as { id: string }[])[0]!.id;
    }
    return document;
  });

const anyDocuments = fc.oneof(
  { arbitrary: mutatedFixture.map((document) => [document]), weight: 4 },
  { arbitrary: fc.tuple(mutatedFixture, mutatedFixture).map((documents) => [...documents]), weight: 1 },
  { arbitrary: documentsArbitrary as fc.Arbitrary<unknown>, weight: 2 },
  { arbitrary: fc.anything(), weight: 2 },
  { arbitrary: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 2 }), weight: 1 },
);

describe('createLexicon on arbitrary input (10,000 cases)', () => {
  test('accepts, or throws a LexiconError whose pointer designates a value in the named document', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(anyDocuments, fc.boolean(), (documents, bundled) => {
        let lexicon;
        try {
          lexicon = createLexicon(documents as never, { bundled });
        } catch (error) {
          rejected++;
          expect(error).toBeInstanceOf(LexiconError);
          expect(isLexiconError(error)).toBe(true);
          const problem = error as LexiconError;
          expect(['invalid-document', 'duplicate-id', 'invalid-argument']).toContain(problem.code);
          expect(problem.message.length).toBeGreaterThan(0);
          if (problem.code === 'invalid-argument') return;
          const list = documents === undefined ? [] : Array.isArray(documents) ? documents : [documents];
          expect(problem.documentIndex).toBeTypeOf('number');
          // A schema 1 document's pointers are into the document as written, whether schema 1 or a later check found it.
          const document = list[problem.documentIndex!];
          expect(resolvePointer(document, problem.pointer)).not.toBe(NOTHING);
          if (isLexiconV1(document) && validateLexiconV1(document).valid) expect(upgradeLexicon(document as LexiconV1)).toBeDefined();
          expect(problem.issues.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        const list = (Array.isArray(documents) ? documents : [documents]) as Parameters<typeof formsOf>[0];
        const text = formsOf(list.filter((document) => typeof document === 'object' && document !== null)).join(' ; ');
        for (const match of lexicon.scan(text)) expect(lexicon.get(match.id)).toBeDefined();
      }),
      { seed: SEED, numRuns: 10_000 },
    );
    // Both outcomes must be exercised, or the property proves little.
    expect(accepted).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1000);
  });
});
