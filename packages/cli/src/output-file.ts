// Where `natolex export --out` and `natolex import --out` may write, and how: only inside the working folder's tree
// (symlinks resolved, for the file and its folder), never inside version-control data, only files with the
// extension the format writes, never over a file with several hard links, never through a symlink that leads out.
// The content is written through safe-write.ts (replaceFile for an existing file, createFile for a new one): readers
// see the old file or the new one, never half, and a file that appears meanwhile is never clobbered.
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './context.js';
import { isInside, vcsFolderOn } from './path-policy.js';
import { readBounded, sha256 } from './read-draft.js';
import { WriteRefusedError, createFile, replaceFile } from './safe-write.js';

/** The output was refused for a reason the user can act on (a usage error: exit status 2). */
export class OutputRefusedError extends UsageError {}

async function realOrNothing(file: string): Promise<string | undefined> {
  try {
    return await realpath(file);
  } catch {
    return undefined;
  }
}

/** The real path `out` (relative to `cwd`) may be written at, or throws OutputRefusedError saying why not. */
export async function checkOutputPath(out: string, cwd: string, extensions: readonly string[]): Promise<string> {
  const lexical = path.resolve(cwd, out);
  const extension = extensions.find((ending) => lexical.toLowerCase().endsWith(ending));
  if (extension === undefined) throw new OutputRefusedError(`${out}: the output file must end in ${extensions.join(' or ')}`);
  const root = (await realOrNothing(cwd)) ?? path.resolve(cwd);
  const folder = await realOrNothing(path.dirname(lexical));
  if (folder === undefined) throw new OutputRefusedError(`${out}: its folder does not exist`);
  let target = path.join(folder, path.basename(lexical));
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) {
    const resolved = await realOrNothing(target);
    if (resolved === undefined) throw new OutputRefusedError(`${out}: a symbolic link to nothing`);
    target = resolved;
  }
  if (!isInside(target, root) || target === root) throw new OutputRefusedError(`${out}: outside the working folder (natolex writes only below ${root})`);
  const vcs = vcsFolderOn(target, root);
  if (vcs !== undefined) throw new OutputRefusedError(`${out}: inside a version-control folder (${vcs})`);
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isFile()) throw new OutputRefusedError(`${out}: not a regular file`);
  if (info && info.nlink > 1) throw new OutputRefusedError(`${out}: it has ${info.nlink} hard links; replacing it would split them`);
  return target;
}

/**
 * Writes `content` at `target` (from checkOutputPath) by a temporary file renamed over it. An existing file is
 * replaced through the CLI's safe write path (replaceFile: its owner, group and mode kept, refused if it changes
 * meanwhile); a new one through createFile (whole or not at all, never over a file that appeared meanwhile).
 */
export async function writeOutputFile(target: string, content: string): Promise<void> {
  const bytes = Buffer.from(content, 'utf8');
  const previous = await stat(target).catch(() => undefined);
  if (previous) {
    const handle = await open(target, 'r');
    let existing: Buffer;
    try {
      existing = await readBounded(handle, previous.size);
    } finally {
      await handle.close();
    }
    const fingerprint = { dev: previous.dev, ino: previous.ino, size: existing.length, mtimeMs: previous.mtimeMs, sha256: sha256(existing) };
    try {
      await replaceFile(target, bytes, fingerprint, previous);
    } catch (error) {
      if (error instanceof WriteRefusedError) throw new OutputRefusedError(`${target}: not written: ${error.message}`);
      throw error;
    }
    return;
  }
  try {
    await createFile(target, bytes);
  } catch (error) {
    if (error instanceof WriteRefusedError) throw new OutputRefusedError(`${target}: not written: ${error.message}`);
    throw error;
  }
}
