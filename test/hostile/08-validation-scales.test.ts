// Item 8: validating a glossary must cost time in proportion to its size. ajv's uniqueItems compared every pair of a
// `related` array, and every entry's errors were copied into a new array per entry (quadratic in the number of
// invalid entries); the CLI also validated each glossary two or three times. The inputs below took minutes before.
import { describe, expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const ENTRIES = 100_000;

function bigGlossary(entry: (i: number) => Record<string, unknown>): string {
  return JSON.stringify({ name: 'Big', acronyms: Array.from({ length: ENTRIES }, (_, i) => entry(i)) });
}

describe('glossary validation stays linear (item 8)', () => {
  it('validates an entry related to 100k others', async () => {
    const text = bigGlossary((i) => ({
      id: `acronym.big${i}`,
      form: `BIG${i}`,
      expansion: `Big thing ${i}`,
      ...(i === 0 ? { related: Array.from({ length: ENTRIES - 1 }, (_, j) => `acronym.big${j + 1}`) } : {}),
    }));
    const repo = await makeRepo({ 'big.natolex.json': text });
    const run = natolex(['validate', 'big.natolex.json'], repo, { timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.stdout).toBe('1 glossary valid\n');
    expect(run.code).toBe(0);
  }, 60_000);

  it('reports the first 100 of 100k invalid entries and how many more there are', async () => {
    const text = bigGlossary((i) => ({ id: `acronym.bad${i}`, form: `BAD${i}`, expansion: `Bad ${i}`, definedInSource: 'yes' }));
    const repo = await makeRepo({ 'bad.natolex.json': text });
    const run = natolex(['validate', 'bad.natolex.json'], repo, { timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('bad.natolex.json:1:100  /acronyms/0/definedInSource  must be a boolean (got a string)');
    expect(lines.filter((line) => line.includes('must be a boolean'))).toHaveLength(100);
    expect(run.stdout).toContain('… and 99900 more problems');
    expect(lines.length).toBeLessThan(110);
  }, 60_000);

  it('loads a glossary with 100k invalid entries for lookup without stalling', async () => {
    const text = bigGlossary((i) => ({ id: `acronym.bad${i}`, form: `BAD${i}`, expansion: `Bad ${i}`, definedInSource: 'yes' }));
    const repo = await makeRepo({ 'bad.natolex.json': text });
    const run = natolex(['lookup', 'NATO', '--glossary', 'bad.natolex.json'], repo, { timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter((line) => line.includes('must be a boolean'))).toHaveLength(100);
    expect(run.stderr).toContain('… and 99900 more problems');
  }, 60_000);
});
