// Item 19: a glossary that is not UTF-8 must be refused with a message that names the encoding problem and where it
// is, instead of silently turning bad bytes into U+FFFD (which then validates) or failing with a cryptic JSON error.
import { createRequire } from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

const require = createRequire(import.meta.url);
const SCHEMA_CLI = path.join(path.dirname(require.resolve('@natolex/schema/package.json')), 'dist', 'cli.js');

function natolexSchema(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [SCHEMA_CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const valid = glossary([{ id: 'acronym.zz', form: 'ZZ', expansion: 'Zed Zed' }]);
// Line 7 is `      "expansion": "Zed Zed"`; the byte 0xFF replaces the first "Z" of the value, column 21.
const latin1 = Buffer.concat([Buffer.from(valid.slice(0, valid.indexOf('Zed Zed'))), Buffer.from([0xff]), Buffer.from(valid.slice(valid.indexOf('Zed Zed') + 1))]);
const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]);
const utf16WithoutMark = Buffer.from(valid, 'utf16le');

describe('glossary encodings (item 19)', () => {
  it('natolex validate refuses invalid UTF-8 and says which byte, where', async () => {
    const repo = await makeRepo({ 'g.natolex.json': latin1 });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`g.natolex.json:7:21  (root)  glossary is not valid UTF-8 (byte 0xFF at offset ${valid.indexOf('Zed Zed')})`);
  });

  it('natolex validate names a UTF-16 glossary, with or without a byte-order mark', async () => {
    const repo = await makeRepo({ 'marked.natolex.json': utf16, 'unmarked.natolex.json': utf16WithoutMark });
    const run = natolex(['validate', 'marked.natolex.json', 'unmarked.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('marked.natolex.json:1:1  (root)  glossary is UTF-16 (little-endian); save it as UTF-8');
    expect(run.stdout).toContain('unmarked.natolex.json:1:1  (root)  glossary is UTF-16 (little-endian); save it as UTF-8');
  });

  it('a command that loads the glossary refuses it the same way and checks nothing', async () => {
    const repo = await makeRepo({ 'g.natolex.json': latin1, 'draft.md': 'ZZ is here.\n' });
    const run = natolex(['check', '--glossary', 'g.natolex.json', 'draft.md'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('g.natolex.json:7:21  (root)  glossary is not valid UTF-8 (byte 0xFF at offset');
  });

  it('natolex-schema validate says the same', async () => {
    const repo = await makeRepo({ 'bad.json': latin1, 'wide.json': utf16 });
    const run = natolexSchema(['validate', 'bad.json', 'wide.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`bad.json:7:21  (root)  file is not valid UTF-8 (byte 0xFF at offset ${valid.indexOf('Zed Zed')})`);
    expect(run.stdout).toContain('wide.json:1:1  (root)  file is UTF-16 (little-endian); save it as UTF-8');
  });
});
