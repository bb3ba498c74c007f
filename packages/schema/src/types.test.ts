import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateTypes, targets } from '../scripts/generate-types.mjs';
import type { AcronymV1, Concept, ConceptTerm, CslName, EntryCommonV1, Event, EventV1, Lexicon, LexiconV1, Status, TermV1 } from './index.js';

describe.each(targets)('generated types from $schemaFile', (target) => {
  it('match the schema (regenerate with `npm run generate:types -w @natolex/schema`)', async () => {
    expect(readFileSync(target.typesPath, 'utf8')).toBe(await generateTypes(undefined, target));
  });

  it('are generated deterministically', async () => {
    expect(await generateTypes(undefined, target)).toBe(await generateTypes(undefined, target));
  });

  it('carry the DO-NOT-EDIT banner, the schema they come from and how to regenerate', () => {
    const head = readFileSync(target.typesPath, 'utf8').split('\n').slice(0, 3).join('\n');
    expect(head).toContain('DO NOT EDIT');
    expect(head).toContain(`generated from ${target.schemaFile} `);
    expect(head).toContain('npm run generate:types -w @natolex/schema');
  });

  it('name every type with the suffix of its schema version', () => {
    const names = [...readFileSync(target.typesPath, 'utf8').matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !name.endsWith(target.suffix) || (target.suffix === '' && name.endsWith('V1')))).toEqual([]);
  });
});

describe('generated types', () => {
  it('give schema 2 concepts their terms and schema 2 documents their concepts', () => {
    expectTypeOf<NonNullable<Lexicon['concepts']>>().toEqualTypeOf<Concept[]>();
    expectTypeOf<Concept['terms']>().toEqualTypeOf<ConceptTerm[]>();
    expectTypeOf<ConceptTerm['type']>().toEqualTypeOf<'fullForm' | 'acronym' | 'abbreviation' | 'shortForm' | 'variant'>();
    expectTypeOf<ConceptTerm['status']>().toEqualTypeOf<Status>();
    expectTypeOf<Lexicon['$schema']>().toEqualTypeOf<'urn:natolex:schema:lexicon:2' | undefined>();
    expectTypeOf<Event['planned']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Lexicon>().not.toHaveProperty('acronyms');
  });

  it('keep schema 1 under V1 names, acronyms and terms with their own and the shared fields', () => {
    expectTypeOf<AcronymV1>().toExtend<EntryCommonV1>();
    expectTypeOf<TermV1>().toExtend<EntryCommonV1>();
    expectTypeOf<AcronymV1['expansion']>().toEqualTypeOf<string>();
    expectTypeOf<TermV1['aliases']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<NonNullable<LexiconV1['acronyms']>>().toEqualTypeOf<AcronymV1[]>();
    expectTypeOf<NonNullable<LexiconV1['events']>>().toEqualTypeOf<EventV1[]>();
  });

  it('require a CSL name to be an institution (literal) or a person (family)', () => {
    expectTypeOf({ literal: 'North Atlantic Treaty Organization' }).toExtend<CslName>();
    expectTypeOf({ family: 'Doe', given: 'Jane' }).toExtend<CslName>();
    expectTypeOf({ given: 'Jane' }).not.toExtend<CslName>();
  });
});
