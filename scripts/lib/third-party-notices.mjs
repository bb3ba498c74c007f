// The licences of the third-party packages inlined into a shipped bundle (the extension's dist/extension.cjs,
// dist/citeproc.cjs and dist/web/extension.cjs; the language server's web-worker build). Their notices must travel
// with the bundle: MIT/ISC/BSD
// ask for the copyright notice, and citeproc-js (CPAL-1.0 OR AGPL-1.0) asks for its licence text and where its
// source is. The list comes from esbuild's own record of the files it bundled, so it cannot go stale.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** `node_modules/@scope/name/...` or `node_modules/name/...` → the package folder, for the innermost node_modules. */
export function packageFolderOf(inputPath) {
  const parts = inputPath.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1 || at + 1 >= parts.length) return undefined;
  const scoped = parts[at + 1].startsWith('@');
  if (scoped && at + 2 >= parts.length) return undefined;
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

/** The SPDX expression, or the older `licenses: [{ type }]` form some packages still use. */
function licenceOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (typeof manifest.license?.type === 'string') return manifest.license.type;
  const types = Array.isArray(manifest.licenses) ? manifest.licenses.map((entry) => entry?.type).filter((type) => typeof type === 'string') : [];
  return types.length > 0 ? types.join(' OR ') : 'see the licence text';
}

/** One notice per package: name, version, licence, repository and the licence file's text (if it ships one). */
export function noticeOf(folder) {
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(folder).find((name) => LICENCE_FILE.test(name));
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return {
    name: manifest.name,
    version: manifest.version,
    license: licenceOf(manifest),
    repository,
    text: licenceFile === undefined ? undefined : readFileSync(path.join(folder, licenceFile), 'utf8').trim(),
  };
}

export function renderNotices(product, notices) {
  const header =
    `Third-party software bundled in ${product}\n\n` +
    'These files include the following packages. Each is distributed under its own licence, quoted\n' +
    'below as the package ships it, with the repository its source is in (citeproc-js offers a choice of licences:\n' +
    'its licence file gives the terms of each).\n';
  const body = notices.map(({ name, version, license, repository, text }) =>
    [`${'='.repeat(78)}`, `${name} ${version} — ${license}`, repository ? `Source: ${repository}` : undefined, '', text ?? '(the package ships no licence file; its package.json names the licence above)']
      .filter((line) => line !== undefined)
      .join('\n'),
  );
  return `${header}\n${body.join('\n\n')}\n`;
}

/**
 * An esbuild plugin (needs `metafile: true`) for every bundle that ships: it adds the packages each build bundled to
 * one shared set and rewrites `outFile` with the union, sorted, so the file is the same whichever build ends last.
 * A bundled file with a `third-party.json` beside it (a natolex package's dist that inlines packages, e.g. the
 * language service's Markdown parser) adds the folders that file lists. With `listFile`, the folders are also written
 * there (relative to it) for the bundles made from this one.
 */
export function thirdPartyNotices(product, outFile, seen = new Set(), listFile = undefined) {
  return {
    name: 'natolex-third-party-notices',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (result.errors.length > 0 || result.metafile === undefined) return;
        const sidecars = new Set();
        for (const input of Object.keys(result.metafile.inputs)) {
          const folder = packageFolderOf(input);
          if (folder !== undefined && existsSync(path.join(folder, 'package.json'))) seen.add(path.resolve(folder));
          // A natolex bundle that inlines packages itself lists their folders beside it (see `listFile`).
          const sidecar = path.join(path.dirname(path.resolve(input)), 'third-party.json');
          if (!sidecars.has(sidecar) && existsSync(sidecar)) {
            sidecars.add(sidecar);
            for (const relative of JSON.parse(readFileSync(sidecar, 'utf8'))) {
              const listed = path.resolve(path.dirname(sidecar), relative);
              if (existsSync(path.join(listed, 'package.json'))) seen.add(listed);
            }
          }
        }
        if (listFile !== undefined) {
          const relative = [...seen].map((folder) => path.relative(path.dirname(path.resolve(listFile)), folder).split(path.sep).join('/')).sort();
          mkdirSync(path.dirname(listFile), { recursive: true });
          writeFileSync(listFile, `${JSON.stringify(relative, null, 2)}\n`);
        }
        const byName = new Map();
        for (const folder of seen) {
          const notice = noticeOf(folder);
          if (!notice.name?.startsWith('@natolex/')) byName.set(`${notice.name}@${notice.version}`, notice);
        }
        const notices = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // tsup writes the bundles after esbuild ends, so on a clean build the folder may not exist yet.
        mkdirSync(path.dirname(outFile), { recursive: true });
        writeFileSync(outFile, renderNotices(product, notices));
      });
    },
  };
}
