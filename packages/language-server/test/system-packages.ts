// Neovim for the Neovim test: Debian's package (0.7.2 on Debian 12), installed with apt-get when missing and we are
// root (as the extension's test launcher installs Chromium); otherwise an error that says what to install. Never a
// silent skip: CI on a fresh machine must either run the test or fail saying why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 540_000 });
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.status ?? result.signal}): ${(result.stderr ?? '').trim().slice(-500)}`);
}

/** The nvim executable ($NATOLEX_NVIM, else nvim on PATH), installing Debian's neovim when it is missing. */
export function ensureNeovim(): string {
  const configured = process.env.NATOLEX_NVIM;
  if (configured) return configured;
  const found = onPath('nvim');
  if (found) return found;
  const command = 'apt-get update && apt-get install -y neovim';
  if (!onPath('apt-get')) throw new Error(`Neovim (nvim) is needed for the Neovim test and is not installed; install it with your package manager (Debian/Ubuntu: ${command}) or set NATOLEX_NVIM`);
  if (process.getuid?.() !== 0) throw new Error(`Neovim (nvim) is needed for the Neovim test and is not installed; install it as root: sudo sh -c '${command}'`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'neovim']);
  const installed = onPath('nvim');
  if (!installed) throw new Error(`apt-get installed neovim but nvim is not on PATH (${process.env.PATH ?? ''})`);
  return installed;
}
