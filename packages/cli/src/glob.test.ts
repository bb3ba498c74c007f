import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileArgumentError, displayPath, expandBraces, globToRegExp, resolveFileArguments } from './glob.js';

describe('globToRegExp', () => {
  it.each([
    ['*.md', 'a.md', true],
    ['*.md', 'dir/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/a.md', true],
    ['docs/**', 'docs/x/y.txt', true],
    ['docs/**/z.md', 'docs/z.md', true],
    ['a?.txt', 'ab.txt', true],
    ['a?.txt', 'a/.txt', false],
    ['[ab].md', 'b.md', true],
    ['[!ab].md', 'b.md', false],
    ['a+b(1).md', 'a+b(1).md', true],
    ['a.md', 'axmd', false],
  ])('%s against %s is %s', (pattern, file, expected) => {
    expect(globToRegExp(pattern).test(file)).toBe(expected);
  });
});

describe('expandBraces', () => {
  it('expands alternatives, nested ones too, and leaves single braces alone', () => {
    expect(expandBraces('*.{md,txt}')).toEqual(['*.md', '*.txt']);
    expect(expandBraces('{a,b/{c,d}}.md')).toEqual(['a.md', 'b/c.md', 'b/d.md']);
    expect(expandBraces('{x}.md')).toEqual(['{x}.md']);
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
