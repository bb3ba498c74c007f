#!/usr/bin/env node
// The release check of @natolex/data: the built lexicon (packages/data/dist/lexicon.json) against the last released
// one (packages/data/released/lexicon.json), by @natolex/interchange's diffLexicons and its versioning policy
// (an id or term removed or renamed: major; something added: minor; wording: patch). It refuses (exit 1) when the
// bump declared for @natolex/data is smaller than the diff needs. The declared bump is the larger of
//   - the pending changesets that name @natolex/data (before `npm run version-packages`), and
//   - packages/data/package.json's version against the released lexicon's version (after it).
//
//   node scripts/check-data-bump.mjs [--build]       check (with --build: build schema, interchange and data first)
//   node scripts/check-data-bump.mjs --record        after a release: the built lexicon becomes the released one
//
// `npm run release` runs it first. The CHANGELOG section of a release: scripts/data-changelog.mjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RELEASED = path.join(ROOT, 'packages/data/released/lexicon.json');
export const CURRENT = path.join(ROOT, 'packages/data/dist/lexicon.json');
const DATA = '@natolex/data';
const RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/** The interchange package's diff API (its built dist). */
export async function interchange() {
  const entry = path.join(ROOT, 'packages/interchange/dist/index.js');
  if (!existsSync(entry)) throw new Error('packages/interchange is not built: run `npm run build -w @natolex/interchange` (or pass --build)');
  return import(pathToFileURL(entry).href);
}

/** The largest bump the pending changesets in `dir` give `name` ('none' when none names it). */
export function changesetBump(dir, name = DATA) {
  let bump = 'none';
  if (!existsSync(dir)) return bump;
  for (const file of readdirSync(dir).filter((entry) => entry.endsWith('.md') && entry !== 'README.md')) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '';
    for (const line of front.split(/\r?\n/)) {
      const match = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (match && match[1] === name && RANK[match[2]] > RANK[bump]) bump = match[2];
    }
  }
  return bump;
}

/** The bump from one version to the next: 'none' when equal (or lower); x.y.z compared part by part. */
export function versionBump(from, to) {
  const parse = (version) => /^(\d+)\.(\d+)\.(\d+)/.exec(version ?? '')?.slice(1).map(Number);
  const [a, b] = [parse(from), parse(to)];
  if (!a || !b) return 'none';
  if (b[0] !== a[0]) return b[0] > a[0] ? 'major' : 'none';
  if (b[1] !== a[1]) return b[1] > a[1] ? 'minor' : 'none';
  return b[2] > a[2] ? 'patch' : 'none';
}

/**
 * The decision on two lexicons: the diff, the bump it needs, the bump declared, and whether that is enough.
 * `api` is the interchange package (diffLexicons, requiredBump, bumpCovers, formatDiffText).
 */
export function decide(api, { released, current, pendingBump, version }) {
  const diff = api.diffLexicons(released, current);
  const needed = api.requiredBump(diff);
  const byVersion = versionBump(released.version, version);
  const declared = RANK[pendingBump] >= RANK[byVersion] ? pendingBump : byVersion;
  return { diff, needed, declared, ok: api.bumpCovers(declared, needed) };
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function main(argv) {
  if (argv.includes('--record')) {
    copyFileSync(CURRENT, RELEASED);
    console.log(`check-data-bump: ${path.relative(ROOT, CURRENT)} recorded as the released lexicon (${path.relative(ROOT, RELEASED)}); commit it`);
    return 0;
  }
  if (argv.includes('--build')) {
    const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', '@natolex/schema', '-w', '@natolex/interchange', '-w', DATA], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) throw new Error('the build failed');
  }
  const api = await interchange();
  const outcome = decide(api, {
    released: readJson(RELEASED),
    current: readJson(CURRENT),
    pendingBump: changesetBump(path.join(ROOT, '.changeset')),
    version: readJson(path.join(ROOT, 'packages/data/package.json')).version,
  });
  const summary = `${DATA}: the lexicon changes need a ${outcome.needed} bump; declared: ${outcome.declared}`;
  if (outcome.ok) {
    console.log(`check-data-bump: ${summary}: ok`);
    return 0;
  }
  console.error(`check-data-bump: ${summary}: refused.\n\n${api.formatDiffText(outcome.diff)}\nAdd a changeset (npx changeset) that bumps ${DATA} by at least ${outcome.needed}.`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`check-data-bump: ${error.message}`);
      process.exitCode = 2;
    },
  );
}
