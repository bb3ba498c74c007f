import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBounded, readDraft, sha256 } from './read-draft.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'natolex-read-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function fileWith(name: string, content: string | Buffer) {
  const file = path.join(root, name);
  await writeFile(file, content);
  return file;
}

describe('readDraft', () => {
  it('reads text and fingerprints the bytes', async () => {
    const draft = await readDraft(await fileWith('plain.md', 'The NUC met.\n'));
    expect(draft).toMatchObject({ kind: 'text', text: 'The NUC met.\n', bom: false, lossless: true });
    expect(draft.kind === 'text' && draft.fingerprint).toMatchObject({ size: 13, sha256: sha256(Buffer.from('The NUC met.\n')) });
  });

  it('takes the byte order mark off the text and remembers it', async () => {
    const draft = await readDraft(await fileWith('bom.md', '\uFEFFThe NUC met.\n'));
    expect(draft).toMatchObject({ kind: 'text', text: 'The NUC met.\n', bom: true, lossless: true });
    expect(draft.kind === 'text' && draft.fingerprint.size).toBe(16);
  });

  it('marks invalid UTF-8 as not lossless', async () => {
    expect(await readDraft(await fileWith('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])))).toMatchObject({ kind: 'text', lossless: false });
  });

  it('skips a file with a NUL byte in the first 8 KiB, not one after it', async () => {
    const early = Buffer.concat([Buffer.from('A'.repeat(8191)), Buffer.from([0])]);
    const late = Buffer.concat([Buffer.from('A'.repeat(8192)), Buffer.from([0])]);
    expect(await readDraft(await fileWith('early.txt', early))).toEqual({ kind: 'skipped', reason: 'a binary file (it has a NUL byte)' });
    expect(await readDraft(await fileWith('late.txt', late))).toMatchObject({ kind: 'text' });
  });

  it('skips a file above the limit without reading it', async () => {
    const file = await fileWith('big.md', 'x'.repeat(101));
    expect(await readDraft(file, 100)).toEqual({ kind: 'skipped', reason: '101 bytes, more than the limit of 100 bytes (--max-file-size)' });
    expect(await readDraft(file, 101)).toMatchObject({ kind: 'text' });
  });

  it('refuses a FIFO without blocking, and reports an unreadable path', async () => {
    const fifo = path.join(root, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    expect(await readDraft(fifo)).toEqual({ kind: 'skipped', reason: 'not a regular file' });
    expect(await readDraft(path.join(root, 'missing.md'))).toEqual({ kind: 'skipped', reason: 'cannot read (ENOENT)' });
  });
});

describe('readBounded', () => {
  it('stops one byte past the limit (a file that grew after it was measured)', async () => {
    const handle = await open(await fileWith('grown.md', 'y'.repeat(5000)), 'r');
    try {
      expect((await readBounded(handle, 1000)).length).toBe(1001);
    } finally {
      await handle.close();
    }
  });
});
