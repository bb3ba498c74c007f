// Item 5: --fix must not turn a symlink into a regular file (leaving its target unfixed), split hard links, or reset
// a file's owner and mode. Symlinks inside the project are written through; a symlink out of the project and a file
// with several hard links are refused with a message.
import { chmod, chown, link, lstat, readFile, readlink, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const DRAFT = 'The NUC met.\n';
const FIXED = 'The NATO-Ukraine Commission (NUC) met.\n';
const CONFIG = { 'natolex.config.json': '{}\n' };

describe('natolex check --fix and links', () => {
  it('writes through a symlink to its target inside the project, keeping the link', async () => {
    const root = await makeRepo({ ...CONFIG, 'real/target.md': DRAFT });
    await symlink('real/target.md', path.join(root, 'link.md'));
    const run = natolex(['check', '--fix', 'link.md'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await lstat(path.join(root, 'link.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(root, 'link.md'))).toBe('real/target.md');
    expect(await readFile(path.join(root, 'real/target.md'), 'utf8')).toBe(FIXED);
  });

  it('refuses a symlink whose target lies outside the project, and checks the rest', async () => {
    const parent = await makeRepo({ 'outside/notes.md': DRAFT, 'project/natolex.config.json': '{}\n', 'project/own.md': DRAFT });
    const root = path.join(parent, 'project');
    await symlink('../outside/notes.md', path.join(root, 'away.md'));
    const run = natolex(['check', '--fix', 'away.md', 'own.md'], root);
    expect(await readFile(path.join(parent, 'outside/notes.md'), 'utf8')).toBe(DRAFT);
    expect((await lstat(path.join(root, 'away.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(root, 'own.md'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toMatch(/^away\.md: not fixed: .*outside the project/m);
    expect(run.stdout).toContain('2 files checked');
    expect(run.code).toBe(2);
  });

  it('refuses to split hard links', async () => {
    const root = await makeRepo({ ...CONFIG, 'a.md': DRAFT });
    await link(path.join(root, 'a.md'), path.join(root, 'b.md'));
    const run = natolex(['check', '--fix', 'a.md'], root);
    expect(await readFile(path.join(root, 'a.md'), 'utf8')).toBe(DRAFT);
    expect((await stat(path.join(root, 'a.md'))).nlink).toBe(2);
    expect(run.stderr).toMatch(/^a\.md: not fixed: .*hard links/m);
    expect(run.code).toBe(2);
  });

  it.runIf(process.getuid?.() === 0)('keeps owner, group and mode (run as root)', async () => {
    const root = await makeRepo({ ...CONFIG, 'owned.md': DRAFT });
    const file = path.join(root, 'owned.md');
    await chown(file, 1234, 5678);
    await chmod(file, 0o640);
    const run = natolex(['check', '--fix', 'owned.md'], root);
    expect(run.code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    const info = await stat(file);
    expect([info.uid, info.gid, info.mode & 0o7777]).toEqual([1234, 5678, 0o640]);
  });
});
