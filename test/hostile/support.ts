// What every hostile test needs: a throw-away repository built from a file map, and the built `natolex` binary run
// in it as a child process (the way a user or CI runs it). Tests assert on exit status, output and the files left on
// disk; none measures time (budgets are enforced by timeouts far above the fixed code's cost, so they still fail on
// the quadratic/exponential code they guard against).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const require = createRequire(import.meta.url);
export const CLI = path.join(path.dirname(require.resolve('@natolex/cli/package.json')), 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Kill the process after this many milliseconds (the run then has `signal` set). */
  timeout?: number;
  env?: Record<string, string>;
  input?: string;
}

/** Runs the built CLI synchronously. */
export function natolex(args: readonly string[], cwd: string, options: RunOptions = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: run \`npm run build\` first`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Starts the built CLI without waiting (for signal tests). */
export function startNatolex(args: readonly string[], cwd: string) {
  return spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: 'pipe' });
}

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/**
 * A fresh folder in the system temp dir (so no configuration above it applies) holding `files` (path → content).
 * Returns the folder; it is removed after the test file.
 */
export async function makeRepo(files: Record<string, string | Buffer> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'natolex-hostile-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

/** A JSON glossary document (schema 1) with the given acronyms. */
export function glossary(acronyms: readonly Record<string, unknown>[], extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ name: 'Hostile glossary', acronyms, ...extra }, null, 2)}\n`;
}

/**
 * Bundles a TypeScript source module (e.g. an extension core file that no package exports) into one ESM string, so
 * that a child process can run it without a TypeScript loader.
 */
export async function bundleModule(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/**
 * Runs `script` (ESM, may use top-level await, prints its answer on stdout) in a fresh Node process, killed after
 * `timeout` ms: a synchronous super-linear loop cannot be interrupted by a vitest timeout, a child process can.
 */
export async function runScript(script: string, timeout: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const root = await makeRepo({ 'script.mjs': script });
  const result = spawnSync(process.execPath, [path.join(root, 'script.mjs')], { cwd: root, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
