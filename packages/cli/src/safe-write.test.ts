import { appendFile, chmod, chown, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDraft, type DraftText } from './read-draft.js';
import { WriteRefusedError, isUnchanged, replaceFile } from './safe-write.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'natolex-write-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function draftAt(name: string, content: string) {
  const file = path.join(root, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  const draft = (await readDraft(file)) as DraftText;
  return { file, draft, info: await stat(file) };
}
const temporaries = async (folder: string) => (await readdir(folder)).filter((name) => name.endsWith('.tmp'));

describe('replaceFile', () => {
  it('replaces the content and keeps the mode', async () => {
    const { file, draft } = await draftAt('mode.md', 'old\n');
    await chmod(file, 0o604);
    await replaceFile(file, Buffer.from('new\n'), draft.fingerprint, await stat(file));
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect((await stat(file)).mode & 0o7777).toBe(0o604);
    expect(await temporaries(root)).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('keeps owner and group (as root)', async () => {
    const { file } = await draftAt('owner.md', 'old\n');
    await chown(file, 4321, 8765);
    const draft = (await readDraft(file)) as DraftText;
    await replaceFile(file, Buffer.from('new\n'), draft.fingerprint, await stat(file));
    const info = await stat(file);
    expect([info.uid, info.gid]).toEqual([4321, 8765]);
  });

  it('leaves a file that changed since it was read, and says so', async () => {
    const { file, draft, info } = await draftAt('changed.md', 'old\n');
    await appendFile(file, 'saved by someone else\n');
    await expect(replaceFile(file, Buffer.from('new\n'), draft.fingerprint, info)).rejects.toThrow(WriteRefusedError);
    expect(await readFile(file, 'utf8')).toBe('old\nsaved by someone else\n');
    expect(await temporaries(root)).toEqual([]);
  });

  it('notices a same-size change with the old time, and a file swapped for another', async () => {
    const { file, draft, info } = await draftAt('same-size.md', 'abc\n');
    await writeFile(file, 'xyz\n');
    await utimes(file, info.atime, info.mtime);
    expect(await isUnchanged(file, { ...draft.fingerprint, mtimeMs: (await stat(file)).mtimeMs })).toBe(false);
    const other = await draftAt('other.md', 'abc\n');
    await rename(other.file, file);
    expect(await isUnchanged(file, draft.fingerprint)).toBe(false);
  });

  it('fails with the system error when the folder was replaced by a file, leaving nothing behind', async () => {
    const { file, draft, info } = await draftAt('gone/draft.md', 'old\n');
    await rm(path.join(root, 'gone'), { recursive: true });
    await writeFile(path.join(root, 'gone'), 'a file now');
    await expect(replaceFile(file, Buffer.from('new\n'), draft.fingerprint, info)).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await readFile(path.join(root, 'gone'), 'utf8')).toBe('a file now');
  });
});
