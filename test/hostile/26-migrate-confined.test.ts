// natolex migrate rewrites a glossary of an untrusted repository: it must never write outside the project (the
// configuration's folder), follow a symbolic link out of it, or write --out anywhere but below the working folder.
import { readFile, readlink, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

const V1 = glossary([{ id: 'acronym.zz', form: 'ZZ', expansion: 'Zed Zed' }]);

describe('natolex migrate stays inside the project', () => {
  it('refuses a glossary that is a symlink to a file outside the project, and changes neither', async () => {
    const root = await makeRepo({ 'outside/victim.json': V1, 'repo/natolex.config.json': '{ "glossaries": ["g.natolex.json"] }\n' });
    const repo = path.join(root, 'repo');
    await symlink(path.join(root, 'outside/victim.json'), path.join(repo, 'g.natolex.json'));
    const run = natolex(['migrate', 'g.natolex.json'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('g.natolex.json: not written');
    expect(await readFile(path.join(root, 'outside/victim.json'), 'utf8')).toBe(V1);
    expect(await readlink(path.join(repo, 'g.natolex.json'))).toBe(path.join(root, 'outside/victim.json'));
  });

  it('refuses --out outside the working folder, by a path or through a linked folder', async () => {
    const root = await makeRepo({ 'repo/g.natolex.json': V1 });
    const repo = path.join(root, 'repo');
    await symlink(root, path.join(repo, 'up'));
    for (const out of ['../written.json', 'up/written.json', `${root}/written.json`]) {
      const run = natolex(['migrate', 'g.natolex.json', '--out', out], repo);
      expect(run.code, out).toBe(2);
      expect(run.stderr, out).toContain('outside the working folder');
    }
    await expect(stat(path.join(root, 'written.json'))).rejects.toThrow();
    expect(await readFile(path.join(repo, 'g.natolex.json'), 'utf8')).toBe(V1);
  });

  it('never writes into version-control data, whose config a later git command would run', async () => {
    const root = await makeRepo({ 'g.natolex.json': V1, '.git/config': '[core]\n' });
    const run = natolex(['migrate', 'g.natolex.json', '--out', '.git/hooks.json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('inside a version-control folder (.git)');
    await expect(stat(path.join(root, '.git/hooks.json'))).rejects.toThrow();
  });
});
