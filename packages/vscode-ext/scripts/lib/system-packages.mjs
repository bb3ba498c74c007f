// System packages from apt: Chromium (drives the workbench) and, while code-server compiles its native modules,
// libkrb5-dev and a C++ toolchain. Installed only when missing, and only as root; otherwise a clear error says what
// to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { step } from './log.mjs';

/** The Chromium executable: $NATOLEX_CHROMIUM, else `chromium` or `chromium-browser` on PATH; undefined if none. */
export function findChromium() {
  if (process.env.NATOLEX_CHROMIUM) return process.env.NATOLEX_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser']) {
    const found = commandPath(name);
    if (found) return found;
  }
  return undefined;
}

export function ensureSystemPackages({ forCodeServerBuild }) {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (forCodeServerBuild) {
    // kerberos (a code-server dependency) fails to compile without it, and npm then rolls back the whole install.
    if (!commandPath('krb5-config') && !debianPackageInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
    if (!commandPath('make') || !commandPath('g++')) missing.push('build-essential');
    if (!commandPath('python3')) missing.push('python3');
  }
  if (missing.length === 0) return;

  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (!commandPath('apt-get')) {
    throw new Error(`missing system packages: ${missing.join(', ')}. Install them with your package manager (on Debian/Ubuntu: ${command}); set NATOLEX_CHROMIUM if Chromium lives elsewhere`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(`missing system packages: ${missing.join(', ')}. Install them as root, then run this again:\n  sudo sh -c '${command}'`);
  }
  step(`installing system packages with apt-get: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', ...missing], env);
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
}

function commandPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  return undefined;
}

function debianPackageInstalled(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}
