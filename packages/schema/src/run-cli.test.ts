import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { USAGE, runCli } from './run-cli.js';

function harness(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (line: string) => out.push(line),
    stderr: (line: string) => err.push(line),
    readText: async (file: string) => {
      const text = files[file];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
      return text;
    },
  };
  return { io, out, err, run: (...args: string[]) => runCli(args, io, '1.2.3') };
}

describe('runCli', () => {
  it('exits 0 and says so when every file is valid', async () => {
    const h = harness({ 'a.json': '{}', 'b.json': '{"name": "B"}' });
    expect(await h.run('validate', 'a.json', 'b.json')).toBe(0);
    expect(h.out).toEqual(['2 files valid']);
    expect(h.err).toEqual([]);
  });

  it('prints each issue as file:line:col  pointer  message and exits 1', async () => {
    const h = harness({ 'ok.json': '{}', 'bad.json': '{\n  "acronyms": [{ "id": "acronym.x", "form": "X" }],\n  "nmae": 1\n}' });
    expect(await h.run('validate', 'ok.json', 'bad.json')).toBe(1);
    expect(h.out).toEqual([
      "bad.json:2:16  /acronyms/0  must have required property 'expansion'",
      "bad.json:3:3  /nmae  unknown property 'nmae' (did you mean 'name'?)",
      '2 problems in 1 of 2 files',
    ]);
  });

  it('reports an unreadable file as a problem and still checks the others', async () => {
    const h = harness({ 'ok.json': '{}' });
    expect(await h.run('validate', 'missing.json', 'ok.json')).toBe(1);
    expect(h.out).toEqual([
      "missing.json:1:1  (root)  cannot read the file: ENOENT: no such file or directory, open 'missing.json'",
      '1 problem in 1 of 2 files',
    ]);
  });

  it('reads standard input for -', async () => {
    const h = harness({ '-': '[]' });
    expect(await h.run('validate', '-')).toBe(1);
    expect(h.out[0]).toBe('<stdin>:1:1  (root)  must be an object (got an array)');
  });

  it('takes file names that look like options after --', async () => {
    const h = harness({ '--odd.json': '{}' });
    expect(await h.run('validate', '--', '--odd.json')).toBe(0);
  });

  it.each([
    [[], 'natolex-schema: missing command'],
    [['check', 'a.json'], "natolex-schema: unknown command 'check'"],
    [['validate'], 'natolex-schema validate: no files given'],
    [['validate', '--fix', 'a.json'], "natolex-schema: unknown option '--fix'"],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const h = harness();
    expect(await h.run(...args)).toBe(2);
    expect(h.err).toEqual([message, USAGE]);
    expect(h.out).toEqual([]);
  });

  it.each([['--help'], ['-h'], ['help'], ['validate', '--help']])('prints usage for %j', async (...args) => {
    const h = harness();
    expect(await h.run(...args)).toBe(0);
    expect(h.out).toEqual([USAGE]);
  });

  it.each([['--version'], ['-v']])('prints the version for %s', async (flag) => {
    const h = harness();
    expect(await h.run(flag)).toBe(0);
    expect(h.out).toEqual(['1.2.3']);
  });
});

describe('README', () => {
  it('shows the usage text exactly as the command prints it', async () => {
    expect(await readFile(new URL('../README.md', import.meta.url), 'utf8')).toContain(USAGE);
  });
});
