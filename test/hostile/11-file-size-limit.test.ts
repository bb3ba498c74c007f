// Item 11: a huge draft must not crash the run (heap limit, "string too long") and leave the other drafts unchecked.
// Drafts above a size limit (10 MB by default, --max-file-size) are skipped with a message; the rest are checked.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

describe('natolex check and very large files', () => {
  it('skips a 600 MB draft with a message, checks the others, and exits 2', async () => {
    const root = await makeRepo({ 'small.md': 'The NUC met.\n' });
    // A sparse file: 600 MB long, no disk used, more than a JavaScript string can hold.
    const handle = await open(path.join(root, 'huge.txt'), 'w');
    await handle.truncate(600 * 1024 * 1024);
    await handle.close();
    const run = natolex(['check', 'huge.txt', 'small.md'], root);
    expect(run.stderr).toMatch(/^huge\.txt: not checked: 629145600 bytes, more than the limit of 10485760 bytes/m);
    expect(run.stdout).toContain("small.md:1:5  error  first-use  'NUC'");
    expect(run.stdout).toContain('1 file checked: 1 error');
    expect(run.code).toBe(2);
  });

  it('honours --max-file-size, and rejects a bad value', async () => {
    const root = await makeRepo({ 'a.md': 'The NUC met.\n', 'b.md': `The NUC met. ${'x'.repeat(100)}\n` });
    const run = natolex(['check', 'a.md', 'b.md', '--max-file-size', '50'], root);
    expect(run.stderr).toBe('b.md: not checked: 114 bytes, more than the limit of 50 bytes (--max-file-size)\n');
    expect(run.stdout).toContain("a.md:1:5  error  first-use  'NUC'");
    expect(run.code).toBe(2);
    expect(natolex(['check', 'a.md', '--max-file-size', 'lots'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-file-size lots') });
  });
});
