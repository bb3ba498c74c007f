// Item 1 (reading side): paths in a configuration resolve against its folder and must stay inside it after
// symlinks are resolved. "../outside", absolute paths, symlinks leading out and VCS folders are refused with the
// configuration's file:line:col and pointer, before anything is read.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

const SECRET = 'The NUC met in secret.\n';

async function project(config: Record<string, unknown>) {
  const parent = await makeRepo({ 'outside/secret.md': SECRET, 'outside/g.json': glossary([{ id: 'acronym.x.sec', form: 'SEC', expansion: 'Secret' }]) });
  const root = path.join(parent, 'project');
  await mkdir(path.join(root, 'docs'), { recursive: true });
  await writeFile(path.join(root, 'docs/a.md'), 'Fine.\n');
  await writeFile(path.join(root, 'natolex.config.json'), `{\n  "files": ${JSON.stringify(config.files ?? ['docs'])},\n  "glossaries": ${JSON.stringify(config.glossaries ?? [])}\n}\n`);
  await symlink('../outside', path.join(root, 'away'));
  await symlink('../outside/secret.md', path.join(root, 'away.md'));
  return { parent, root };
}

describe('configuration paths', () => {
  it.each([
    ['a parent path', '../outside/secret.md', 'outside the project'],
    ['an absolute path', '<abs>', 'outside the project'],
    ['a symlinked file leading out', 'away.md', 'outside the project'],
    ['a glob under a symlinked folder leading out', 'away/*.md', 'outside the project'],
    ['a VCS folder', '.git/notes.md', 'version-control folder'],
  ])('refuses %s in "files"', async (_name, entry, reason) => {
    const { parent, root } = await project({});
    await mkdir(path.join(root, '.git'));
    await writeFile(path.join(root, '.git/notes.md'), SECRET);
    const value = entry === '<abs>' ? path.join(parent, 'outside/secret.md') : entry;
    await writeFile(path.join(root, 'natolex.config.json'), `{\n  "files": ["docs", ${JSON.stringify(value)}]\n}\n`);
    const run = natolex(['check'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('natolex.config.json:2:21  /files/1  ');
    expect(run.stderr).toContain(reason);
    expect(run.stdout).toBe('');
  });

  it('refuses a glossary outside the project', async () => {
    const { root } = await project({ glossaries: ['../outside/g.json'] });
    const run = natolex(['lookup', 'SEC'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('natolex.config.json:3:18  /glossaries/0  ');
    expect(run.stdout).toBe('');
  });

  it('never walks into VCS folders or node_modules', async () => {
    const root = await makeRepo({ 'natolex.config.json': '{ "files": ["**/*.md"] }', 'a.md': 'Fine.\n', '.git/x.md': SECRET, 'node_modules/p/x.md': SECRET, '.hg/x.md': SECRET });
    const all = natolex(['check'], root);
    expect(all.stdout).toContain('1 file checked');
    const dotted = natolex(['check', '**/.*/*.md'], root);
    expect(dotted.code).toBe(2);
    expect(dotted.stderr).toContain('no files match');
  });
});
