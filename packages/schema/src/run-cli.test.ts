import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { USAGE, runCli } from './run-cli.js';

function harness(files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (line: string) => out.push(line),
    stderr: (line: string) => err.push(line),
    readBytes: async (file: string) => {
      const content = files[file];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
  return { io, out, err, run: (...args: string[]) => runCli(args, io, '1.2.3') };
}

describe('runCli', () => {
  it('exits 0 and says so when every file is valid', async () => {
    const h = harness({ 'a.json': '{}', 'b.json': '{"name": "B"}' });
    expect(await h.run('validate', 'a.json', 'b.json')).toBe(0);
    expect(h.out).toEqual(['2 files valid (schema 2)']);
    expect(h.err).toEqual([]);
  });

  it('prints each issue as file:line:col  pointer  message and exits 1', async () => {
    const h = harness({ 'ok.json': '{}', 'bad.json': '{\n  "concepts": [{ "id": "concept.x", "subjectField": "body" }],\n  "nmae": 1\n}' });
    expect(await h.run('validate', 'ok.json', 'bad.json')).toBe(1);
    expect(h.out).toEqual([
      "bad.json:2:16  /concepts/0  must have required property 'terms'",
      "bad.json:3:3  /nmae  unknown property 'nmae' (did you mean 'name'?)",
      '2 problems in 1 of 2 files',
    ]);
  });

  it('checks a schema 1 document against schema 1, says so and how to migrate it', async () => {
    const v1 = '{\n  "acronyms": [{ "id": "acronym.x", "form": "X" }]\n}';
    const h = harness({ 'v1.json': v1, 'ok-v1.json': '{"$schema": "urn:natolex:schema:lexicon:1"}', 'v2.json': '{"concepts": []}' });
    expect(await h.run('validate', 'v1.json', 'v2.json')).toBe(1);
    expect(h.out).toEqual([
      'v1.json: schema 1 document (urn:natolex:schema:lexicon:1); `natolex migrate <file>` converts it to schema 2',
      "v1.json:2:16  /acronyms/0  must have required property 'expansion'",
      '1 problem in 1 of 2 files',
    ]);
    const valid = harness({ 'ok-v1.json': '{"$schema": "urn:natolex:schema:lexicon:1"}', 'v2.json': '{"concepts": []}' });
    expect(await valid.run('validate', 'ok-v1.json', 'v2.json')).toBe(0);
    expect(valid.out).toEqual([
      'ok-v1.json: schema 1 document (urn:natolex:schema:lexicon:1); `natolex migrate <file>` converts it to schema 2',
      '2 files valid (schema 2: 1, schema 1: 1)',
    ]);
  });

  it('escapes control characters of a file name in the schema 1 note', async () => {
    const h = harness({ 'a\u001b[2Jb.json': '{"terms": []}' });
    expect(await h.run('validate', 'a\u001b[2Jb.json')).toBe(0);
    expect(h.out[0]).toBe('a\\u001b[2Jb.json: schema 1 document (urn:natolex:schema:lexicon:1); `natolex migrate <file>` converts it to schema 2');
    expect(h.out[1]).toBe('1 file valid (schema 1)');
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

  it('reports a file that is not UTF-8 instead of validating mangled text', async () => {
    const h = harness({ 'latin1.json': new Uint8Array([0x7b, 0x0a, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), 'wide.json': new Uint8Array([0xfe, 0xff, 0, 0x7b, 0, 0x7d]) });
    expect(await h.run('validate', 'latin1.json', 'wide.json')).toBe(1);
    expect(h.out).toEqual([
      'latin1.json:2:6  (root)  file is not valid UTF-8 (byte 0xE9 at offset 7); save it as UTF-8',
      'wide.json:1:1  (root)  file is UTF-16 (big-endian); save it as UTF-8',
      '2 problems in 2 of 2 files',
    ]);
  });

  it('lists the first 100 problems of a file and counts the others', async () => {
    const concepts = Array.from({ length: 250 }, (_, i) => ({ id: `concept.a${i}`, subjectField: 'concept', terms: [{ text: 'A', type: 'acronym', status: 'preferred', definedInSource: 'no' }] }));
    const h = harness({ 'many.json': JSON.stringify({ concepts }) });
    expect(await h.run('validate', 'many.json')).toBe(1);
    expect(h.out).toHaveLength(102);
    expect(h.out[100]).toBe('many.json: … and 150 more problems (only the first 100 are listed)');
    expect(h.out[101]).toBe('250 problems in 1 of 1 file');
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
