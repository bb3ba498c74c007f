// Builds dist/lexicon.json (and dist/nato-topics-u.cleaned.txt, the text every quote is a span of) from the raw
// seed and the curated files. Empties dist/ first: tsup runs after it with clean: false.
//
//   node scripts/build-lexicon.mjs [--curated <dir>] [--out <dir>]
//
// --curated reads the curated files from another folder and --out writes to another folder than dist/ (tests use
// both so that they never touch the package's dist/).
//
// Fails (exit 1) with one line per problem, naming the curated file and the entry, when the data is invalid against
// the schema, a quote is not verbatim, or any data lint rule reports an issue.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runLintRules } from '../lint/index.mjs';
import { buildLexicon } from './lib/build.mjs';
import { CURATED_DIR, PACKAGE_DIR } from './lib/curated.mjs';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : resolve(process.argv[index + 1] ?? '');
}
const curatedDir = option('--curated', CURATED_DIR);
const distDir = option('--out', join(PACKAGE_DIR, 'dist'));

function fail(heading, lines) {
  process.stderr.write(`build-lexicon: ${heading}\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
  process.exit(1);
}

let result;
try {
  result = buildLexicon({ curatedDir });
} catch (error) {
  fail('the build stopped', [error instanceof Error ? error.message : String(error)]);
}
if (result.problems.length > 0) fail(`${result.problems.length} problem(s) in the curated data`, result.problems);

let issues;
try {
  issues = runLintRules({ lexicon: result.document, cleanedText: result.cleanedText, skip: ['build-determinism'] });
} catch (error) {
  fail('a data lint rule stopped', [error instanceof Error ? error.message : String(error)]);
}
if (issues.length > 0) {
  fail(
    `${issues.length} data lint issue(s)`,
    issues.map(({ rule, where, message }) => `[${rule}] ${where ? `${where}: ` : ''}${message}`),
  );
}

// Only the package's own dist/ is emptied; an --out folder is written into, never wiped.
if (distDir === join(PACKAGE_DIR, 'dist')) rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });
writeFileSync(join(distDir, 'lexicon.json'), result.text);
writeFileSync(join(distDir, 'nato-topics-u.cleaned.txt'), result.cleanedText);

const { document } = result;
const counts = ['topics', 'snippets', 'concepts', 'events', 'sources'].map((key) => `${document[key].length} ${key}`);
process.stdout.write(`build-lexicon: wrote ${join(distDir, 'lexicon.json')} (${counts.join(', ')}; ${result.changes.length} cleaning changes)\n`);
