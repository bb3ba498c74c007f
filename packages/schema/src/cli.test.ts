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

  it('exits 0 for the valid fixtures of both schemas, and names the schema 1 documents', () => {
    const v2 = ['glossary-concept', 'replaced-terms', 'source-csl', 'full-document', 'bom-crlf', 'event-dates'].map((name) => `test/fixtures/v2/valid/${name}.json`);
    expect(run(['validate', ...v2])).toEqual({ status: 0, stdout: '6 files valid (schema 2)\n', stderr: '' });
    const result = run(['validate', 'test/fixtures/v1/valid/glossary-acronym.json', 'test/fixtures/v2/valid/glossary-concept.json']);
    expect(result).toEqual({
      status: 0,
      stdout: [
        'test/fixtures/v1/valid/glossary-acronym.json: schema 1 document (urn:natolex:schema:lexicon:1); `natolex migrate <file>` converts it to schema 2',
        '2 files valid (schema 2: 1, schema 1: 1)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 1 and prints file:line:col  pointer  message for invalid fixtures', () => {
    const result = run(['validate', 'test/fixtures/v2/invalid/missing-terms.json', 'test/fixtures/v2/invalid/syntax-trailing-comma.json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        "test/fixtures/v2/invalid/missing-terms.json:5:5  /concepts/1  must have required property 'terms'",
        'test/fixtures/v2/invalid/missing-terms.json:6:67  /concepts/2/terms  must not be empty (at least one item)',
        'test/fixtures/v2/invalid/syntax-trailing-comma.json:3:17  (root)  trailing comma is not allowed in JSON',
        '3 problems in 2 of 2 files',
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
    expect(run(['validate', '-'], '{"name": "from stdin"}')).toEqual({ status: 0, stdout: '1 file valid (schema 2)\n', stderr: '' });
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
