import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureNeovim } from './system-packages.js';

const saved = { PATH: process.env.PATH, NATOLEX_NVIM: process.env.NATOLEX_NVIM };
const dirs: string[] = [];

afterEach(async () => {
  process.env.PATH = saved.PATH;
  if (saved.NATOLEX_NVIM === undefined) delete process.env.NATOLEX_NVIM;
  else process.env.NATOLEX_NVIM = saved.NATOLEX_NVIM;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function pathWith(...commands: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'natolex-path-'));
  dirs.push(dir);
  for (const command of commands) {
    await writeFile(path.join(dir, command), '#!/bin/sh\nexit 0\n');
    await chmod(path.join(dir, command), 0o755);
  }
  return dir;
}

describe('ensureNeovim', () => {
  it('finds nvim on PATH, or the one NATOLEX_NVIM names', async () => {
    delete process.env.NATOLEX_NVIM;
    process.env.PATH = await pathWith('nvim');
    expect(ensureNeovim()).toBe(path.join(process.env.PATH, 'nvim'));
    process.env.NATOLEX_NVIM = '/opt/nvim/bin/nvim';
    expect(ensureNeovim()).toBe('/opt/nvim/bin/nvim');
  });

  it('fails saying what to install when there is no nvim and no apt-get: never a silent skip', async () => {
    delete process.env.NATOLEX_NVIM;
    process.env.PATH = await pathWith();
    expect(() => ensureNeovim()).toThrow(/Neovim \(nvim\) is needed .*apt-get install -y neovim/);
  });
});
