// Item 18: symlinked drafts in folders and globs were skipped without a word, and `--glossary emptydir` loaded
// nothing silently. Symlinks that stay inside the project are followed; those leading out are skipped with a
// warning; an empty glossary folder or glob is an error naming it.
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const DRAFT = 'The NUC met.\n';

it('follows symlinks inside the project and warns about those leading out', async () => {
  const parent = await makeRepo({ 'outside/secret.md': DRAFT, 'project/real/a.md': 'Fine.\n', 'project/natolex.config.json': '{}' });
  const root = path.join(parent, 'project');
  await mkdir(path.join(root, 'docs'));
  await symlink('../real/a.md', path.join(root, 'docs/inside.md'));
  await symlink('../../outside/secret.md', path.join(root, 'docs/away.md'));
  await symlink('../../outside', path.join(root, 'docs/away-folder'));
  for (const args of [['check', 'docs'], ['check', 'docs/*.md']]) {
    const run = natolex(args, root);
    expect(run.stdout).toContain('1 file checked');
    expect(run.stderr).toContain('docs/away.md: symlink leads outside');
    expect(run.stdout).not.toContain('secret');
    expect(run.code).toBe(0);
  }
});

it('rejects an empty folder given to --glossary or "glossaries"', async () => {
  const root = await makeRepo({ 'a.md': 'Fine.\n', 'terms/readme.txt': 'no glossaries here\n' });
  const flag = natolex(['check', '--glossary', 'terms', 'a.md'], root);
  expect(flag.code).toBe(2);
  expect(flag.stderr).toContain('terms: no glossary files');

  const configured = await makeRepo({ 'a.md': 'Fine.\n', 'terms/readme.txt': 'x\n', 'natolex.config.json': '{ "glossaries": ["terms"] }' });
  const run = natolex(['check', 'a.md'], configured);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('terms: no glossary files');
});
