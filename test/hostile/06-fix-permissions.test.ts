// Item 6: --fix must respect permissions and report per file: a read-only draft is not rewritten (even by root,
// who could), a folder where no file can be created stops only its own drafts, and the report of the others prints.
import { spawnSync } from 'node:child_process';
import { chmod, chown, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, makeRepo, natolex } from './support.js';

const DRAFT = 'The NUC met.\n';
const FIXED = 'The NATO-Ukraine Commission (NUC) met.\n';

describe('natolex check --fix and permissions', () => {
  it('does not rewrite a draft without write permission, fixes the others, and exits 2', async () => {
    const root = await makeRepo({ 'natolex.config.json': '{ "files": ["*.md"] }\n', 'a-locked.md': DRAFT, 'b-open.md': DRAFT });
    await chmod(path.join(root, 'a-locked.md'), 0o444);
    const run = natolex(['check', '--fix'], root);
    expect(await readFile(path.join(root, 'a-locked.md'), 'utf8')).toBe(DRAFT);
    expect((await stat(path.join(root, 'a-locked.md'))).mode & 0o777).toBe(0o444);
    expect(await readFile(path.join(root, 'b-open.md'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toMatch(/^a-locked\.md: not fixed: .*read-only/m);
    expect(run.stdout).toContain('2 files checked');
    expect(run.stdout).toContain("a-locked.md:1:5  error  first-use  'NUC'");
    expect(run.code).toBe(2);
  });

  it('does not rewrite drafts in a folder without write permission', async () => {
    const root = await makeRepo({ 'natolex.config.json': '{}\n', 'locked/a.md': DRAFT, 'open.md': DRAFT });
    await chmod(path.join(root, 'locked'), 0o555);
    const run = natolex(['check', '--fix', 'locked/a.md', 'open.md'], root);
    await chmod(path.join(root, 'locked'), 0o755);
    expect(await readFile(path.join(root, 'locked/a.md'), 'utf8')).toBe(DRAFT);
    expect(await readFile(path.join(root, 'open.md'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toMatch(/^locked\/a\.md: not fixed: /m);
    expect(run.stdout).toContain('2 files checked');
    expect(run.code).toBe(2);
  });

  // As an ordinary user the operating system itself refuses the temporary file: the run goes on and reports.
  it.runIf(process.getuid?.() === 0)('reports a folder where the temporary file cannot be created, as an ordinary user', async () => {
    const nobody = 65534;
    const root = await makeRepo({ 'natolex.config.json': '{}\n', 'shared/a.md': DRAFT, 'mine/b.md': DRAFT });
    await chmod(root, 0o755);
    // shared/ belongs to root (no one else may create files in it); its draft and mine/ belong to the user.
    await chown(path.join(root, 'shared/a.md'), nobody, nobody);
    await chown(path.join(root, 'mine'), nobody, nobody);
    await chown(path.join(root, 'mine/b.md'), nobody, nobody);
    const run = spawnSync(process.execPath, [CLI, 'check', '--fix', 'shared/a.md', 'mine/b.md'], {
      cwd: root,
      uid: nobody,
      gid: nobody,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', HOME: root },
    });
    expect(run.stderr).not.toContain('unexpected error');
    expect(await readFile(path.join(root, 'shared/a.md'), 'utf8')).toBe(DRAFT);
    expect(await readFile(path.join(root, 'mine/b.md'), 'utf8')).toBe(FIXED);
    expect(run.stderr).toMatch(/^shared\/a\.md: not fixed: .*EACCES/m);
    expect(run.stdout).toContain('2 files checked');
    expect(run.status).toBe(2);
  });
});
