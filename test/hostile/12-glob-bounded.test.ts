// Item 12: the old hand-written glob matcher backtracked exponentially ('r/*a*a*…*b.md' ran for minutes) and
// expanded braces into every combination (2^30 patterns for thirty '{a,b}'). Patterns are now bounded: such globs
// are refused at once with a usage error, and ordinary globs still match.
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

it('refuses a star-heavy glob and a brace bomb quickly, and still expands ordinary globs', async () => {
  const root = await makeRepo({ [`r/${'a'.repeat(40)}.md`]: 'text\n', 'r/ab.md': 'text\n' });
  const stars = natolex(['check', `r/${'*a'.repeat(11)}*b.md`], root, { timeout: 30_000 });
  expect(stars.signal, 'killed: the glob matcher backtracks').toBeNull();
  expect(stars.code).toBe(2);
  expect(stars.stderr).toContain('wildcards');

  const braces = natolex(['check', `r/${'{a,b}'.repeat(30)}.md`], root, { timeout: 30_000 });
  expect(braces.signal, 'killed: braces are expanded exponentially').toBeNull();
  expect(braces.code).toBe(2);
  expect(braces.stderr).toContain('brace');

  const ordinary = natolex(['check', 'r/*a*.{md,txt}'], root, { timeout: 30_000 });
  expect(ordinary.code, ordinary.stderr).toBe(0);
  expect(ordinary.stdout).toContain('2 files checked');
});
