// The build step that writes the licences of the packages a shipped bundle inlines (scripts/lib/third-party-notices.mjs),
// run here on a real esbuild build of a file that imports two installed packages.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFolderOf, renderNotices, thirdPartyNotices } from '../../../scripts/lib/third-party-notices.mjs';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'natolex-notices-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('packageFolderOf', () => {
  it.each([
    ['../../node_modules/ajv/dist/ajv.js', '../../node_modules/ajv'],
    ['node_modules/@scope/name/lib/x.js', 'node_modules/@scope/name'],
    ['node_modules/a/node_modules/b/index.js', 'node_modules/a/node_modules/b'],
    ['packages/data/dist/index.cjs', undefined],
    ['node_modules/@scope', undefined],
  ])('%s -> %s', (input, folder) => expect(packageFolderOf(input)).toBe(folder));
});

describe('thirdPartyNotices', () => {
  it('lists every installed package the bundle inlines, sorted, with its licence text, and not the entry itself', async () => {
    const entry = path.join(dir, 'entry.js');
    await writeFile(entry, "import { parse } from 'jsonc-parser';\nimport Ajv from 'ajv';\nexport const x = [parse, Ajv];\n");
    // A folder that does not exist yet, as on a clean build (tsup writes the bundles after esbuild ends).
    const out = path.join(dir, 'not-yet', 'notices.txt');
    await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: 'node',
      absWorkingDir: process.cwd(),
      nodePaths: [path.resolve('../../node_modules')],
      plugins: [thirdPartyNotices('a test bundle', out)],
      logLevel: 'silent',
    });
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('Third-party software bundled in a test bundle\n')).toBe(true);
    const listed = [...text.matchAll(/^(\S+) \S+ — (.+)$/gm)].map((match) => match[1]);
    expect(listed).toContain('ajv');
    expect(listed).toContain('jsonc-parser');
    expect(listed).toEqual([...listed].sort());
    expect(text).toMatch(/Copyright/);
  });

  it('writes the folders it lists for bundles made from this one, which add them from the third-party.json beside it', async () => {
    // First build: a library that inlines jsonc-parser, as the language service inlines its Markdown parser.
    const libraryDir = path.join(dir, 'library', 'dist');
    const libraryEntry = path.join(dir, 'library-entry.js');
    await writeFile(libraryEntry, "import { parse } from 'jsonc-parser';\nexport const read = parse;\n");
    const list = path.join(libraryDir, 'third-party.json');
    await build({
      entryPoints: [libraryEntry],
      bundle: true,
      outfile: path.join(libraryDir, 'index.js'),
      format: 'esm',
      platform: 'node',
      absWorkingDir: process.cwd(),
      nodePaths: [path.resolve('../../node_modules')],
      plugins: [thirdPartyNotices('a library', path.join(libraryDir, 'notices.txt'), new Set(), list)],
      logLevel: 'silent',
    });
    const folders = JSON.parse(await readFile(list, 'utf8')) as string[];
    expect(folders.some((folder) => folder.endsWith('node_modules/jsonc-parser'))).toBe(true);
    expect(folders.every((folder) => !path.isAbsolute(folder))).toBe(true);
    // Second build: an app that bundles the library's dist (no node_modules path of jsonc-parser in its inputs).
    const appEntry = path.join(dir, 'app-entry.js');
    await writeFile(appEntry, `import { read } from ${JSON.stringify(path.join(libraryDir, 'index.js'))};\nexport const x = read;\n`);
    const out = path.join(dir, 'app-notices.txt');
    await build({ entryPoints: [appEntry], bundle: true, write: false, platform: 'node', absWorkingDir: process.cwd(), plugins: [thirdPartyNotices('an app', out)], logLevel: 'silent' });
    const listed = [...(await readFile(out, 'utf8')).matchAll(/^(\S+) \S+ — (.+)$/gm)].map((match) => match[1]);
    expect(listed).toEqual(['jsonc-parser']);
  });

  it('renders a package without a licence file by its package.json licence', () => {
    expect(renderNotices('x', [{ name: 'p', version: '1.0.0', license: 'MIT', repository: undefined, text: undefined }])).toContain(
      'p 1.0.0 — MIT\n\n(the package ships no licence file',
    );
  });
});
