// Item 16: an invalid character range in a glob ('[z-a].md') reached `new RegExp` and printed a raw SyntaxError
// stack trace. It is a usage error naming the pattern, exit 2.
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

it.each(['[z-a].md', 'docs/[9-0]*.md'])('natolex check %s is a clear usage error', async (pattern) => {
  const root = await makeRepo({ 'docs/a.md': 'text\n', 'a.md': 'text\n' });
  const run = natolex(['check', pattern], root);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(pattern);
  expect(run.stderr).toContain('invalid');
  expect(run.stderr).not.toMatch(/SyntaxError|unexpected error|\n\s+at /);
});
