#!/usr/bin/env node
// Every bench target in one list: reads packages/*/bench/results.json (what each package's `npm run bench` writes,
// `targets` as { value, limit, met }) and prints each target met or MISSED, with the package and when it was
// measured. A results file without targets is listed as such; one that cannot be read is reported, not skipped.
// Last step of the root `npm run bench`; `node scripts/bench-summary.mjs` alone reads the files already there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
const rows = [];
const notes = [];
for (const name of readdirSync(packagesDir).sort()) {
  const file = path.join(packagesDir, name, 'bench', 'results.json');
  if (!existsSync(file)) continue;
  const measured = statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ');
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    notes.push(`packages/${name}/bench/results.json cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const targets = Object.entries(results?.targets ?? {});
  if (targets.length === 0) notes.push(`packages/${name}/bench/results.json has no targets (written ${measured} UTC)`);
  for (const [target, { value, limit, met }] of targets) rows.push({ met: met === true, name, target, value, limit, measured });
}

const width = Math.max(0, ...rows.map((row) => row.name.length));
console.log(`\nbench targets (${rows.filter((row) => row.met).length} of ${rows.length} met)\n`);
for (const row of rows) {
  const value = row.value === undefined || row.value === null ? 'not measured' : `${row.value}, limit ${row.limit}`;
  console.log(`  ${row.met ? 'met    ' : 'MISSED '} ${row.name.padEnd(width)}  ${row.target} (${value}; results.json of ${row.measured} UTC)`);
}
for (const note of notes) console.log(`  ${note}`);
