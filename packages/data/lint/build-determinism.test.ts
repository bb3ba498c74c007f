import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from './build-determinism.mjs';
import { realBuild } from './test-support';

const distLexicon = new URL('../dist/lexicon.json', import.meta.url);

describe('build-determinism', () => {
  it('two real builds give the same canonical bytes', () => {
    expect(rule.check({})).toEqual([]);
  });

  it('fails on a build whose output varies between runs', () => {
    let run = 0;
    const build = () => `{\n  "run": ${(run += 1)}\n}\n`;
    expect(rule.check({ build })).toEqual([{ where: 'dist/lexicon.json', message: 'two builds differ (first at offset 11)' }]);
  });

  it('fails on output whose keys are not sorted or that lacks the trailing newline', () => {
    expect(rule.check({ build: () => '{\n  "b": 1,\n  "a": 2\n}\n' })).toHaveLength(1);
    expect(rule.check({ build: () => '{\n  "a": 1\n}' })).toHaveLength(1);
  });

  it.skipIf(!existsSync(distLexicon))('dist/lexicon.json is what the build produces now (not stale)', () => {
    expect(readFileSync(distLexicon, 'utf8')).toBe(realBuild().text);
  });
});
