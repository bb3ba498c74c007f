// Item 20: a UTF-8 byte order mark is not a character an editor shows; columns on the first line must not count it,
// and --fix must keep it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const BOM = '\uFEFF';

describe('natolex check and a byte order mark', () => {
  it('reports first-line columns as an editor shows them', async () => {
    const root = await makeRepo({ 'bom.md': `${BOM}The NUC met.\nThe NUC again.\n` });
    const run = natolex(['check', 'bom.md', '--format', 'json'], root);
    const diagnostics = (JSON.parse(run.stdout) as { diagnostics: { line: number; column: number; endColumn: number }[] }).diagnostics;
    expect(diagnostics.map((d) => [d.line, d.column, d.endColumn])).toEqual([[1, 5, 8]]);
    expect(natolex(['check', 'bom.md'], root).stdout).toMatch(/^bom\.md:1:5 {2}error/);
  });

  it('keeps the byte order mark when fixing, also for a fix at the very start', async () => {
    const root = await makeRepo({ 'bom.md': `${BOM}NUC met.\n` });
    const run = natolex(['check', '--fix', 'bom.md'], root);
    expect(run.code).toBe(0);
    const bytes = await readFile(path.join(root, 'bom.md'));
    expect(bytes.toString('utf8')).toBe(`${BOM}NATO-Ukraine Commission (NUC) met.\n`);
  });
});
