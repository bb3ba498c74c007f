#!/usr/bin/env node
// npm run release: build, test, pack and check the artifacts, publish @natolex/schema, @natolex/data, @natolex/language-service, @natolex/cli and @natolex/language-server
// to npm (in dependency order, public access), tag the release, and leave the VSIX in dist-pack/.
//
//   npm run release                    the real thing (needs `npm login` or an NPM_TOKEN, a clean work tree, and no
//                                      pending changesets: run `npm run version-packages` and commit first)
//   npm run release -- --dry-run       everything but the upload and the tags; works offline (npm publish --dry-run)
//   options: --skip-tests (when CI has just run them), --tag <dist-tag> (default latest), --otp <code>
//
// The tarballs published are the ones `npm run pack` wrote and checked, not a second `npm pack`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PACKAGES, ROOT, capture, packArtifacts, readJson, run } from './pack.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const USAGE = 'Usage: npm run release [-- --dry-run] [--skip-tests] [--tag <dist-tag>] [--otp <code>]';

function parse(argv) {
  const options = { dryRun: false, skipTests: false, tag: 'latest', otp: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--skip-tests') options.skipTests = true;
    else if (arg === '--tag' && argv[i + 1]) options.tag = argv[++i];
    else if (arg === '--otp' && argv[i + 1]) options.otp = argv[++i];
    else if (arg === '--help' || arg === '-h') return { help: true };
    else return { error: `unknown argument '${arg}'` };
  }
  return { options };
}

/** Changeset files not yet turned into versions by `npm run version-packages`. */
function pendingChangesets() {
  return readdirSync(path.join(ROOT, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
}

function workTreeChanges() {
  try {
    return capture('git', ['status', '--porcelain']).trim();
  } catch {
    return ''; // not a git checkout (e.g. an unpacked source archive): nothing to compare against
  }
}

/** True when this exact version is already on the registry (then it is skipped, so a failed release can resume). */
function isPublished(name, version) {
  const result = spawnSync(npm, ['view', `${name}@${version}`, 'version', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status === 0) return result.stdout.trim() !== '';
  if (/E404|404 Not Found/.test(result.stderr)) return false; // the package (or this version) does not exist yet
  throw new Error(`cannot ask the registry about ${name}@${version}:\n${result.stderr.trim()}`);
}

/**
 * Each published package must depend on the versions of its siblings that are published with it (changesets keeps
 * the ranges at ^<new version>); otherwise installs would mix in an older sibling from the registry.
 */
function siblingRangeProblems() {
  const versions = new Map(PACKAGES.map((pkg) => [pkg.name, readJson(path.join(ROOT, pkg.dir, 'package.json')).version]));
  const problems = [];
  for (const pkg of PACKAGES) {
    const manifest = readJson(path.join(ROOT, pkg.dir, 'package.json'));
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
      const version = versions.get(name);
      if (version !== undefined && range.replace(/^[\^~]/, '') !== version) {
        problems.push(`${pkg.name} depends on ${name}@${range}, but ${name} is at ${version}`);
      }
    }
  }
  return problems;
}

function step(title) {
  console.log(`\n== ${title}`);
}

function release(options) {
  const mode = options.dryRun ? 'dry run' : 'release';
  const warnings = [];
  const refuse = (message) => {
    if (!options.dryRun) throw new Error(`${message} (a --dry-run only warns)`);
    warnings.push(message);
    console.warn(`warning: ${message}`);
  };

  step(`natolex ${mode}: preconditions`);
  const pending = pendingChangesets();
  if (pending.length > 0) refuse(`pending changesets (${pending.join(', ')}): run \`npm run version-packages\` and commit first`);
  const ranges = siblingRangeProblems();
  if (ranges.length > 0) throw new Error(`inconsistent internal dependencies:\n  ${ranges.join('\n  ')}`);
  const changes = workTreeChanges();
  if (changes) refuse(`the work tree has uncommitted changes:\n${changes}`);

  step('build');
  run(npm, ['run', 'build']);
  if (options.skipTests) console.log('tests skipped (--skip-tests)');
  else {
    step('test');
    run(npm, ['test']);
  }

  step('pack and check the artifacts');
  const { tarballs, vsix } = packArtifacts({ build: false });

  step(options.dryRun ? 'publish (dry run: nothing is uploaded)' : 'publish');
  const published = [];
  for (const pkg of PACKAGES) {
    const tarball = tarballs.find((t) => t.name === pkg.name);
    if (!options.dryRun && isPublished(tarball.name, tarball.version)) {
      console.log(`${tarball.id} is already on the registry; skipped`);
      continue;
    }
    const args = ['publish', tarball.path, '--access', 'public', '--tag', options.tag];
    // --offline: a dry run never needs the registry (without it npm still tries to reach it, and waits when it cannot).
    if (options.dryRun) args.push('--dry-run', '--offline');
    if (options.otp) args.push('--otp', options.otp);
    run(npm, args);
    published.push(tarball);
  }

  if (!options.dryRun && published.length > 0) {
    step('tag');
    run(npx, ['changeset', 'tag']);
  }

  step(options.dryRun ? 'dry run: what a release would publish' : 'released');
  for (const tarball of published) {
    console.log(`  npm   ${tarball.id.padEnd(26)} ${tarball.entryCount} files, ${(tarball.size / 1024).toFixed(1)} kB  (${path.relative(ROOT, tarball.path)})`);
  }
  console.log(`  vsix  natolex@${vsix.version.padEnd(18)} ${vsix.files.length} files  (${path.relative(ROOT, vsix.path)})`);
  console.log('        install: code --install-extension ' + path.relative(ROOT, vsix.path));
  if (!options.dryRun && published.length > 0) console.log('\nPush the tags: git push --follow-tags');
  if (warnings.length > 0) console.log(`\n${warnings.length} warning(s) that would stop a real release (see above).`);
}

const parsed = parse(process.argv.slice(2));
if (parsed.help || parsed.error) {
  if (parsed.error) console.error(`release: ${parsed.error}`);
  console.log(USAGE);
  process.exitCode = parsed.error ? 2 : 0;
} else {
  try {
    release(parsed.options);
  } catch (error) {
    console.error(`\nrelease: ${error.message}`);
    process.exitCode = 1;
  }
}
