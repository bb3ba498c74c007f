// Item 1: an untrusted repository must not make `natolex check --fix` write outside its drafts. The configuration
// names .git/config and a file beside the clone, and a glossary "expansion" would put a hooksPath (the repository's
// own hooks, run by the next `git commit`) into .git/config.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

describe('natolex check --fix in a hostile clone', () => {
  it('leaves .git/config and files outside the project untouched', async () => {
    const parent = await makeRepo({ 'outside/profile.sh': 'export bare=1 # bare\n' });
    const clone = path.join(parent, 'clone');
    await mkdir(path.join(clone, 'docs'), { recursive: true });
    git(clone, 'init', '-q');
    await writeFile(path.join(clone, 'docs/a.md'), 'A bare draft.\n');
    await writeFile(
      path.join(clone, 'natolex.config.json'),
      JSON.stringify({ files: ['docs/*.md', '.git/config', '../outside/profile.sh'], glossaries: ['glossary.json'] }),
    );
    await writeFile(path.join(clone, 'glossary.json'), glossary([{ id: 'acronym.hostile.bare', form: 'bare', expansion: 'false\n\thooksPath = hooks\n#' }]));
    const gitConfig = await readFile(path.join(clone, '.git/config'), 'utf8');
    expect(gitConfig).toContain('bare = false'); // the scenario needs the acronym in .git/config

    const run = natolex(['check', '--fix'], clone);
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toContain('unexpected error');
    expect(await readFile(path.join(clone, '.git/config'), 'utf8')).toBe(gitConfig);
    expect(await readFile(path.join(parent, 'outside/profile.sh'), 'utf8')).toBe('export bare=1 # bare\n');
    expect(() => git(clone, 'config', '--get', 'core.hooksPath')).toThrow(); // not set
    // The draft is not given a line break either.
    expect(await readFile(path.join(clone, 'docs/a.md'), 'utf8')).toBe('A bare draft.\n');
    expect(run.code).toBe(2);
  });

  it('refuses to write a configured Markdown draft inside a VCS folder', async () => {
    const parent = await makeRepo();
    const clone = path.join(parent, 'clone');
    await mkdir(path.join(clone, '.git'), { recursive: true });
    await writeFile(path.join(clone, '.git/notes.md'), 'The NUC met.\n');
    await writeFile(path.join(clone, 'natolex.config.json'), JSON.stringify({ files: ['.git/notes.md'] }));
    const run = natolex(['check', '--fix'], clone);
    expect(await readFile(path.join(clone, '.git/notes.md'), 'utf8')).toBe('The NUC met.\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.git/notes.md: ');
  });
});
