#!/usr/bin/env node
// The data CHANGELOG section of a release: the diff of the built lexicon against the released one, as Markdown,
// headed by @natolex/data's version. Prints it; with --out <file>, writes it there instead (paste it into
// packages/data/CHANGELOG.md under the version changesets wrote).
//
//   node scripts/data-changelog.mjs [--out <file>]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CURRENT, RELEASED, ROOT, interchange } from './check-data-bump.mjs';

const argv = process.argv.slice(2);
const out = argv[argv.indexOf('--out') + 1];
const api = await interchange();
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const released = read(RELEASED);
const version = read(path.join(ROOT, 'packages/data/package.json')).version;
const markdown = api.formatDiffMarkdown(api.diffLexicons(released, read(CURRENT)), `${version} (lexicon changes since ${released.version ?? 'the last release'})`);
if (argv.includes('--out') && out) writeFileSync(out, markdown);
else process.stdout.write(markdown);
