import { chmod, link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWriteTarget, vcsFolderIn, type WriteTarget } from './write-gate.js';

let parent: string;
let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);
const reason = (target: WriteTarget) => (target.ok ? 'ok' : target.reason);

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'natolex-gate-'));
  root = path.join(parent, 'project');
  await mkdir(path.join(root, '.git'), { recursive: true });
  await mkdir(path.join(root, 'sub/.HG'), { recursive: true });
  await mkdir(path.join(parent, 'outside'));
  for (const name of ['draft.md', 'notes.TXT', 'script.sh', '.git/notes.md', 'sub/.HG/x.md', 'locked.md', 'linked-a.md']) await writeFile(at(name), 'x\n');
  await writeFile(path.join(parent, 'outside/away.md'), 'x\n');
  await symlink('draft.md', at('inner-link.md'));
  await symlink('../outside/away.md', at('away-link.md'));
  await symlink('script.sh', at('disguised.md'));
  await link(at('linked-a.md'), at('linked-b.md'));
  await chmod(at('locked.md'), 0o444);
  await mkdir(at('frozen'));
  await writeFile(at('frozen/a.md'), 'x\n');
  await chmod(at('frozen'), 0o555);
});
afterAll(async () => {
  await chmod(at('frozen'), 0o755);
  await rm(parent, { recursive: true, force: true });
});

describe('checkWriteTarget', () => {
  const cli = () => ({ projectRoot: root, fromConfig: false });
  const config = () => ({ projectRoot: root, fromConfig: true });

  it('allows Markdown and text drafts in the project, by real path', async () => {
    expect(await checkWriteTarget(at('draft.md'), config())).toMatchObject({ ok: true, real: at('draft.md') });
    expect(reason(await checkWriteTarget(at('notes.TXT'), config()))).toBe('ok');
  });

  it('refuses other file types, also behind a link with a draft name', async () => {
    expect(reason(await checkWriteTarget(at('script.sh'), cli()))).toMatch(/only Markdown and text files/);
    expect(reason(await checkWriteTarget(at('disguised.md'), cli()))).toMatch(/only Markdown and text files/);
  });

  it('refuses anything in a version-control folder, at any depth and in any case', async () => {
    expect(reason(await checkWriteTarget(at('.git/notes.md'), cli()))).toBe('it is inside a version-control folder (.git)');
    expect(reason(await checkWriteTarget(at('sub/.HG/x.md'), cli()))).toBe('it is inside a version-control folder (.HG)');
    expect(vcsFolderIn('/a/CVS/b.md')).toBe('CVS');
    expect(vcsFolderIn('/a/_darcs/b/c.md')).toBe('_darcs');
    expect(vcsFolderIn('/a/.gitignore.md')).toBeUndefined();
  });

  it('refuses a configured file outside the project, allows a command-line one', async () => {
    const away = path.join(parent, 'outside/away.md');
    expect(reason(await checkWriteTarget(away, config()))).toMatch(/configuration names a file outside the project/);
    expect(reason(await checkWriteTarget(away, cli()))).toBe('ok');
  });

  it('writes through a link inside the project, refuses one leading out of it', async () => {
    expect(await checkWriteTarget(at('inner-link.md'), config())).toMatchObject({ ok: true, real: at('draft.md') });
    expect(reason(await checkWriteTarget(at('away-link.md'), cli()))).toMatch(/symbolic link .* outside the project/);
  });

  it('refuses hard-linked, read-only and missing files, and files in a read-only folder', async () => {
    expect(reason(await checkWriteTarget(at('linked-a.md'), cli()))).toBe('it has 2 hard links; rewriting it would split them');
    expect(reason(await checkWriteTarget(at('locked.md'), cli()))).toBe('it is read-only');
    expect(reason(await checkWriteTarget(at('frozen/a.md'), cli()))).toBe('its folder is read-only');
    expect(reason(await checkWriteTarget(at('missing.md'), cli()))).toBe('cannot resolve its path (ENOENT)');
  });
});
