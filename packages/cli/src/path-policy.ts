// Where natolex may read from when a path comes from an untrusted repository: inside the project root (after
// symlinks are resolved) and never inside version-control data, whose hooks and config a later git command runs.
import path from 'node:path';

/** Version-control folders: never walked into, never read from a configuration. */
export const VCS_DIRECTORIES: readonly string[] = ['.git', '.hg', '.svn', '.jj', '_darcs', 'CVS'];

/** Folders a walk (folder or glob) never descends into: VCS data, dependencies, build output and caches. */
export const WALK_SKIPPED_DIRECTORIES: readonly string[] = [...VCS_DIRECTORIES, 'node_modules', 'dist', '.turbo', '.cache'];

/** Whether `file` is `root` or lies below it; both absolute, compared as given (resolve symlinks first). */
export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

const VCS_LOWER = new Set(VCS_DIRECTORIES.map((name) => name.toLowerCase()));

/**
 * The VCS folder on the way from `root` to `file` (or `file` itself), if any. Case-insensitive: on macOS and Windows
 * ".GIT" is the same folder as ".git".
 */
export function vcsFolderOn(file: string, root: string): string | undefined {
  const relative = isInside(file, root) ? path.relative(root, file) : file;
  return relative.split(/[\\/]/).find((segment) => VCS_LOWER.has(segment.toLowerCase()));
}
