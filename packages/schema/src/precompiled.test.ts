// The validators precompiled at build time (dist/lexicon-validators.cjs, scripts/build-validators.mjs) are the ones
// ajv compiles at run time: same verdict, same errors, on every fixture and on random damage to valid documents. And
// the built package uses them: validating a glossary compiles nothing. `npm test` runs after the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from './ajv.js';
import { SCHEMA_ID, SCHEMA_ID_V1 } from './ids.js';

const precompiledFile = fileURLToPath(new URL('../dist/lexicon-validators.cjs', import.meta.url));
const esmEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const fixtures = new URL('../test/fixtures/', import.meta.url);

type Validate = ((value: unknown) => boolean) & { errors?: unknown };

function fixtureDocuments(version: 'v1' | 'v2'): { name: string; value: unknown }[] {
  return ['valid', 'invalid'].flatMap((kind) => {
    const dir = new URL(`${version}/${kind}/`, fixtures);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .flatMap((name) => {
        try {
          return [{ name: `${kind}/${name}`, value: JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown }];
        } catch {
          return []; // (fixtures of JSON syntax errors)
        }
      });
  });
}

/** What a validator says of a value: its verdict and its errors, as plain data. */
function verdict(validate: Validate, value: unknown): unknown {
  const valid = validate(value);
  return { valid, errors: valid ? [] : structuredClone(validate.errors) };
}

/** `value` with the member at `path` replaced by `replacement` (a deep copy; the value itself is left alone). */
function damaged(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = replacement;
  return copy;
}

function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

describe('precompiled lexicon validators', () => {
  let precompiled: { v1: Validate; v2: Validate };
  const ajv = createAjv();
  const compiled = { v1: ajv.getSchema(SCHEMA_ID_V1) as Validate, v2: ajv.getSchema(SCHEMA_ID) as Validate };

  beforeAll(() => {
    if (!existsSync(precompiledFile)) throw new Error('dist/lexicon-validators.cjs is missing: run `npm run build -w @natolex/schema` first');
    precompiled = createRequire(import.meta.url)(precompiledFile) as typeof precompiled;
  });

  for (const version of ['v1', 'v2'] as const) {
    it(`give what ajv compiles on every ${version} fixture`, () => {
      const documents = fixtureDocuments(version);
      expect(documents.length).toBeGreaterThan(3);
      for (const { name, value } of documents) expect(verdict(precompiled[version], value), name).toEqual(verdict(compiled[version], value));
    });

    it(`give what ajv compiles on random damage to valid ${version} documents`, () => {
      const valid = fixtureDocuments(version).filter(({ name }) => name.startsWith('valid/'));
      const cases = fc.integer({ min: 0, max: valid.length - 1 }).chain((which) => {
        const paths = pathsOf(valid[which]!.value);
        return fc.tuple(fc.constant(which), fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }));
      });
      fc.assert(
        fc.property(cases, ([which, path, replacement]) => {
          const value = damaged(valid[which]!.value, path, replacement);
          expect(verdict(precompiled[version], value)).toEqual(verdict(compiled[version], value));
        }),
        { seed: 20_261_202, numRuns: 400 },
      );
    });
  }

  it('are what the built package validates with: no ajv compiler is loaded', () => {
    const text = readFileSync(new URL('v2/valid/' + readdirSync(new URL('v2/valid/', fixtures)).filter((name) => name.endsWith('.json')).sort()[0], fixtures), 'utf8');
    const script = `import { createRequire } from 'node:module';
const schema = await import(${JSON.stringify(esmEntry)});
const valid = schema.validateLexiconText(${JSON.stringify(text)}).valid;
const files = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ valid, precompiled: files.some((file) => file.endsWith('lexicon-validators.cjs')), compiler: files.some((file) => /[\\\\/]ajv[\\\\/]dist[\\\\/](2020|core|compile[\\\\/]index)\\.js$/.test(file)) }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, precompiled: true, compiler: false });
  });
});
