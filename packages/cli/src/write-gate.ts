// What --fix may rewrite, decided on the file's real path just before writing and independent of how the file was
// found (a resolver bug, or a lexicon built some other way, must not be enough to write outside the drafts):
// - only the kinds of files natolex checks (Markdown and plain text), by the real path's extension;
// - nothing inside a version-control folder (.git/config can make git run a repository's own code);
// - a file that came from the configuration only inside the project root (the configuration's folder);
// - a symbolic link only when its target lies in the project root too (then the target is written, the link kept);
// - no file with several hard links (replacing it would split them; writing in place could change a file outside
//   the project that shares its inode);
// - no file or folder without write permission, even for root, who could write it anyway.
import { constants, type Stats } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const CHECKED_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx', '.txt']);
export const VCS_FOLDERS: ReadonlySet<string> = new Set(['.git', '.hg', '.svn', '.jj', '_darcs', 'cvs']);

export interface WritePolicy {
  /** The project root: the configuration's folder (the working folder without one). */
  projectRoot: string;
  /** The file was named by the configuration (not on the command line): it must lie in the project root. */
  fromConfig: boolean;
  /** The extensions a rewritten file may have (default CHECKED_EXTENSIONS; `natolex migrate` rewrites .json glossaries). */
  extensions?: ReadonlySet<string>;
}

export type WriteTarget = { ok: true; real: string; info: Stats } | { ok: false; reason: string };

function refuse(reason: string): WriteTarget {
  return { ok: false, reason };
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** The version-control folder on a path, if any (compared without case: on macOS and Windows .GIT is .git). */
export function vcsFolderIn(file: string): string | undefined {
  return path
    .resolve(file)
    .split(path.sep)
    .slice(0, -1)
    .find((segment) => VCS_FOLDERS.has(segment.toLowerCase()));
}

async function realOrResolved(folder: string): Promise<string> {
  try {
    return await realpath(folder);
  } catch {
    return path.resolve(folder);
  }
}

/** Where --fix may write `file`, or why it must not. */
export async function checkWriteTarget(file: string, policy: WritePolicy): Promise<WriteTarget> {
  const lexical = path.resolve(file);
  let real: string;
  try {
    real = await realpath(lexical);
  } catch (error) {
    return refuse(`cannot resolve its path (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const root = await realOrResolved(policy.projectRoot);
  const inRoot = isInside(real, root);
  const extensions = policy.extensions ?? CHECKED_EXTENSIONS;
  if (!extensions.has(path.extname(real).toLowerCase())) {
    const listed = [...extensions].join(' ');
    return refuse(policy.extensions ? `only files ending in ${listed} are rewritten` : `only Markdown and text files are rewritten (${listed})`);
  }
  const vcs = vcsFolderIn(lexical) ?? vcsFolderIn(real);
  if (vcs !== undefined) return refuse(`it is inside a version-control folder (${vcs})`);
  if (policy.fromConfig && !inRoot) return refuse('the configuration names a file outside the project (its folder)');
  if (real !== lexical && !inRoot) return refuse('it is a symbolic link (or in a linked folder) to a file outside the project');
  let info: Stats;
  let folder: Stats;
  try {
    info = await stat(real);
    folder = await stat(path.dirname(real));
  } catch (error) {
    return refuse(`cannot read its attributes (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!info.isFile()) return refuse('not a regular file');
  if (info.nlink > 1) return refuse(`it has ${info.nlink} hard links; rewriting it would split them`);
  if ((info.mode & 0o222) === 0) return refuse('it is read-only');
  try {
    await access(real, constants.W_OK);
  } catch {
    return refuse('it is read-only for this user');
  }
  if ((folder.mode & 0o222) === 0) return refuse('its folder is read-only');
  return { ok: true, real, info };
}
