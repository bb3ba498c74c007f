import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileArgumentError, displayPath, resolveFileArguments, resolveFiles } from './glob.js';
import { globProblem, globShape } from './glob-limits.js';

describe('glob limits', () => {
  it('counts runs of stars and globstar segments once, ignoring escapes and bracket contents', () => {
    expect(globShape('docs/**/*.{md,txt}')).toEqual({ wildcards: 2, braceGroups: 1, reversedRanges: [] });
    expect(globShape('a\\*b[*]c***d')).toEqual({ wildcards: 1, braceGroups: 0, reversedRanges: [] });
  });

  it('refuses star-heavy globs, brace bombs, reversed ranges and very long globs', () => {
    expect(globProblem('**/drafts/*-v*.md')).toBeUndefined();
    expect(globProblem('*a*a*a*b.md')).toContain('too many wildcards');
    expect(globProblem('{a,b}{c,d}{e,f}{g,h}.md')).toContain('too many brace groups');
    expect(globProblem('[z-a].md')).toBe('invalid character range [z-a] (the first character must not sort after the last)');
    expect(globProblem('[a-z0-9].md')).toBeUndefined();
    expect(globProblem(`${'x'.repeat(1_001)}*`)).toContain('at most 1,000 characters');
  });
});

describe('resolveFileArguments', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'natolex-glob-'));
    for (const file of ['a.md', 'b.txt', 'c.json', 'docs/d.md', 'docs/deep/e.markdown', 'node_modules/x/f.md', '.hidden/g.md']) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), 'x');
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const relative = (files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

  it('expands globs, skipping node_modules and hidden folders, sorted and without duplicates', async () => {
    expect(relative(await resolveFileArguments(['**/*.md', 'a.md'], root))).toEqual(['a.md', 'docs/d.md']);
    expect(relative(await resolveFileArguments(['**/*.{md,markdown}'], root))).toEqual(['a.md', 'docs/d.md', 'docs/deep/e.markdown']);
    expect(relative(await resolveFileArguments(['.hidden/*.md'], root))).toEqual(['.hidden/g.md']);
  });

  it('reads Markdown and text files from a folder', async () => {
    expect(relative(await resolveFileArguments(['.'], root))).toEqual(['a.md', 'b.txt', 'docs/d.md', 'docs/deep/e.markdown']);
  });

  it('accepts an explicit file of any extension', async () => {
    expect(relative(await resolveFileArguments(['c.json'], root))).toEqual(['c.json']);
  });

  it('rejects missing paths and globs that match nothing', async () => {
    await expect(resolveFileArguments(['missing.md'], root)).rejects.toThrow(FileArgumentError);
    await expect(resolveFileArguments(['**/*.rst'], root)).rejects.toThrow('no files match');
  });

  it('displays paths relative to the working folder, absolute outside it', () => {
    expect(displayPath(path.join(root, 'docs', 'd.md'), root)).toBe('docs/d.md');
    expect(displayPath(path.join(root, 'a.md'), path.join(root, 'docs'))).toBe(path.join(root, 'a.md').split(path.sep).join('/'));
  });
});

describe('resolveFiles in an untrusted project', () => {
  let parent: string;
  let root: string;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'natolex-confine-'));
    root = path.join(parent, 'project');
    for (const file of ['outside/secret.md', 'project/docs/a.md', 'project/real/b.md', 'project/.git/c.md', 'project/.hg/d.md', 'project/empty/x.txt']) {
      await mkdir(path.dirname(path.join(parent, file)), { recursive: true });
      await writeFile(path.join(parent, file), 'x');
    }
    await symlink('../real/b.md', path.join(root, 'docs/inside.md'));
    await symlink('../../outside/secret.md', path.join(root, 'docs/away.md'));
    await symlink('../../outside', path.join(root, 'docs/away-folder'));
    await symlink('../outside', path.join(root, 'linked'));
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));
  const names = (files: { path: string }[]) => files.map((file) => path.relative(root, file.path).split(path.sep).join('/'));

  it('follows symlinks that stay in the project and warns about the others', async () => {
    for (const entry of ['docs', 'docs/*.md', 'docs/**/*.md']) {
      const warnings: string[] = [];
      const files = await resolveFiles([entry], { base: root, warn: (message) => warnings.push(message) });
      expect(names(files)).toEqual(['docs/a.md', 'docs/inside.md']);
      expect(files[1]).toMatchObject({ realPath: path.join(root, 'real/b.md'), fromConfig: false, discovered: true });
      expect(warnings).toContain('docs/away.md: symlink leads outside the project, skipped');
      expect(warnings).toContain('docs/away-folder: symlink leads outside the project, not followed');
    }
  });

  it('one entry per real file', async () => {
    expect(names(await resolveFiles(['real/b.md', 'docs/inside.md'], { base: root }))).toEqual(['real/b.md']);
  });

  it('never walks into VCS folders, and refuses a folder or glob inside one', async () => {
    await expect(resolveFiles(['**/.*/*.md'], { base: root })).rejects.toThrow('no files match');
    await expect(resolveFiles(['.git'], { base: root })).rejects.toThrow('.git: inside a version-control folder (.git); refused');
    await expect(resolveFiles(['.hg/*.md'], { base: root })).rejects.toThrow('inside a version-control folder (.hg)');
  });

  it('confines configured paths to the configuration folder, naming the entry', async () => {
    const config = { base: root, fromConfig: true, label: (index: number) => `c.json:1:${index}  /files/${index}  ` };
    await expect(resolveFiles(['../outside/secret.md'], config)).rejects.toThrow('c.json:1:0  /files/0  ../outside/secret.md: outside the project');
    await expect(resolveFiles(['docs', path.join(parent, 'outside/secret.md')], config)).rejects.toThrow('/files/1  ');
    await expect(resolveFiles(['docs/away.md'], config)).rejects.toThrow('outside the project');
    await expect(resolveFiles(['linked/*.md'], config)).rejects.toThrow('outside the project');
    await expect(resolveFiles(['.git/c.md'], config)).rejects.toThrow('inside a version-control folder (.git)');
    const files = await resolveFiles(['docs'], config);
    expect(files.every((file) => file.fromConfig && file.projectRoot === root)).toBe(true);
  });

  it('takes a file named on the command line as given', async () => {
    expect(names(await resolveFiles(['../outside/secret.md'], { base: root }))).toEqual(['../outside/secret.md']);
  });

  it('makes an empty folder an error when files are required', async () => {
    expect(await resolveFiles(['empty'], { base: root, extensions: ['.json'] })).toEqual([]);
    await expect(resolveFiles(['empty'], { base: root, extensions: ['.json'], requireFiles: 'no glossary files' })).rejects.toThrow('empty: no glossary files');
  });

  it('refuses invalid and unbounded globs with the pattern in the message', async () => {
    await expect(resolveFiles(['[z-a].md'], { base: root })).rejects.toThrow('[z-a].md: invalid character range [z-a]');
    await expect(resolveFiles([`${'{a,b}'.repeat(30)}.md`], { base: root })).rejects.toThrow('too many brace groups');
    await expect(resolveFiles([`${'x'.repeat(200)}*`], { base: root })).rejects.toThrow(`${'x'.repeat(80)}…: no files match`);
  });
});

