// File arguments: plain paths, directories (their Markdown and text files) and globs with *, **, ?, [...] and
// {a,b}. Node 20 has no stable fs.glob, and the matcher is small enough not to justify a dependency.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Extensions checked when a directory is given. */
export const DEFAULT_EXTENSIONS = ['.md', '.markdown', '.txt'];

/** Folders never walked into: dependencies, VCS data, build output. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', '.turbo', '.cache']);

export class FileArgumentError extends Error {}

export function hasMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Expands {a,b} alternatives (nested braces too) into separate patterns. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      if (commas.length === 0) break; // "{x}" is literal
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      const bounds = [open, ...commas, i];
      const alternatives = bounds.slice(1).map((end, n) => pattern.slice((bounds[n] as number) + 1, end));
      return alternatives.flatMap((alternative) => expandBraces(`${head}${alternative}${tail}`));
    } else if (ch === ',' && depth === 1) commas.push(i);
  }
  return [pattern];
}

/** A regular expression for a glob over '/'-separated paths: ** spans folders, * and ? stay within one. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  const segments = pattern.split('/');
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    for (let i = 0; i < segment.length; i++) {
      const ch = segment[i] as string;
      if (ch === '*') source += '[^/]*';
      else if (ch === '?') source += '[^/]';
      else if (ch === '[') {
        const close = segment.indexOf(']', i + 2);
        if (close === -1) source += '\\[';
        else {
          const body = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
          source += `[${body}]`;
          i = close;
        }
      } else source += ch.replace(/[.+^$()|\\{}\]]/g, '\\$&');
    }
    if (!last) source += '/';
  });
  return new RegExp(`^${source}$`);
}

/** Splits a pattern into the folder to walk from (no magic in it) and the rest. */
function splitBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex(hasMagic);
  const baseSegments = segments.slice(0, firstMagic);
  const base = baseSegments.join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, rest: segments.slice(firstMagic).join('/') };
}

async function* walk(directory: string, relative: string, includeDot: boolean): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    return; // unreadable folders are skipped like missing ones
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!includeDot && entry.name.startsWith('.')) continue;
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) yield* walk(path.join(directory, entry.name), child, includeDot);
    } else if (entry.isFile()) yield child;
  }
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { base, rest } = splitBase(pattern);
  const matcher = globToRegExp(rest);
  const includeDot = rest.split('/').some((segment) => segment.startsWith('.'));
  const root = path.resolve(cwd, base);
  const found: string[] = [];
  for await (const relative of walk(root, '', includeDot)) {
    if (matcher.test(relative)) found.push(path.join(root, relative));
  }
  return found;
}

async function expandPath(argument: string, cwd: string, extensions: readonly string[]): Promise<string[]> {
  const absolute = path.resolve(cwd, argument);
  let info;
  try {
    info = await stat(absolute);
  } catch {
    throw new FileArgumentError(`${argument}: no such file or directory`);
  }
  if (info.isFile()) return [absolute];
  if (!info.isDirectory()) throw new FileArgumentError(`${argument}: not a file or directory`);
  const found: string[] = [];
  for await (const relative of walk(absolute, '', false)) {
    if (extensions.includes(path.extname(relative).toLowerCase())) found.push(path.join(absolute, relative));
  }
  return found;
}

/**
 * Absolute paths of the files the arguments name, sorted and without duplicates. A glob that matches nothing, or a
 * missing path, is an error: a CI job that silently checks no files would pass for the wrong reason.
 */
export async function resolveFileArguments(
  argumentsList: readonly string[],
  cwd: string,
  extensions: readonly string[] = DEFAULT_EXTENSIONS,
): Promise<string[]> {
  const files = new Set<string>();
  for (const argument of argumentsList) {
    // Globs use '/'; on Windows a backslash is a separator too (elsewhere it may be part of a file name).
    const normalized = path.sep === '\\' ? argument.replace(/\\/g, '/') : argument;
    if (!hasMagic(normalized)) {
      for (const file of await expandPath(argument, cwd, extensions)) files.add(file);
      continue;
    }
    let matched = 0;
    for (const pattern of expandBraces(normalized)) {
      for (const file of await expandGlob(pattern, cwd)) {
        files.add(file);
        matched++;
      }
    }
    if (matched === 0) throw new FileArgumentError(`${argument}: no files match this pattern`);
  }
  return [...files].sort();
}

/** How a file is shown in reports: relative to cwd with '/' separators when inside it, absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}
