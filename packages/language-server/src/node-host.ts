// The WorkspaceHost on the local file system, for the stdio server: file: URIs only (a client's other schemes are
// not files here). Listing skips VCS folders and node_modules and never follows symbolic links, so a hostile
// repository cannot point the glossary walk outside itself; the language service bounds what is read.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceHost } from '@natolex/language-service';
import { glob } from 'tinyglobby';

const SKIPPED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'];
/** Deepest folder level walked for glossaries. */
const MAX_DEPTH = 16;

function pathOf(uri: string): string {
  if (!uri.startsWith('file:')) throw new Error(`not a file: URI (${uri.slice(0, 80)})`);
  return fileURLToPath(uri);
}

/** A file URI as clients write it (VS Code and Neovim encode the same way as pathToFileURL). */
function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function createNodeHost(): WorkspaceHost {
  return {
    readFile: async (uri) => new Uint8Array(await readFile(pathOf(uri))),
    stat: async (uri) => {
      try {
        const info = await stat(pathOf(uri));
        return info.isFile() ? { size: info.size } : undefined;
      } catch {
        return undefined;
      }
    },
    listFiles: async (folder, pattern) => {
      const root = pathOf(folder);
      const found = await glob(pattern, { cwd: root, absolute: true, ignore: SKIPPED, followSymbolicLinks: false, deep: MAX_DEPTH, onlyFiles: true, dot: false });
      return found.map(uriOf);
    },
  };
}
