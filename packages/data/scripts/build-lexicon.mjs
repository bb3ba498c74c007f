// Builds dist/lexicon.json (and dist/nato-topics-u.cleaned.txt, the text every quote is a span of) from the raw
// seed and the curated files. Empties dist/ first: tsup runs after it with clean: false.
//
//   node scripts/build-lexicon.mjs
//
// Fails (exit 1) with one line per problem, naming the curated file and the entry, when the data is invalid against
// the schema, a quote is not verbatim, or any data lint rule reports an issue.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLintRules } from '../lint/index.mjs';
import { buildLexicon, OUTPUT_FILE } from './lib/build.mjs';
import { PACKAGE_DIR } from './lib/curated.mjs';

export const CLEANED_FILE = 'dist/nato-topics-u.cleaned.txt';

function fail(heading, lines) {
  process.stderr.write(`build-lexicon: ${heading}\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
  process.exit(1);
}

let result;
try {
  result = buildLexicon();
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

const distDir = join(PACKAGE_DIR, 'dist');
rmSync(distDir, { recursive: true, force: true });
mkdirSync(distDir, { recursive: true });
writeFileSync(join(PACKAGE_DIR, OUTPUT_FILE), result.text);
writeFileSync(join(PACKAGE_DIR, CLEANED_FILE), result.cleanedText);

const { document } = result;
const counts = ['topics', 'snippets', 'acronyms', 'terms', 'events', 'sources'].map((key) => `${document[key].length} ${key}`);
process.stdout.write(`build-lexicon: wrote ${OUTPUT_FILE} (${counts.join(', ')}; ${result.changes.length} cleaning changes)\n`);
