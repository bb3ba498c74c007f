// The whole build as one function of its inputs (raw seed, curated files, version): cleaned text, assembled
// document, its canonical JSON text and every problem found. build-lexicon.mjs writes the result; the lint tests
// call it in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, validateLexiconText } from '@natolex/schema';
import { cleanSeed, readRawSeed } from '../clean.mjs';
import { assembleLexicon } from './assemble.mjs';
import { CURATED_DIR, PACKAGE_DIR, loadCurated } from './curated.mjs';
import { canonicalJson } from './text.mjs';

export const LEXICON_NAME = 'NATO A–Z topics: U';
export const OUTPUT_FILE = 'dist/lexicon.json';

export function packageVersion() {
  return JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
}

/**
 * Builds the lexicon in memory. Never writes. `problems` lists, as readable lines, everything that makes the
 * result unfit to ship (curation errors with their file, schema errors with the curated file they come from).
 */
export function buildLexicon({ raw = readRawSeed(), curatedDir = CURATED_DIR, version = packageVersion() } = {}) {
  const { text: cleanedText, changes } = cleanSeed(raw);
  const curated = loadCurated(curatedDir);
  const { document, origins, problems } = assembleLexicon({ curated, cleanedText, version, name: LEXICON_NAME });
  const lines = problems.map(({ file, id, message }) => `${file}${id ? ` (${id})` : ''}: ${message}`);

  const text = canonicalJson(document);
  const validation = validateLexiconText(text, OUTPUT_FILE);
  for (const issue of validation.errors) {
    const origin = [...origins].find(([pointer]) => issue.pointer === pointer || issue.pointer.startsWith(`${pointer}/`));
    const from = origin ? `${origin[1].file} (${origin[1].id}): ` : '';
    lines.push(`${from}${formatIssue(issue)}`);
  }
  return { text, document, cleanedText, changes, problems: lines };
}
