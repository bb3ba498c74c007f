// Renders the generated part of CURATION.md from the cleaner itself (its rules and the changes it makes to the raw
// seed), so the curation log can never drift from what the cleaning step actually does.
//
//   node scripts/curation-log.mjs --write   rewrites the generated block of CURATION.md
//   node scripts/curation-log.mjs --check   exits 1 when CURATION.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES, cleanSeed, readRawSeed } from './clean.mjs';

export const CURATION_PATH = fileURLToPath(new URL('../CURATION.md', import.meta.url));
export const BEGIN_MARKER = '<!-- BEGIN GENERATED: cleaning log (node scripts/curation-log.mjs --write) -->';
export const END_MARKER = '<!-- END GENERATED: cleaning log -->';

/** A string as a table cell: quoted, invisible characters spelled out, pipes escaped. */
function cell(text) {
  const visible = JSON.stringify(text).replace(/\u00a0/g, '\\u00a0');
  return `\`${visible.replace(/\|/g, '\\|')}\``;
}

/** The generated markdown: the rules, then every change with its position in the raw and in the cleaned text. */
export function renderCleaningLog(raw = readRawSeed(), rules = RULES) {
  const { changes } = cleanSeed(raw, rules);
  const lines = [
    BEGIN_MARKER,
    '',
    '### Cleaning rules',
    '',
    '| rule | where | what | why | changes |',
    '| --- | --- | --- | --- | ---: |',
    ...rules.map((rule) => `| \`${rule.id}\` | ${rule.where} | ${rule.what} | ${rule.why} | ${rule.expect} |`),
    '',
    `### Every change (${changes.length})`,
    '',
    'Positions are line:column (1-based, UTF-16 code units) and character offset (0-based), in raw/nato-topics-u.txt',
    'and in the cleaned text (dist/nato-topics-u.cleaned.txt).',
    '',
    '| # | raw line:col (offset) | cleaned line:col (offset) | before | after | rule | why |',
    '| ---: | --- | --- | --- | --- | --- | --- |',
    ...changes.map((change, index) => {
      const rule = rules.find((candidate) => candidate.id === change.rule);
      const at = (place) => `${place.line}:${place.column} (${place.offset})`;
      return `| ${index + 1} | ${at(change.raw)} | ${at(change.cleaned)} | ${cell(change.before)} | ${cell(change.after)} | \`${change.rule}\` | ${rule.reason} |`;
    }),
    '',
    END_MARKER,
  ];
  return lines.join('\n');
}

/** The generated block as it stands in a CURATION.md text, or undefined when the markers are missing. */
export function extractGeneratedBlock(markdown) {
  const start = markdown.indexOf(BEGIN_MARKER);
  const end = markdown.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) return undefined;
  return markdown.slice(start, end + END_MARKER.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = readFileSync(CURATION_PATH, 'utf8');
  const current = extractGeneratedBlock(markdown);
  const rendered = renderCleaningLog();
  if (current === undefined) {
    process.stderr.write(`curation-log: CURATION.md has no generated block (${BEGIN_MARKER} … ${END_MARKER})\n`);
    process.exit(1);
  }
  if (process.argv.includes('--write')) {
    writeFileSync(CURATION_PATH, markdown.replace(current, rendered));
    process.stdout.write('curation-log: CURATION.md updated\n');
  } else if (current !== rendered) {
    process.stderr.write('curation-log: CURATION.md is out of date; run node scripts/curation-log.mjs --write\n');
    process.exit(1);
  }
}
