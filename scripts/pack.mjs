#!/usr/bin/env node
// npm run pack: writes the package tarballs of @natolex/schema, @natolex/data, @natolex/language-service, @natolex/cli and @natolex/language-server and the extension's
// VSIX into dist-pack/ (git-ignored), checks what is inside each of them, and prints where they are.
//
//   node scripts/pack.mjs [--skip-build] [--out <folder>]
//
// The release script imports packArtifacts() from here, so what is published is exactly what was checked.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = path.join(ROOT, 'dist-pack');

/** The published packages, in dependency order (each depends only on the ones before it). */
// `typesProfile` is the arethetypeswrong profile the package must pass: schema and data are dual ESM/CommonJS for
// Node 16+ resolution (node10 cannot see subpath exports); the CLI is ESM only.
export const PACKAGES = [
  { name: '@natolex/schema', dir: 'packages/schema', typesProfile: 'node16' },
  { name: '@natolex/interchange', dir: 'packages/interchange', typesProfile: 'node16' },
  { name: '@natolex/data', dir: 'packages/data', typesProfile: 'node16' },
  { name: '@natolex/language-service', dir: 'packages/language-service', typesProfile: 'node16' },
  { name: '@natolex/cli', dir: 'packages/cli', typesProfile: 'esm-only' },
  // The server's ./browser entry is a classic web-worker script with no API, so no types to check there.
  { name: '@natolex/language-server', dir: 'packages/language-server', typesProfile: 'esm-only', untypedEntrypoints: ['./browser'] },
];
export const EXTENSION_DIR = 'packages/vscode-ext';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Runs a command with inherited output; throws with the command line when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) {
    throw new Error(`\`${[command, ...args].join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  return result;
}

/** Runs a command and returns its standard output (standard error passes through). */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(`\`${[command, ...args].join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  return result.stdout;
}

/** Runs a check whose output only matters when it fails. */
function quietCheck(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    throw new Error(`\`${[command, ...args].join(' ')}\` failed:\n${result.stdout}${result.stderr}`);
  }
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

// Files that never belong in a published artifact: dependencies, sources, tests, build and editor leftovers.
const UNWANTED = [
  [/(^|\/)node_modules\//, 'node_modules'],
  [/(^|\/)(src|test|tests|__tests__|coverage|\.vscode-test|\.turbo|\.cache|out)\//, 'source, test or build folder'],
  [/\.test\.[cm]?[jt]sx?$|\.spec\.[cm]?[jt]sx?$/, 'test file'],
  [/(?<!\.d)\.[cm]?ts$/, 'TypeScript source'],
  [/\.map$/, 'source map'],
  [/(^|\/)(tsconfig[^/]*\.json|tsup\.config\.[cm]?[jt]s|vitest\.config\.[cm]?[jt]s|eslint\.config\.[cm]?js|\.eslintrc[^/]*)$/, 'build configuration'],
  [/\.(tgz|vsix|tsbuildinfo|log)$/, 'build leftover'],
];

/** Why a packed file is unwanted, or undefined when it is fine. */
export function unwantedReason(file) {
  return UNWANTED.find(([pattern]) => pattern.test(file))?.[1];
}

/** `npm pack` of one workspace into `out`; returns npm's description of the tarball (name, version, files, size). */
export function packPackage(pkg, out) {
  const [info] = JSON.parse(capture(npm, ['pack', '--json', '--pack-destination', out], { cwd: path.join(ROOT, pkg.dir) }));
  const problems = [];
  const files = info.files.map((file) => file.path);
  for (const file of files) {
    const reason = unwantedReason(file);
    if (reason) problems.push(`${file} (${reason})`);
  }
  const manifest = readJson(path.join(ROOT, pkg.dir, 'package.json'));
  for (const target of exportTargets(manifest)) {
    if (!files.includes(target)) problems.push(`${target} is named in package.json but not packed`);
  }
  if (problems.length > 0) throw new Error(`${info.filename} is not clean:\n  ${problems.join('\n  ')}`);
  const tarball = path.join(out, info.filename);
  // package.json lint (publint) and type resolution of every export (arethetypeswrong), both offline.
  quietCheck(npx, ['publint', '--strict', pkg.dir]);
  const exclude = pkg.untypedEntrypoints ? ['--exclude-entrypoints', ...pkg.untypedEntrypoints] : [];
  quietCheck(npx, ['attw', tarball, '--profile', pkg.typesProfile, ...exclude, '--format', 'ascii', '--no-emoji', '--no-color']);
  return { ...info, path: tarball };
}

/** Every file package.json promises: main, module, types, bin and exports targets. */
function exportTargets(manifest) {
  const targets = [manifest.main, manifest.module, manifest.types];
  const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  targets.push(...bins);
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  return [...new Set(targets.filter((t) => typeof t === 'string' && !t.includes('*')).map((t) => t.replace(/^\.\//, '')))];
}

/** The entries of a zip file (a VSIX is one), with a reader for each entry's bytes. No dependencies, no ZIP64. */
export function readZip(file) {
  const bytes = readFileSync(file);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd === -1) throw new Error(`${file} is not a zip file`);
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localHeader = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({
      name,
      size,
      read() {
        const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
        const data = bytes.subarray(start, start + compressedSize);
        if (method === 0) return data;
        if (method === 8) return inflateRawSync(data);
        throw new Error(`${name}: unsupported compression method ${method}`);
      },
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks a VSIX: the manifest and the extension's main bundle are there, so is every file a bundle requires, the corpus is bundled (some packaged file
 * contains an expansion from the built lexicon), the licences of the bundled packages are there, and nothing else slipped in (no node_modules, sources or tests).
 */
export function checkVsix(file, extensionManifest, lexicon) {
  const entries = readZip(file);
  const names = entries.map((entry) => entry.name);
  const problems = [];
  for (const name of names) {
    const reason = unwantedReason(name.replace(/^extension\//, ''));
    if (reason) problems.push(`${name} (${reason})`);
  }
  const main = `extension/${extensionManifest.main.replace(/^\.\//, '')}`;
  for (const required of ['extension.vsixmanifest', 'extension/package.json', main]) {
    if (!names.includes(required)) problems.push(`${required} is missing`);
  }
  // A bundle that requires a file of its own on first use (dist/extension.cjs -> dist/engine.cjs -> dist/citeproc.cjs)
  // would fail only then if that file were left out of the VSIX.
  for (const entry of entries.filter((candidate) => /^extension\/dist\/.+\.c?js$/.test(candidate.name))) {
    for (const [, request] of entry.read().toString().matchAll(/\brequire\(["'](\.\.?\/[^"']+)["']\)/g)) {
      const target = path.posix.join(path.posix.dirname(entry.name), request);
      if (!names.includes(target)) problems.push(`${entry.name} requires ${request}, which is not packaged`);
    }
  }
  // The bundles inline third-party code, so their licences must ship too (the build writes them from its metafile).
  const notices = entries.find((entry) => entry.name === 'extension/dist/ThirdPartyNotices.txt');
  if (!notices) problems.push('extension/dist/ThirdPartyNotices.txt is missing (the licences of the bundled packages)');
  else if (names.includes('extension/dist/citeproc.cjs') && !/^citeproc \S+ — /m.test(notices.read().toString())) {
    problems.push('extension/dist/ThirdPartyNotices.txt does not list citeproc, which dist/citeproc.cjs bundles');
  }
  // Bundlers may escape non-ASCII characters (\u2019), so look for expansions written in ASCII only.
  // The full forms of the concepts that have an acronym (what a hover or an expansion shows).
  const samples = (lexicon.concepts ?? [])
    .filter((concept) => concept.terms.some((term) => term.type === 'acronym'))
    .flatMap((concept) => concept.terms.filter((term) => term.type === 'fullForm' && term.status === 'preferred').map((term) => term.text))
    .filter((text) => /^[\x20-\x7e]+$/.test(text));
  const sample = samples[samples.length >> 1];
  if (!sample) problems.push('the built lexicon (packages/data/dist/lexicon.json) has no concepts with an acronym to look for');
  else {
    const bundled = entries.some((entry) => /\.(c?js|mjs|json)$/.test(entry.name) && entry.read().includes(sample));
    if (!bundled) problems.push(`no packaged file contains the corpus (looked for "${sample}")`);
  }
  if (problems.length > 0) throw new Error(`${path.basename(file)} is not clean:\n  ${problems.join('\n  ')}`);
  return names;
}

/** Packs the three packages and the VSIX into `out`; returns what it wrote. Throws when a check fails. */
export function packArtifacts({ out = DEFAULT_OUT, build = true, log = console.log } = {}) {
  if (build) run(npm, ['run', 'build']);
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out)) if (/\.(tgz|vsix)$/.test(old)) rmSync(path.join(out, old));

  const tarballs = PACKAGES.map((pkg) => packPackage(pkg, out));

  const extensionManifest = readJson(path.join(ROOT, EXTENSION_DIR, 'package.json'));
  run(npm, ['run', 'package', '-w', extensionManifest.name]);
  const vsixName = `${extensionManifest.name}-${extensionManifest.version}.vsix`;
  const vsix = path.join(out, vsixName);
  copyFileSync(path.join(ROOT, EXTENSION_DIR, vsixName), vsix);
  const vsixFiles = checkVsix(vsix, extensionManifest, readJson(path.join(ROOT, 'packages/data/dist/lexicon.json')));

  log('');
  log(`Artifacts in ${path.relative(process.cwd(), out) || '.'}/ :`);
  for (const tarball of tarballs) {
    log(`  ${tarball.filename.padEnd(32)} ${kilobytes(tarball.size).padStart(9)}  ${tarball.entryCount} files  (${tarball.id})`);
  }
  log(`  ${vsixName.padEnd(32)} ${kilobytes(statSync(vsix).size).padStart(9)}  ${vsixFiles.length} files:`);
  for (const name of vsixFiles) log(`      ${name}`);
  return { out, tarballs, vsix: { path: vsix, files: vsixFiles, version: extensionManifest.version } };
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const out = outIndex === -1 ? DEFAULT_OUT : path.resolve(argv[outIndex + 1] ?? '');
  const unknown = argv.filter((arg, i) => !['--skip-build', '--out'].includes(arg) && argv[i - 1] !== '--out');
  if (argv.includes('--help') || unknown.length > 0) {
    console.log('Usage: npm run pack [-- --skip-build] [-- --out <folder>]');
    return argv.includes('--help') ? 0 : 2;
  }
  try {
    packArtifacts({ out, build: !argv.includes('--skip-build') });
    return 0;
  } catch (error) {
    console.error(`\npack: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
