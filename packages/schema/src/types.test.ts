import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateTypes, typesPath } from '../scripts/generate-types.mjs';
import type { Acronym, CslName, EntryCommon, Lexicon, Status, Term } from './index.js';

describe('generated types', () => {
  it('src/types.generated.ts matches the schema (regenerate with `npm run generate:types -w @natolex/schema`)', async () => {
    expect(readFileSync(typesPath, 'utf8')).toBe(await generateTypes());
  });

  it('generation is deterministic', async () => {
    expect(await generateTypes()).toBe(await generateTypes());
  });

  it('carries the DO-NOT-EDIT banner and how to regenerate', () => {
    const head = readFileSync(typesPath, 'utf8').split('\n').slice(0, 3).join('\n');
    expect(head).toContain('DO NOT EDIT');
    expect(head).toContain('npm run generate:types -w @natolex/schema');
  });

  it('gives acronyms and terms their own fields and the shared ones', () => {
    expectTypeOf<Acronym>().toExtend<EntryCommon>();
    expectTypeOf<Term>().toExtend<EntryCommon>();
    expectTypeOf<Acronym['expansion']>().toEqualTypeOf<string>();
    expectTypeOf<Term['aliases']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Status>().toEqualTypeOf<'preferred' | 'admitted' | 'deprecated' | 'superseded'>();
    expectTypeOf<NonNullable<Lexicon['acronyms']>>().toEqualTypeOf<Acronym[]>();
  });

  it('requires a CSL name to be an institution (literal) or a person (family)', () => {
    expectTypeOf({ literal: 'North Atlantic Treaty Organization' }).toExtend<CslName>();
    expectTypeOf({ family: 'Doe', given: 'Jane' }).toExtend<CslName>();
    expectTypeOf({ given: 'Jane' }).not.toExtend<CslName>();
  });
});
