// What a pre-commit `natolex check <file>` loads (the built binary, with a module hook that lists every module Node
// loads): only the check command's code, not the modules of the other commands, not the glob walker (no folder or
// glob given) and not ajv (no glossary to validate). Speed itself is measured by `npm run bench`, never here.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, assertBuilt } from './run-cli.js';

// Registered with --import: every module Node's loader loads (ESM, and CommonJS imported from ESM), one per line on
// stderr; what CommonJS modules require is listed from the require cache when the process exits.
const HOOKS = `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
const REGISTER = `import { register, createRequire } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));
process.on('exit', () => { for (const file of Object.keys(createRequire(import.meta.url).cache)) process.stderr.write('LOADED ' + file + '\\n'); });`;

let dir: string;
beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'natolex-loads-'));
  await writeFile(path.join(dir, 'note.md'), '# Note\n\nThe North Atlantic Treaty Organization (NATO) works with the UN.\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function loadedBy(args: readonly string[]): { status: number | null; stdout: string; loaded: string[] } {
  const register = `data:text/javascript,${encodeURIComponent(REGISTER)}`;
  const result = spawnSync(process.execPath, ['--import', register, CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  const loaded = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED '))
    .map((line) => line.slice('LOADED '.length));
  return { status: result.status, stdout: result.stdout, loaded };
}

/** The names of the CLI's own files among the loaded ones (its chunks are named after their command). */
const cliFiles = (urls: readonly string[]) => {
  const dist = pathToFileURL(path.dirname(CLI)).href + '/';
  return urls.filter((url) => url.startsWith(dist)).map((url) => url.slice(dist.length));
};

describe('natolex check <file> loads only what checking needs', () => {
  it('checks, with the check command module but not the other commands, the glob walker or ajv', () => {
    const { status, stdout, loaded } = loadedBy(['check', 'note.md']);
    expect(status).toBe(1);
    expect(stdout).toContain("'UN' is used before it is defined");
    const names = cliFiles(loaded);
    // The hook sees the process: if it saw nothing, the assertions below would prove nothing.
    expect(names).toContain('cli.js');
    expect(names.some((name) => name.startsWith('check-'))).toBe(true);
    for (const other of ['query-', 'validate-', 'migrate-', 'export-', 'import-', 'diff-']) expect(names.filter((name) => name.startsWith(other))).toEqual([]);
    expect(loaded.filter((url) => /[\\/](tinyglobby|fdir|picomatch|ajv|ajv-formats)[\\/]/.test(url))).toEqual([]);
  });

  it('loads the glob walker when given a folder, and a command module for each command', () => {
    const walked = loadedBy(['check', '.']);
    expect(walked.status).toBe(1);
    expect(walked.loaded.some((url) => /[\\/]tinyglobby[\\/]/.test(url))).toBe(true);
    const diff = loadedBy(['diff', '--help']);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain('Usage: natolex diff');
    expect(cliFiles(diff.loaded).some((name) => name.startsWith('diff-'))).toBe(true);
    expect(cliFiles(diff.loaded).filter((name) => name.startsWith('check-'))).toEqual([]);
  });
});
