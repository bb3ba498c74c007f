#!/usr/bin/env node
// First step of `npm start` and `npm test`: installs from package-lock.json when node_modules is missing or does not
// match it, so that a fresh clone needs no separate `npm ci`. Built-in modules only (nothing is installed yet).
//
// "Matches" means every package the lockfile places under node_modules/ is there at the locked version (optional
// packages for other platforms are allowed to be absent) and workspace links point at their folders.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The first reason node_modules does not match the lockfile, or undefined when it does. */
export function staleReason(projectRoot) {
  const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8'));
  if (!existsSync(path.join(projectRoot, 'node_modules'))) return 'node_modules is missing';
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    if (!location.includes('node_modules/')) continue;
    const manifest = path.join(projectRoot, location, 'package.json');
    if (!existsSync(manifest)) {
      if (entry.optional) continue; // e.g. a native binary for another platform
      return `${location} is missing`;
    }
    if (entry.link) continue;
    const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
    if (installed !== entry.version) return `${location} is ${installed}, the lockfile says ${entry.version}`;
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = staleReason(root);
  if (reason !== undefined) {
    console.log(`natolex: installing from package-lock.json (${reason})`);
    const npm = process.env.npm_execpath;
    // Under `npm run`, npm_execpath is npm's own CLI script: run it with this Node, whatever the PATH holds.
    const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
    const result = spawnSync(command, [...args, 'ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
    const still = staleReason(root);
    if (still !== undefined) {
      console.error(`natolex: node_modules still does not match package-lock.json after npm ci: ${still}`);
      process.exit(1);
    }
  }
}
