// File arguments and configured paths: plain paths, folders (their Markdown and text files) and globs with *, **, ?,
// [...] and {a,b}. Walking and matching are tinyglobby's (picomatch inside); this module adds what an untrusted
// repository needs: bounded globs, no VCS folders, symlinks followed only while they stay in the project, and
// configured paths confined to the configuration's folder.
import { realpath as realpathCallback, stat as statCallback } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
// tinyglobby is imported when a folder or glob is walked (crawl), not for commands given files only.
import type { FileSystemAdapter } from 'tinyglobby';
import { globProblem } from './glob-limits.js';
import { WALK_SKIPPED_DIRECTORIES, isInside, vcsFolderOn } from './path-policy.js';
import { echo } from './report.js';

/** Extensions checked when a folder is given. */
export const DEFAULT_EXTENSIONS = ['.md', '.markdown', '.txt'];

export class FileArgumentError extends Error {}

export function hasMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** One file a path, folder or glob named. Its fields match the write gate's policy. */
export interface ResolvedFile {
  /** Absolute path as found (a symlink inside the project keeps its own name). */
  path: string;
  /** The file's real path (symlinks resolved). */
  realPath: string;
  /** Named by the configuration (then it lies in projectRoot), not on the command line. */
  fromConfig: boolean;
  /** Real path of the folder the file was confined to: the configuration's folder, else the working folder. */
  projectRoot: string;
  /** Found by walking a folder or a glob (so confined to projectRoot), not named literally. */
  discovered: boolean;
}

export interface ResolveOptions {
  /** Folder that relative entries resolve against: the configuration's folder, or the working folder. */
  base: string;
  /** Entries come from a configuration: each must stay inside `base`, symlinks resolved. */
  fromConfig?: boolean;
  /** Extensions taken from folders (lower case, with the dot). */
  extensions?: readonly string[];
  /** A folder that yields no file is an error (glossaries), not just nothing. */
  requireFiles?: string;
  /** How entry `index` is named in messages (the configuration's file:line:col and pointer); default: the entry. */
  label?: (index: number) => string;
  /** Receives warnings (symlinks skipped); one line each, no line feed. */
  warn?: (message: string) => void;
  /** Folder paths in warnings are shown relative to (default `base`). */
  displayCwd?: string;
}

interface Walk {
  root: string;
  fromConfig: boolean;
  options: ResolveOptions;
}

/** Absolute paths of the files the arguments name, sorted and without duplicates (see resolveFiles). */
export async function resolveFileArguments(
  argumentsList: readonly string[],
  cwd: string,
  extensions: readonly string[] = DEFAULT_EXTENSIONS,
  warn?: (message: string) => void,
): Promise<string[]> {
  const files = await resolveFiles(argumentsList, { base: cwd, extensions, ...(warn ? { warn } : {}) });
  return files.map((file) => file.path);
}

/**
 * The files the entries name, sorted by path, one per real file. A glob that matches nothing, or a missing path, is
 * an error: a CI job that silently checks no files would pass for the wrong reason.
 */
export async function resolveFiles(entries: readonly string[], options: ResolveOptions): Promise<ResolvedFile[]> {
  const base = path.resolve(options.base);
  const realBase = await realpath(base).catch(() => base);
  const found = new Map<string, ResolvedFile>();
  for (const [index, entry] of entries.entries()) {
    const label = options.label?.(index) ?? '';
    const fail = (reason: string): never => {
      throw new FileArgumentError(`${label}${echo(entry)}: ${reason}`);
    };
    // Globs use '/'; on Windows a backslash is a separator too (elsewhere it may be part of a file name).
    const normalized = path.sep === '\\' ? entry.replace(/\\/g, '/') : entry;
    // Refused before anything is looked at: absolute paths, and relative ones that climb out (even if missing).
    if (options.fromConfig && (path.isAbsolute(normalized) || !isInside(path.resolve(base, normalized), base))) {
      fail('outside the project (the configuration may name only paths inside its folder)');
    }
    const files = hasMagic(normalized)
      ? await expandGlob(normalized, base, realBase, options, fail)
      : await expandPath(normalized, base, realBase, options, fail);
    if (files.length === 0 && hasMagic(normalized)) fail(options.requireFiles ?? 'no files match this pattern');
    for (const file of files) if (!found.has(file.realPath)) found.set(file.realPath, file);
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The walk root for a folder or glob base: the project (config folder or cwd), or the base itself when outside. */
function walkRoot(realStart: string, realBase: string): string {
  return isInside(realStart, realBase) ? realBase : realStart;
}

/** Refuses a configured path that resolves outside the project or into a VCS folder; returns its real path. */
async function confine(absolute: string, at: { base: string; realBase: string }, fromConfig: boolean, fail: (reason: string) => never): Promise<string> {
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return fail('no such file or directory');
  }
  if (fromConfig && !isInside(real, at.realBase)) fail('outside the project (the configuration may name only paths inside its folder)');
  const vcs = vcsFolderOn(absolute, at.base) ?? vcsFolderOn(real, at.realBase);
  if (vcs !== undefined) fail(`inside a version-control folder (${vcs}); refused`);
  return real;
}

async function expandPath(entry: string, base: string, realBase: string, options: ResolveOptions, fail: (reason: string) => never): Promise<ResolvedFile[]> {
  const absolute = path.resolve(base, entry);
  const fromConfig = options.fromConfig ?? false;
  let info;
  try {
    info = await stat(absolute);
  } catch {
    return fail('no such file or directory');
  }
  if (info.isFile()) {
    // A file named on the command line is the user's own choice and taken as given.
    const real = fromConfig ? await confine(absolute, { base, realBase }, true, fail) : await realpath(absolute).catch(() => absolute);
    return [{ path: absolute, realPath: real, fromConfig, projectRoot: realBase, discovered: false }];
  }
  if (!info.isDirectory()) return fail('not a file or directory');
  const real = await confine(absolute, { base, realBase }, fromConfig, fail);
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const walk = { root: walkRoot(real, realBase), fromConfig, options };
  const files = await crawl(absolute, '**/*', false, walk, (file) => extensions.includes(path.extname(file).toLowerCase()));
  if (files.length === 0 && options.requireFiles) fail(options.requireFiles);
  return files;
}

/** Splits a pattern into the folder to walk from (no magic in it) and the rest. */
function splitBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex(hasMagic);
  const base = segments.slice(0, firstMagic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, rest: segments.slice(firstMagic).join('/') };
}

async function expandGlob(pattern: string, base: string, realBase: string, options: ResolveOptions, fail: (reason: string) => never): Promise<ResolvedFile[]> {
  const problem = globProblem(pattern);
  if (problem !== undefined) fail(problem);
  const { base: start, rest } = splitBase(pattern);
  const absolute = path.resolve(base, start);
  const fromConfig = options.fromConfig ?? false;
  let info;
  try {
    info = await stat(absolute);
  } catch {
    return []; // a glob below a missing folder matches nothing
  }
  if (!info.isDirectory()) return [];
  const real = await confine(absolute, { base, realBase }, fromConfig, fail);
  // Hidden files only when the pattern spells a leading dot, as shells do.
  const dot = rest.split('/').some((segment) => segment.startsWith('.'));
  return crawl(absolute, rest, dot, { root: walkRoot(real, realBase), fromConfig, options }, () => true);
}

const SKIP_PATTERNS = WALK_SKIPPED_DIRECTORIES.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

/** Files below `start` matching `pattern`; symlinks are followed only while their targets stay inside the root. */
async function crawl(start: string, pattern: string, dot: boolean, walk: Walk, accept: (file: string) => boolean): Promise<ResolvedFile[]> {
  const skipped: { link: string; folder: boolean; reason: string }[] = [];
  const fs: FileSystemAdapter = {
    realpath: ((link: string, callback: (error: Error | null, resolved?: string) => void) => {
      realpathCallback(link, (error, resolved) => {
        if (error) return callback(error);
        const vcs = vcsFolderOn(resolved, walk.root);
        const reason = !isInside(resolved, walk.root) ? 'leads outside the project' : vcs !== undefined ? `leads into a version-control folder (${vcs})` : undefined;
        if (reason === undefined) return callback(null, resolved);
        statCallback(resolved, (_statError, info) => {
          skipped.push({ link, folder: info?.isDirectory() ?? false, reason });
          callback(new Error(`symlink ${reason}`)); // the crawler drops entries whose link cannot be resolved
        });
      });
    }) as FileSystemAdapter['realpath'],
  };
  const { glob } = await import('tinyglobby');
  const relative = await glob(pattern, {
    cwd: start,
    dot,
    fs,
    ignore: SKIP_PATTERNS,
    expandDirectories: false,
    extglob: false,
    followSymbolicLinks: true,
    onlyFiles: true,
  });
  const displayCwd = walk.options.displayCwd ?? walk.options.base;
  for (const { link, folder, reason } of skipped.sort((a, b) => (a.link < b.link ? -1 : 1))) {
    if (!folder && !accept(link)) continue;
    walk.options.warn?.(`${echo(displayPath(link, displayCwd), 200)}: symlink ${reason}, ${folder ? 'not followed' : 'skipped'}`);
  }
  const files: ResolvedFile[] = [];
  for (const name of relative) {
    const file = path.join(start, name);
    if (!accept(file)) continue;
    const real = await realpath(file).catch(() => undefined);
    // The crawler resolved every link on the way; this re-check costs one call per file and guards the rule itself.
    if (real === undefined || !isInside(real, walk.root) || vcsFolderOn(real, walk.root) !== undefined) continue;
    files.push({ path: file, realPath: real, fromConfig: walk.fromConfig, projectRoot: walk.root, discovered: true });
  }
  return files;
}

/** How a file is shown in reports: relative to cwd with '/' separators when inside it, absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}
