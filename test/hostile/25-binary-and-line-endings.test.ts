// Item 25: a binary file renamed .txt is skipped with a message (not reported as thousands of "acronyms"), and no
// fix puts a line break from a glossary into a draft (a bare LF in a CRLF file, or any line break at all). The
// --fix side of the line-break rule, for lexicons that reach it unvalidated, is tested in packages/cli.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

describe('natolex check and binary files', () => {
  it('skips a file with a NUL byte in its first 8 KiB, checks the others, and exits 2', async () => {
    const binary = Buffer.alloc(64 * 1024);
    for (let i = 0; i < binary.length; i++) binary[i] = i % 7 === 0 ? 0 : 65 + (i % 26); // NULs among capitals
    const root = await makeRepo({ 'image.txt': binary, 'draft.md': 'The NUC met.\n' });
    const run = natolex(['check', 'image.txt', 'draft.md'], root);
    expect(run.stderr).toBe('image.txt: not checked: a binary file (it has a NUL byte)\n');
    expect(run.stdout).not.toContain('image.txt');
    expect(run.stdout).toContain('1 file checked: 1 error, 0 warnings, 0 infos');
    expect(run.code).toBe(2);
  });
});

describe('natolex check --fix and line breaks in expansions', () => {
  it('never writes a line break from a glossary into a CRLF draft', async () => {
    const draft = 'First line.\r\nThe QQX met.\r\n';
    const root = await makeRepo({
      'natolex.config.json': '{ "glossaries": ["team.natolex.json"] }\n',
      'team.natolex.json': glossary([{ id: 'acronym.team.qqx', form: 'QQX', expansion: 'Quick\nQuiet Exercise' }]),
      'crlf.txt': draft,
    });
    const run = natolex(['check', '--fix', 'crlf.txt'], root);
    const after = await readFile(path.join(root, 'crlf.txt'), 'utf8');
    expect(after).toBe(draft);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Refused when the glossary is loaded (its schema forbids line breaks) or, failing that, by --fix itself.
    expect(run.stderr).toMatch(/crlf\.txt: not fixed: .*line break|team\.natolex\.json:\d+:\d+ {2}\/acronyms\/0\/expansion/);
    expect(run.code).toBe(2);
  });
});
