import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from './raw-seed.mjs';

const raw = readFileSync(new URL('../raw/nato-topics-u.txt', import.meta.url));

describe('raw-seed', () => {
  it('accepts the committed raw seed', () => {
    expect(rule.check({})).toEqual([]);
  });

  it('fails when a single byte of the raw seed is edited', () => {
    const edited = Buffer.from(raw);
    edited[100] = 0x21;
    const issues = rule.check({ rawBytes: edited, sharedSeedBytes: raw });
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('must never be edited'),
      'differs from shared/seed/nato-topics-u.txt',
    ]);
  });

  it('fails when the shared seed differs from the copy', () => {
    const other = Buffer.concat([raw, Buffer.from('\n')]);
    expect(rule.check({ rawBytes: raw, sharedSeedBytes: other })).toHaveLength(1);
  });
});
