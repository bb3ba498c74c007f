// Types of third-party-notices.mjs, for the tsup configs and tests that import it.
import type { Plugin } from 'esbuild';

export interface Notice {
  name: string;
  version: string;
  license: string;
  repository: string | undefined;
  text: string | undefined;
}
export function packageFolderOf(inputPath: string): string | undefined;
export function noticeOf(folder: string): Notice;
export function renderNotices(product: string, notices: readonly Notice[]): string;
/** `listFile`: where to write the bundled packages' folders (relative to it), for bundles made from this one. */
export function thirdPartyNotices(product: string, outFile: string, seen?: Set<string>, listFile?: string): Plugin;
