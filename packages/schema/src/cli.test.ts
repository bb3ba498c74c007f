// Runs the built command (dist/cli.js) as users do. `npm test` runs after the build (turbo: test depends on build).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: packageDir, encoding: 'utf8', input, timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('natolex-schema (built CLI)', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build -w @natolex/schema` first');
  });

  it('starts with a shebang so npm can link it as a bin', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 0 for the valid fixtures', () => {
    const files = ['glossary-acronym', 'term-aliases', 'deprecated-preferred', 'source-csl', 'full-document', 'bom-crlf'].map(
      (name) => `test/fixtures/valid/${name}.json`,
    );
    expect(run(['validate', ...files])).toEqual({ status: 0, stdout: '6 files valid\n', stderr: '' });
  });

  it('exits 1 and prints file:line:col  pointer  message for invalid fixtures', () => {
    const result = run(['validate', 'test/fixtures/invalid/missing-expansion.json', 'test/fixtures/invalid/syntax-trailing-comma.json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        "test/fixtures/invalid/missing-expansion.json:5:5  /acronyms/1  must have required property 'expansion'",
        'test/fixtures/invalid/syntax-trailing-comma.json:3:17  (root)  trailing comma is not allowed in JSON',
        '2 problems in 2 of 2 files',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 for a file that does not exist', () => {
    const result = run(['validate', 'test/fixtures/no-such-file.json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('test/fixtures/no-such-file.json:1:1  (root)  cannot read the file: ENOENT');
  });

  it('reads standard input for -', () => {
    expect(run(['validate', '-'], '{"name": "from stdin"}')).toEqual({ status: 0, stdout: '1 file valid\n', stderr: '' });
  });

  it('exits 2 with usage on stderr for usage errors', () => {
    const result = run(['validate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: natolex-schema validate <file...>');
  });

  it('prints --help and --version', () => {
    expect(run(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Exit status: 0 all files valid') });
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
