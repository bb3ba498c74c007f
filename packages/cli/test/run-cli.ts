// Runs the built executable (dist/cli.js) as a child process, the way CI and users run it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(PACKAGE_DIR, 'dist', 'cli.js');
export const FIXTURES = path.join(PACKAGE_DIR, 'test', 'fixtures');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: run \`npm run build -w @natolex/cli\` first`);
}

export function runBin(bin: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function natolex(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  return runBin(CLI, args, cwd, env);
}

/** A fresh copy of the fixtures in a temporary folder (outside the repository, so no configuration above it). */
export async function copyFixtures(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'natolex-cli-'));
  await cp(FIXTURES, root, { recursive: true });
  return root;
}
