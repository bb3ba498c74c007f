// Which glossaries apply to a workspace folder, and loading them through the host: every *.natolex.json under the
// folder, plus the paths a setting names (natolex.glossaries), relative to the folder and confined to it: a
// workspace's settings may be hostile, and must not make natolex read files elsewhere.
import { checkGlossaries, type GlossaryCheck, type GlossaryCheckOptions, type GlossaryInput } from '../glossary/load.js';
import type { WorkspaceHost } from './host.js';
import { DEFAULT_LIMITS, type WorkspaceLimits } from './policy.js';

export const GLOSSARY_GLOB = '**/*.natolex.json';

/** Most glossaries loaded per folder: each one more is another document to validate and merge. */
export const MAX_GLOSSARIES_PER_FOLDER = 200;

/** A folder's URI with one trailing slash. */
function asFolder(folder: string): string {
  return folder.endsWith('/') ? folder : `${folder}/`;
}

/**
 * The URI of a configured glossary path inside `folder`, or undefined when the path leaves the folder (absolute,
 * `..` above it, a drive letter, a scheme) or is empty. Backslashes count as separators, as Windows users write them.
 */
export function resolveInFolder(folder: string, relative: string): string | undefined {
  const segments: string[] = [];
  if (relative === '' || /^[\\/]|^[a-zA-Z]:|^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(relative)) return undefined;
  for (const segment of relative.split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.pop() === undefined) return undefined;
      continue;
    }
    segments.push(encodeURIComponent(segment));
  }
  return segments.length === 0 ? undefined : asFolder(folder) + segments.join('/');
}

/** Whether a URI is a glossary of `folder` (found by the glob or named by the setting). */
export function isGlossaryUri(uri: string, folder: string, configured: readonly string[] = []): boolean {
  if (!uri.startsWith(asFolder(folder))) return false;
  return uri.endsWith('.natolex.json') || configured.some((path) => resolveInFolder(folder, path) === uri);
}

/** The URIs of a folder's glossaries: found by GLOSSARY_GLOB, plus the configured paths; sorted, unique, bounded. */
export async function glossaryUrisFor(host: WorkspaceHost, folder: string, configured: readonly string[] = []): Promise<string[]> {
  const found = new Set<string>();
  try {
    for (const uri of await host.listFiles(folder, GLOSSARY_GLOB)) found.add(uri);
  } catch {
    // Listing is not available on every file system (some virtual workspaces); configured paths still work there.
  }
  for (const path of configured) {
    const uri = resolveInFolder(folder, path);
    if (uri !== undefined) found.add(uri);
  }
  return [...found].sort().slice(0, MAX_GLOSSARIES_PER_FOLDER);
}

/** A folder-relative label for a URI (how messages name the file). */
export function labelFor(folder: string, uri: string): string {
  const base = asFolder(folder);
  const relative = uri.startsWith(base) ? uri.slice(base.length) : uri;
  try {
    return decodeURIComponent(relative);
  } catch {
    return relative;
  }
}

export interface FolderGlossaryOptions {
  /** The paths of the natolex.glossaries setting, relative to the folder. */
  configured?: readonly string[];
  limits?: Pick<WorkspaceLimits, 'maxGlossarySize'>;
  /** Texts the adapter already has (open, unsaved editors), by URI: used instead of the file. */
  openTexts?: ReadonlyMap<string, string>;
  /** The last good documents and whether to drop only invalid entries (see GlossaryCheckOptions). */
  previous?: GlossaryCheckOptions['previous'];
  dropInvalidEntries?: boolean;
}

export interface FolderGlossaries extends GlossaryCheck {
  folder: string;
  /** Every glossary URI looked at, loaded or not (to clear old diagnostics on them). */
  uris: string[];
}

async function inputFor(host: WorkspaceHost, folder: string, uri: string, options: FolderGlossaryOptions): Promise<GlossaryInput | undefined> {
  const label = labelFor(folder, uri);
  const open = options.openTexts?.get(uri);
  if (open !== undefined) return { key: uri, label, text: open };
  const limit = options.limits?.maxGlossarySize ?? DEFAULT_LIMITS.maxGlossarySize;
  try {
    const stat = host.stat ? await host.stat(uri) : { size: 0 };
    if (stat === undefined) return undefined; // a configured path that does not exist (yet): nothing to report
    if (stat.size > limit) return { key: uri, label, tooLarge: true, readError: `${stat.size} bytes, more than the limit of ${limit} bytes` };
    const bytes = await host.readFile(uri);
    if (bytes.length > limit) return { key: uri, label, tooLarge: true, readError: `${bytes.length} bytes, more than the limit of ${limit} bytes` };
    return { key: uri, label, bytes };
  } catch (error) {
    return { key: uri, label, readError: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Loads one folder's glossaries over the bundled corpus, editor-style (partial: a bad glossary is left out with its
 * problems, the others and the corpus keep serving). Never throws for a problem of the files.
 */
export async function loadFolderGlossaries(host: WorkspaceHost, folder: string, options: FolderGlossaryOptions = {}): Promise<FolderGlossaries> {
  const uris = await glossaryUrisFor(host, folder, options.configured);
  const inputs = (await Promise.all(uris.map((uri) => inputFor(host, folder, uri, options)))).filter((input): input is GlossaryInput => input !== undefined);
  return { folder, uris, ...checkGlossaries(inputs, { mode: 'partial', previous: options.previous, dropInvalidEntries: options.dropInvalidEntries }) };
}
