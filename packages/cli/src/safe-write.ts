// Replaces a draft's content so that readers see either the old or the new text, never part of it: the new text
// goes to a temporary file beside the draft, which is renamed over it (atomic within one file system). The draft
// keeps its owner, group and mode; and if it changed since natolex read it (another editor saved meanwhile), it is
// left alone rather than that change being lost. Extended attributes and ACLs are not copied.
import { link, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { readBounded, sha256, type FileFingerprint } from './read-draft.js';
import { forget, temporaryNameFor, track } from './temp-files.js';

/** The write was refused for a reason the user can act on (reported as "not fixed: <message>"). */
export class WriteRefusedError extends Error {}

/** Whether the file at `target` is still exactly what was read: same file, same size and time, same bytes. */
export async function isUnchanged(target: string, expected: FileFingerprint): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(target, 'r');
  } catch {
    return false;
  }
  try {
    const now = await handle.stat();
    if (now.dev !== expected.dev || now.ino !== expected.ino || now.size !== expected.size || now.mtimeMs !== expected.mtimeMs) return false;
    if (now.nlink > 1) return false; // a hard link appeared: replacing the file would split it
    return sha256(await readBounded(handle, expected.size)) === expected.sha256;
  } finally {
    await handle.close();
  }
}

async function keepOwner(handle: FileHandle, original: Stats): Promise<void> {
  const created = await handle.stat();
  if (created.uid === original.uid && created.gid === original.gid) return;
  try {
    await handle.chown(original.uid, original.gid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    throw new WriteRefusedError(`it belongs to another user or group (${original.uid}:${original.gid}); rewriting it would change its owner`);
  }
}

/**
 * Replaces `target` (a real path, no symlink) with `content`, if it still matches `expected`. `original` is its
 * stat from before: owner, group and mode are carried over.
 */
export async function replaceFile(target: string, content: Uint8Array, expected: FileFingerprint, original: Stats): Promise<void> {
  const temporary = temporaryNameFor(target);
  track(temporary);
  try {
    // Only the owner can read the temporary file until it has the draft's owner and mode.
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await keepOwner(handle, original);
      await handle.chmod(original.mode & 0o7777); // after chown, which clears set-id bits
      await handle.sync(); // the data is on disk before the rename makes it visible
    } finally {
      await handle.close();
    }
    if (!(await isUnchanged(target, expected))) {
      throw new WriteRefusedError('it changed while natolex was fixing it; run natolex again');
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    forget(temporary);
  }
}

/**
 * Writes a new file whole or not at all: the content goes to a temporary file beside it that is then hard-linked to
 * the name, which fails if anything has appeared there meanwhile (never clobbered), and the temporary name removed.
 */
export async function createFile(target: string, content: Uint8Array): Promise<void> {
  const temporary = temporaryNameFor(target);
  track(temporary);
  try {
    const handle = await open(temporary, 'wx', 0o666); // the umask applies, as for any file the user creates
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteRefusedError('a file appeared there while natolex was writing it');
      throw error;
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
    forget(temporary);
  }
}
