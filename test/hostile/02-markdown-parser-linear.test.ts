// Item 2 (stays linear whatever the input), for the Markdown pass: the parser's emphasis and link resolution is
// super-linear in the unmatched delimiters of one paragraph. 100,000 × "*a" or "[a](" (200–400 KB, one paragraph)
// took over a minute each; a paragraph over the delimiter bound is now read as non-prose, the rest as usual.
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

it.each(['*a', '[a](', '_a'])('checks 100,000 × %j in one paragraph in bounded time, and the prose after it', async (unit) => {
  const repo = await makeRepo({ 'draft.md': `${unit.repeat(100_000)}\n\nThe NUC met.\n` });
  const run = natolex(['check', '--no-config', '--format', 'json', 'draft.md'], repo, { timeout: 30_000 });
  expect(run.signal, 'killed: the Markdown pass is not linear').toBeNull();
  const report = JSON.parse(run.stdout) as { diagnostics: { rule: string; line: number }[] };
  expect(report.diagnostics.filter((d) => d.rule === 'first-use')).toEqual([expect.objectContaining({ line: 3 })]);
});
